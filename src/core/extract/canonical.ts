/**
 * One name for one person across reports: a report that only says "Johnson"
 * or "Lula" gets the full name another report gives ("Boris Johnson", "Luiz
 * Inácio Lula da Silva") when exactly one full name of the reports contains
 * it. Speakers and person entities of the claims are renamed; their texts are
 * untouched.
 */
import type { ClaimDraft, Report } from '../model'
import { fold } from '../text/fold'

const PARTICLES = /^(?:bin|bint|ibn|al|el|abu|de|da|do|dos|das|du|del|della|di|van|von|der|den|la|le)$/

function key(name: string): string[] {
  return fold(name)
    .split(/[\s]+/)
    .filter((w) => w && !PARTICLES.test(w))
}

function contains(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer
    return true
  }
  return false
}

export function canonicalNames(drafts: readonly ClaimDraft[], reports: readonly Report[]): ClaimDraft[] {
  const full = new Map<string, string[]>()
  for (const r of reports) for (const n of r.named) if (n.kind === 'person' && key(n.name).length >= 2) full.set(n.name, key(n.name))
  if (full.size === 0) return [...drafts]
  const cache = new Map<string, string>()
  const canonical = (name: string): string => {
    let out = cache.get(name)
    if (out === undefined) {
      const k = key(name)
      const owners = [...full.entries()].filter(([, f]) => contains(f, k))
      // Spellings of one name ("Luiz Inácio …", "Luiz Inacio …") are one owner.
      const distinct = new Set(owners.map(([, f]) => f.join(' ')))
      out = distinct.size === 1 ? owners[0]![0] : name
      cache.set(name, out)
    }
    return out
  }
  return drafts.map((d) => {
    const speaker = d.speaker && d.speakerKind !== 'organisation' ? canonical(d.speaker) : d.speaker
    const entities = d.entities?.map((e) => (e.type === 'person' ? { ...e, value: canonical(e.value) } : e))
    return speaker === d.speaker && !entities?.some((e, i) => e !== d.entities![i]) ? d : { ...d, speaker, ...(entities ? { entities } : {}) }
  })
}

import { quotedCore } from '../cluster/core'
import type { Claim, Discrepancy, Report } from '../model'
import { groupBy } from '../groupBy'
import { labels } from './common'
import { internalHunks, words } from './wording'

/**
 * Same quotation, different words, across reports. Only claims already in one
 * cluster are compared (clustering says they are the same quote), so cost is
 * linear in claims. Unquoted members join the side whose wording they repeat
 * (001's "diplomacy should continue" sides with 002's quote).
 */
export function quoteWording(claims: readonly Claim[], reports: ReadonlyMap<string, Report>): Discrepancy[] {
  const out: Discrepancy[] = []
  for (const members of groupBy(claims, (c) => c.clusterId).values()) {
    if (new Set(members.map((c) => c.reportId)).size < 2) continue
    const quoted = members.map((c) => ({ c, core: quotedCore(c.text) })).filter((x): x is { c: Claim; core: string } => x.core !== null)
    if (quoted.length < 2) continue
    const ref = quoted[0]!
    const refWords = words(ref.core)
    // Variant phrase → claims; the reference's own phrase is filled in from the first difference found.
    let refPhrase: string | null = null
    const sides = new Map<string, Claim[]>()
    const placed = new Set<Claim>([ref.c])
    // Wire copy repeats one wording many times: diff each distinct wording once.
    const diffs = new Map<string, string | null>()
    for (const q of quoted.slice(1)) {
      if (q.c.reportId === ref.c.reportId) continue
      if (!diffs.has(q.core)) {
        const hunks = internalHunks(refWords, words(q.core)).filter((h) => h.a !== h.b)
        if (hunks.length > 0) refPhrase ??= hunks.map((h) => h.a).join(' … ')
        diffs.set(q.core, hunks.length > 0 ? hunks.map((h) => h.b).join(' … ') : null)
      }
      const phrase = diffs.get(q.core)
      if (!phrase) continue
      sides.set(phrase, [...(sides.get(phrase) ?? []), q.c])
      placed.add(q.c)
    }
    if (refPhrase === null || sides.size === 0) continue
    const refSide = [
      ref.c,
      ...quoted
        .slice(1)
        .filter((q) => !placed.has(q.c) && q.c.reportId !== ref.c.reportId)
        .map((q) => q.c)
    ]
    for (const c of refSide) placed.add(c)
    // Unquoted paraphrases that repeat one side's wording verbatim belong to that side.
    const all = new Map<string, Claim[]>([[refPhrase, refSide], ...sides])
    for (const c of members) {
      if (placed.has(c)) continue
      const flat = words(c.text).join(' ')
      const hits = [...all.keys()].filter((p) => p.split(' … ').every((part) => flat.includes(part)))
      if (hits.length === 1) all.get(hits[0]!)!.push(c)
    }
    const detail = [...all.entries()].map(([p, cs]) => `“${p}” (${labels(cs, reports)})`).join(' vs ')
    const ids = [...all.values()].flat().map((c) => c.id)
    out.push({ id: `d-quote-wording-${ref.c.id}`, kind: 'quote-wording', detail, claimIds: ids })
  }
  return out
}

import { datesIn, type Quantity } from '../entities'
import type { ClaimKind, Entity, Report } from '../model'
import { scoreClaim } from '../score'
import type { Span } from '../text/quotes'
import type { Token } from '../text/tokenize'
import type { Mention } from './mentions'

/** A claim that is a whole line with no closing punctuation is a sub-headline ("Ukraine braces for Russian attack"). */
function isHeadline(text: string, s: Span): boolean {
  const lineStart = s.start === 0 || text[s.start - 1] === '\n'
  const lineEnd = s.end >= text.length || text[s.end] === '\n'
  return lineStart && lineEnd && !/[.!?:;"”»’'…)]\s*$/.test(text.slice(s.start, s.end))
}

export interface Enriched {
  entities: Entity[]
  score: number
  reasons: string[]
}

export interface ClaimSignals {
  kind: ClaimKind
  speaker: string | null
  speakerKind: 'person' | 'organisation' | null
  reporting: boolean
  /** A finite verb of its own, outside quotation marks. */
  asserts: boolean
}

export interface ReportFindings {
  /** The report's mentions in text order, linked to their entities. */
  mentions: readonly Mention[]
  tokens: readonly Token[]
}

/** The mentions lying inside a span (mentions are sorted by start). */
function mentionsWithin(mentions: readonly Mention[], s: Span): Mention[] {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid]!.start < s.start) lo = mid + 1
    else hi = mid
  }
  const out: Mention[] = []
  for (let i = lo; i < mentions.length && mentions[i]!.start < s.end; i++) if (mentions[i]!.end <= s.end) out.push(mentions[i]!)
  return out
}

/**
 * Entities and check-worthiness of one claim: the people, organisations and
 * places the report's linked mentions name inside it (by canonical name: "he"
 * and "the king" count as the king), its figures and its dates.
 */
export function enrich(report: Report, s: Span, signals: ClaimSignals, found: ReportFindings, figures: readonly Quantity[]): Enriched {
  const text = report.text.slice(s.start, s.end)
  const out: Entity[] = []
  const seen = new Set<string>()
  const add = (type: Entity['type'], written: string, value: string): void => {
    const key = `${type}\u0000${value}`
    if (!value || seen.has(key)) return
    seen.add(key)
    out.push({ type, text: written, value })
  }
  if (signals.speaker) add(signals.speakerKind === 'organisation' ? 'organisation' : 'person', signals.speaker, signals.speaker)
  for (const m of mentionsWithin(found.mentions, s)) {
    const e = m.entity
    if (!e || e.kind === null) continue
    if (m.kind === 'pronoun') continue
    add(e.kind === 'person' ? 'person' : e.kind === 'organisation' ? 'organisation' : 'place', m.text, e.name)
  }
  for (const q of figures) add('number', q.text, q.value)
  for (const d of datesIn(text, report.date)) add('date', d.text, d.value)
  const { score, reasons } = scoreClaim({
    text,
    kind: signals.kind,
    speaker: signals.speaker,
    entities: out,
    headline: isHeadline(report.text, s),
    reporting: signals.reporting,
    asserts: signals.asserts
  })
  return { entities: out, score, reasons }
}

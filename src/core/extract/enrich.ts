import { claimEntities, type NameMentions, type PersonRef } from '../entities'
import type { ClaimKind, Entity, Report } from '../model'
import { scoreClaim } from '../score'
import { resolve, type Mention } from './people'
import type { Span } from './sentences'
import { within } from './spans'

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

/** What extraction already knows about the claim. */
export interface ClaimSignals {
  kind: ClaimKind
  speaker: string | null
  reporting: boolean
}

/** What extraction found once in the whole report. */
export interface ReportFindings {
  mentions: readonly Mention[]
  names: NameMentions
}

/**
 * Entities and check-worthiness of one claim. People are the report's own
 * mentions inside the span, resolved to canonical names ("the Norwegian
 * politician" → Jens Stoltenberg), plus the speaker.
 */
export function enrich(report: Report, s: Span, { kind, speaker, reporting }: ClaimSignals, found: ReportFindings): Enriched {
  const text = report.text.slice(s.start, s.end)
  const people: PersonRef[] = []
  for (const m of within(found.mentions, s)) {
    if (m.kind === 'pronoun') continue
    const p = resolve(m, found.mentions as Mention[])
    if (p) people.push({ text: report.text.slice(m.start, m.end), value: p.name })
  }
  if (speaker && !people.some((p) => p.value === speaker)) people.push({ text: speaker, value: speaker })
  const names = { organisations: within(found.names.organisations, s), places: within(found.names.places, s) }
  const entities = claimEntities(text, report.date, people, names)
  const { score, reasons } = scoreClaim({ text, kind, speaker, entities, headline: isHeadline(report.text, s), reporting })
  return { entities, score, reasons }
}

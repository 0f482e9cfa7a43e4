import { claimEntities, type PersonRef } from '../entities'
import type { ClaimKind, Entity, Report } from '../model'
import { scoreClaim } from '../score'
import { resolve, type Mention } from './people'
import type { Span } from './sentences'

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

/**
 * Entities and check-worthiness of one claim. People are the report's own
 * mentions inside the span, resolved to canonical names ("the Norwegian
 * politician" → Jens Stoltenberg), plus the speaker.
 */
export function enrich(report: Report, s: Span, kind: ClaimKind, speaker: string | null, reporting: boolean, mentions: readonly Mention[]): Enriched {
  const text = report.text.slice(s.start, s.end)
  const people: PersonRef[] = []
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end || m.kind === 'pronoun') continue
    const p = resolve(m, mentions as Mention[])
    if (p) people.push({ text: report.text.slice(m.start, m.end), value: p.name })
  }
  if (speaker && !people.some((p) => p.value === speaker)) people.push({ text: speaker, value: speaker })
  const entities = claimEntities(text, report.date, people)
  const { score, reasons } = scoreClaim({ text, kind, speaker, entities, headline: isHeadline(report.text, s), reporting })
  return { entities, score, reasons }
}

import type { Claim, Discrepancy, Report } from '../model'
import { groupBy } from '../groupBy'
import { labels } from './common'

/**
 * When something was said relative to an event: "ahead of the meeting" vs
 * "upon arrival at the meeting". Claims are blocked by speaker and event noun,
 * so only one person's remarks about one kind of event are ever compared.
 */
const EVENT = String.raw`(?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(meeting|summit|talks|conference|session|visit|vote|debate|ceremony|hearing)`
const TIMING = new RegExp(
  String.raw`\b(ahead of|prior to|before|in advance of|on the eve of|upon (?:his |her |their )?arrival (?:at|to|for)|on (?:his |her |their )?arrival (?:at|to|for)|as (?:he|she|they) arrived (?:at|for)|arriving (?:at|for)|after|following|at the end of|at the close of)\s+${EVENT}`,
  'giu'
)

type Side = 'before' | 'after'

function sideOf(marker: string): Side {
  return /^(?:ahead|prior|before|in advance|on the eve)/i.test(marker) ? 'before' : 'after'
}

interface Mark {
  claim: Claim
  side: Side
  phrase: string
  event: string
}

/**
 * Same speaker, same kind of event, same day when the reports state one: the
 * remarks are one appearance. Undated reports join every dated day.
 */
function sameAppearance(marks: Mark[], reports: ReadonlyMap<string, Report>): Mark[][] {
  const out: Mark[][] = []
  for (const block of groupBy(marks, (m) => `${m.claim.speaker}\u0000${m.event}`).values()) {
    const dateOf = (m: Mark): string | null => reports.get(m.claim.reportId)?.date ?? null
    const days = [...new Set(block.map(dateOf).filter((d): d is string => d !== null))]
    if (days.length <= 1) out.push(block)
    else for (const day of days) out.push(block.filter((m) => dateOf(m) === null || dateOf(m) === day))
  }
  return out
}

export function timingClashes(claims: readonly Claim[], reports: ReadonlyMap<string, Report>): Discrepancy[] {
  const marks: Mark[] = []
  for (const c of claims) {
    if (!c.speaker) continue
    for (const m of c.text.matchAll(TIMING)) {
      marks.push({ claim: c, side: sideOf(m[1]!), phrase: m[0], event: m[2]!.toLowerCase() })
      break
    }
  }
  const out: Discrepancy[] = []
  for (const block of sameAppearance(marks, reports)) {
    const before = block.filter((m) => m.side === 'before')
    const after = block.filter((m) => m.side === 'after')
    if (before.length === 0 || after.length === 0) continue
    const beforeReports = new Set(before.map((m) => m.claim.reportId))
    // Both sides in one report alone is a sequence of events, not a contradiction.
    if (after.every((m) => beforeReports.has(m.claim.reportId))) continue
    const describe = (ms: Mark[]): string =>
      [...groupBy(ms, (m) => m.phrase.toLowerCase()).values()]
        .map(
          (g) =>
            `“${g[0]!.phrase}” (${labels(
              g.map((m) => m.claim),
              reports
            )})`
        )
        .join(', ')
    const ordered = [...before, ...after]
    out.push({
      id: `d-timing-${ordered[0]!.claim.id}`,
      kind: 'timing',
      detail: `${ordered[0]!.claim.speaker}: ${describe(before)} vs ${describe(after)}`,
      claimIds: ordered.map((m) => m.claim.id)
    })
  }
  return out
}

/**
 * One appearance timed differently: "told reporters ahead of the meeting" in
 * one report, "upon arrival at the meeting" in another. The phrases placing a
 * remark before, at or after an event, and the nouns naming events, are the
 * lexicon's. Remarks are blocked by speaker (the people index's identity) and
 * event noun, and by day when the reports are dated, so only one person's
 * remarks about one kind of event on one day are compared.
 */
import { durationSeconds, eventHeads, relativeTimes, type RelativeTime } from '../lexicon'
import type { Claim, Discrepancy } from '../model'
import { groupBy } from '../groupBy'
import type { DetectorContext } from './context'
import { disagree, discrepancy, sidesOf } from './sides'

let pattern: RegExp | null = null
let whenOf: Map<string, RelativeTime> | null = null

function timingPattern(): RegExp {
  if (pattern) return pattern
  const phrases = relativeTimes()
  whenOf = new Map(phrases.map((p) => [p.phrase, p.when]))
  // A unit of time ("after a week") is a span, not an event.
  const events = [...eventHeads()].filter((h) => durationSeconds(h) === undefined)
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
  pattern = new RegExp(
    // Up to four words between the phrase and the event noun: "ahead of a two-day meeting of allied defence ministers".
    String.raw`\b(${phrases.map((p) => escape(p.phrase)).join('|')})\s+(?:[\p{L}-]+\s+){0,4}?(${events.map(escape).join('|')})\b`,
    'giu'
  )
  return pattern
}

interface Mark {
  claim: Claim
  person: string | undefined
  when: RelativeTime
  phrase: string
  event: string
}

/** Longest attribution tail read after a claim: one sentence's worth. */
const TAIL = 300

/**
 * The claim and the rest of its sentence: a quotation's claim stops at the
 * closing mark, and when it was said ("…,” she told reporters ahead of the
 * meeting) is written after it.
 */
function withAttribution(claim: Claim, text: string | undefined): string {
  // The speaker's own words ("rebuild before the summer season") say what, not when they were said.
  let own = claim.text
  for (const q of claim.quoted ?? []) {
    const a = Math.max(0, q.start - claim.start)
    const b = Math.min(own.length, q.end - claim.start)
    if (b > a) own = own.slice(0, a) + ' '.repeat(b - a) + own.slice(b)
  }
  if (!text) return own
  const from = Math.max(claim.end, claim.context?.end ?? 0)
  const rest = text.slice(from, from + TAIL)
  const end = rest.search(/[.!?](?=["”’]?(?:\s|$))|\n/)
  return `${own} ${end < 0 ? rest : rest.slice(0, end)}`
}

export function timingDisagreements(ctx: DetectorContext): Discrepancy[] {
  const personOf = new Map<string, { id: string; name: string }>()
  for (const p of ctx.people.people) for (const id of p.saidClaimIds) personOf.set(id, p)
  const re = timingPattern()
  const marks: Mark[] = []
  for (const claim of ctx.claims) {
    re.lastIndex = 0
    const m = re.exec(withAttribution(claim, ctx.reportById.get(claim.reportId)?.text))
    if (!m) continue
    const when = whenOf!.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))
    if (when) marks.push({ claim, person: personOf.get(claim.id)?.id, when, phrase: m[0].replace(/\s+/g, ' '), event: m[2]!.toLowerCase() })
  }
  // A remark left unattributed is the speaker's whose remarks its cluster tells, when they are one person's.
  for (const inCluster of groupBy(marks, (m) => m.claim.clusterId).values()) {
    const speakers = new Set(inCluster.flatMap((m) => (m.person ? [m.person] : [])))
    if (speakers.size === 1) for (const m of inCluster) m.person ??= [...speakers][0]
  }
  const names = new Map(ctx.people.people.map((p) => [p.id, p.name]))
  const out: Discrepancy[] = []
  for (const block of groupBy(marks, (m) => (m.person ? `${m.person}\u0000${m.event}` : null)).values()) {
    // Undated reports join every dated day of the block.
    const dateOf = (m: Mark): string | null => ctx.reportById.get(m.claim.reportId)?.date ?? null
    const days = [...new Set(block.map(dateOf).filter((d): d is string => d !== null))]
    const appearances = days.length <= 1 ? [block] : days.map((day) => block.filter((m) => dateOf(m) === null || dateOf(m) === day))
    for (const marksOfDay of appearances) {
      const sides = sidesOf(marksOfDay.map((m) => ({ claim: m.claim, value: m.when, text: m.phrase })))
      if (sides.length < 2 || !disagree(sides)) continue
      const first = marksOfDay[0]!
      out.push(discrepancy('timing', `${names.get(first.person!)} (${first.event})`, sides, ctx.order, first.event))
    }
  }
  return out
}

/**
 * One event dated differently: the claims of a cluster tell one fact, so two
 * days given for it by different reports ("backdated to 25 December 2021" /
 * "to 24 December 2021") disagree. A date as precise as a month agrees with
 * every day of that month. Dates pair by their event word, as figures do, so
 * a claim's publication date never meets another claim's start date.
 */
import { datesIn } from '../entities'
import type { Claim, Discrepancy } from '../model'
import { groupBy } from '../groupBy'
import type { DetectorContext } from './context'
import { clauseTokens, eventWordAt, sameEvent, type EventWord } from './eventWord'
import { disagree, discrepancy, sidesOf } from './sides'

interface Dated {
  claim: Claim
  value: string
  text: string
  event: EventWord | null
  cluster: string
  scope: null
}

type Found = Pick<Dated, 'value' | 'text' | 'event'>

function datesFound(text: string, reportDate: string | null): Found[] {
  const found = datesIn(text, reportDate)
  if (found.length === 0) return []
  const tokens = clauseTokens(text)
  let from = 0
  return found.map((d) => {
    const at = text.indexOf(d.text, from)
    from = at < 0 ? from : at + d.text.length
    const event = at < 0 ? null : eventWordAt(tokens, at, at + d.text.length)
    return { value: d.value, text: d.text.replace(/^(?:in|since|by|until|from|of|on)\s+/i, ''), event }
  })
}

/** "2024-01" holds for "2024-01-01": a month (or a year) agrees with every day in it. */
export const sameDay = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a)

export function dateDisagreements(ctx: DetectorContext): Discrepancy[] {
  const out: Discrepancy[] = []
  const seen = new Map<string, Found[]>()
  for (const members of groupBy(ctx.claims, (c) => c.clusterId).values()) {
    if (members.length < 2) continue
    const dated = members.flatMap((claim) => {
      const reportDate = ctx.reportById.get(claim.reportId)?.date ?? null
      // Reprints of one text on one day are read once.
      const key = `${reportDate}\u0000${claim.text}`
      let found = seen.get(key)
      if (!found) seen.set(key, (found = datesFound(claim.text, reportDate)))
      return found.map((d): Dated => ({ ...d, claim, cluster: claim.clusterId, scope: null }))
    })
    if (new Set(dated.map((d) => d.claim.reportId)).size < 2) continue
    for (const group of sameEvent(dated)) {
      const sides = sidesOf(group.map((d) => ({ claim: d.claim, value: d.value, text: d.text }))).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      if (sides.length < 2 || !disagree(sides, sameDay)) continue
      const about = group.find((d) => d.event !== null)?.event
      out.push(discrepancy('date', about ? `date (${about.surface})` : 'date', sides, ctx.order, about?.key ?? ''))
    }
  }
  return out
}

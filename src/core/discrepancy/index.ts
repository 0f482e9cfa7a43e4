/**
 * Where sources disagree. One table of detectors, each finding one kind of
 * disagreement that holds on any event: a quantity given different values, a
 * date, the timing of an appearance, a person's title, a name's spelling, a
 * quotation's wording, a capital put in the wrong country. Every detector
 * blocks (by cluster, by person, by unit and event word), so the whole runs in
 * near-linear time; ids are `d-<kind>-<first claim id>…`, stable across runs.
 */
import type { Claim, Discrepancy, Report } from '../model'
import { indexPeople, type PeopleIndex } from '../people'
import type { Detector, DetectorContext } from './context'
import { dateDisagreements } from './dates'
import { numberDisagreements } from './numbers'
import { placeDisagreements } from './place'
import { quoteWordingDisagreements } from './quoteWording'
import { spellingDisagreements } from './spellings'
import { timingDisagreements } from './timing'
import { titleDisagreements } from './titles'

export const DETECTORS: readonly Detector[] = [
  { kind: 'number', find: numberDisagreements },
  { kind: 'date', find: dateDisagreements },
  { kind: 'timing', find: timingDisagreements },
  { kind: 'title', find: titleDisagreements },
  { kind: 'spelling', find: spellingDisagreements },
  { kind: 'quote-wording', find: quoteWordingDisagreements },
  { kind: 'place', find: placeDisagreements }
]

export function findDiscrepancies(claims: readonly Claim[], reports: readonly Report[], people: PeopleIndex = indexPeople(claims, reports)): Discrepancy[] {
  const ctx: DetectorContext = {
    claims,
    reports,
    reportById: new Map(reports.map((r) => [r.id, r])),
    order: new Map(claims.map((c, i) => [c.id, i])),
    people
  }
  return DETECTORS.flatMap((d) => d.find(ctx))
}

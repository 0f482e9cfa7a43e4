import type { Claim, Discrepancy, Report } from '../model'
import { numberClashes } from './numbers'
import { placeClashes } from './place'
import { quoteWording } from './quoteWording'
import { timingClashes } from './timing'

export { reportLabel } from './common'

/**
 * Where sources disagree: differing figures, differing wording of one quote,
 * a self-contradicting dateline, differing timing of one appearance. Every
 * detector blocks (by cluster, speaker/event or rare tokens) so the whole runs
 * in near-linear time; ids are `d-<kind>-<first claim id>`, stable across runs.
 */
export function findDiscrepancies(claims: Claim[], reports: Report[]): Discrepancy[] {
  const byId = new Map(reports.map((r) => [r.id, r]))
  return [...numberClashes(claims, byId), ...quoteWording(claims, byId), ...placeClashes(claims, reports), ...timingClashes(claims, byId)]
}

/**
 * The derived views of the claims that the desk and the brief share: cluster
 * summaries, where sources disagree, and the people index. They are computed
 * from the live claims (a claim dismissed as "not a claim" takes no part) and
 * remembered per claims list: the store replaces that list only when claims
 * change, so a verdict or a note never pays for them again.
 */
import { summariseClusters } from './cluster/summary'
import { findDiscrepancies } from './discrepancy'
import type { Claim, ClusterSummary, Discrepancy, Person, Report } from './model'
import { indexPeople } from './people'

export interface ClaimAnalysis {
  clusters: ClusterSummary[]
  discrepancies: Discrepancy[]
  people: Person[]
}

/** Claims under review: all but those an editor dismissed as not a claim. */
export function liveClaims(claims: Claim[]): Claim[] {
  return claims.filter((c) => !c.dismissed)
}

const remembered = new WeakMap<Claim[], { reports: Report[]; analysis: ClaimAnalysis }>()

export function analyseClaims(claims: Claim[], reports: Report[]): ClaimAnalysis {
  const hit = remembered.get(claims)
  if (hit && hit.reports === reports) return hit.analysis
  const live = liveClaims(claims)
  const people = indexPeople(live, reports)
  const analysis = {
    clusters: summariseClusters(live),
    discrepancies: findDiscrepancies(live, reports, people),
    people: people.people
  }
  remembered.set(claims, { reports, analysis })
  return analysis
}

/**
 * Remembers an analysis computed elsewhere for these very lists (an import
 * worker computes it off the main thread, for the claims and reports it
 * returns), so the desk's next load does not compute it again.
 */
export function rememberAnalysis(claims: Claim[], reports: Report[], analysis: ClaimAnalysis): void {
  remembered.set(claims, { reports, analysis })
}

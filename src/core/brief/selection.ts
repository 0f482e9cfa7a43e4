/** What a brief covers: the reports the editor chose, and the claims of its scope among theirs. */
import { liveClaims } from '../analysis'
import { UserError } from '../errors'
import { reviewOf, type BriefScope, type Claim, type Report, type ReviewState, type StoreData } from '../model'
import { sourceNumbers } from './numbering'

export interface Selection {
  data: StoreData
  /** The chosen reports, in the desk's order. */
  reports: Report[]
  reportsById: Map<string, Report>
  /** Citation numbers of every report on the desk (a brief of some reports keeps their numbers). */
  numberOf: Map<string, number>
  /** Live claims of the chosen reports (claims dismissed as "not a claim" take no part). */
  claims: Claim[]
  claimsById: Map<string, Claim>
  /** Claims the scope lets in. */
  included: Set<string>
  verdictOf: (claimId: string) => ReviewState
}

/** Whether a claim with this verdict is in the scope. */
export function inScope(scope: BriefScope, verdict: ReviewState): boolean {
  return scope === 'all' || (scope === 'reviewed' ? verdict !== 'unreviewed' : verdict === 'verified')
}

export function selectionOf(data: StoreData, scope: BriefScope, reportIds?: readonly string[]): Selection {
  const known = new Set(data.reports.map((r) => r.id))
  const unknown = (reportIds ?? []).filter((id) => !known.has(id))
  if (unknown.length > 0) throw new UserError(`No report with the id ${unknown.map((id) => `"${id}"`).join(', ')} is on the desk.`, 'not-found')
  const chosen = reportIds === undefined ? null : new Set(reportIds)
  const reports = chosen === null ? data.reports : data.reports.filter((r) => chosen.has(r.id))
  const reportSet = new Set(reports.map((r) => r.id))
  const claims = liveClaims(data.claims).filter((c) => reportSet.has(c.reportId))
  const verdictOf = (id: string): ReviewState => reviewOf(data, id).verdict
  return {
    data,
    reports,
    reportsById: new Map(reports.map((r) => [r.id, r])),
    numberOf: sourceNumbers(data.reports),
    claims,
    claimsById: new Map(claims.map((c) => [c.id, c])),
    included: new Set(claims.filter((c) => inScope(scope, verdictOf(c.id))).map((c) => c.id)),
    verdictOf
  }
}

/** Source number of a claim's report (0 if the report is gone, which the store's invariants forbid). */
export function citationOf(sel: Selection, claim: Claim): number {
  return sel.numberOf.get(claim.reportId) ?? 0
}

/** Distinct source numbers of these claims, ascending. */
export function citationsOf(sel: Selection, claims: readonly Claim[]): number[] {
  return [...new Set(claims.map((c) => citationOf(sel, c)))].sort((a, b) => a - b)
}

import type { Claim, StoreData } from '../model'

/** Everything the parts of the brief need to look claims and reports up. */
export interface BriefContext {
  data: StoreData
  numberOf: Map<string, number>
  claimsById: Map<string, Claim>
  /** Claims the brief carries (reviewed ones, plus unreviewed when asked). */
  included: Set<string>
}

/** Source number of a claim's report (0 if the report is gone, which the store's invariants forbid). */
export function citationOf(ctx: BriefContext, claim: Claim): number {
  return ctx.numberOf.get(claim.reportId) ?? 0
}

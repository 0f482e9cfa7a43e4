import type { Claim, Discrepancy, DiscrepancyKind, Report } from '../model'
import type { PeopleIndex } from '../people'

/** What every detector reads: the live claims, their reports, and the people index (built once for all). */
export interface DetectorContext {
  claims: readonly Claim[]
  reports: readonly Report[]
  reportById: ReadonlyMap<string, Report>
  /** Each claim's position in `claims`, for stable ids and side order. */
  order: ReadonlyMap<string, number>
  people: PeopleIndex
}

/** One kind of disagreement and how it is found. */
export interface Detector {
  kind: DiscrepancyKind
  find: (ctx: DetectorContext) => Discrepancy[]
}

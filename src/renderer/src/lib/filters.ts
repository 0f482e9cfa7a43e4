/**
 * The claim filters and their counts. Each count says how many claims that
 * choice would show given the *other* active filters, as faceted search does.
 */
import type { ClaimKind, ReviewState } from '../../../core/model'
import type { ClaimView } from '../../../shared/contract'

export interface FilterState {
  verdict: 'all' | ReviewState
  reportId: string | null
  /** A person's id in the people index: their claims across reports, whichever name each report uses. */
  speaker: string | null
  kind: ClaimKind | null
  discrepancy: boolean
  dismissed: boolean
}

export const NO_FILTERS: FilterState = { verdict: 'all', reportId: null, speaker: null, kind: null, discrepancy: false, dismissed: false }

export interface FilterContext {
  matches: Set<string> | null
  withDiscrepancy: Set<string>
  /** Claim id → the id of the person (or organisation) who said it. */
  speakerOf: ReadonlyMap<string, string>
}

type Key = keyof FilterState

/** Each filter's test, in one table so the list and the counts can never disagree. */
const TESTS: [Key, (c: ClaimView, f: FilterState, ctx: FilterContext) => boolean][] = [
  ['dismissed', (c, f) => Boolean(c.dismissed) === f.dismissed],
  ['verdict', (c, f) => f.verdict === 'all' || c.review.verdict === f.verdict],
  ['reportId', (c, f) => f.reportId === null || c.reportId === f.reportId],
  ['speaker', (c, f, ctx) => f.speaker === null || ctx.speakerOf.get(c.id) === f.speaker],
  ['kind', (c, f) => f.kind === null || c.kind === f.kind],
  ['discrepancy', (c, f, ctx) => !f.discrepancy || ctx.withDiscrepancy.has(c.id)]
]

/**
 * The filters a claim fails: none (`null`), exactly one (its key), or more
 * (`'several'`). A claim outside the search results counts as failing several:
 * search narrows every count.
 */
function failing(c: ClaimView, f: FilterState, ctx: FilterContext): Key | 'several' | null {
  if (ctx.matches !== null && !ctx.matches.has(c.id)) return 'several'
  let failed: Key | null = null
  for (const [key, test] of TESTS) {
    if (test(c, f, ctx)) continue
    if (failed !== null) return 'several'
    failed = key
  }
  return failed
}

// `f` is copied once per call: inside the loop, reading a reactive proxy per claim costs more than the test itself.
export function applyFilters(claims: ClaimView[], f: FilterState, ctx: FilterContext): ClaimView[] {
  const plain = { ...f }
  return claims.filter((c) => failing(c, plain, ctx) === null)
}

export type FacetValues = Partial<Record<Key, (c: ClaimView) => string | null>>

/**
 * Counts per value of every facet in one pass. A facet's counts apply every
 * *other* filter, as faceted search does: a claim that fails only that facet's
 * own filter still counts there.
 */
export function facetCounts(claims: ClaimView[], f: FilterState, ctx: FilterContext, facets: FacetValues): Record<Key, Map<string, number>> {
  const plain = { ...f }
  const counts = Object.fromEntries(TESTS.map(([key]) => [key, new Map<string, number>()])) as Record<Key, Map<string, number>>
  const entries = Object.entries(facets) as [Key, (c: ClaimView) => string | null][]
  const add = (key: Key, valueOf: (c: ClaimView) => string | null, c: ClaimView): void => {
    const v = valueOf(c)
    if (v !== null) counts[key].set(v, (counts[key].get(v) ?? 0) + 1)
  }
  for (const c of claims) {
    const failed = failing(c, plain, ctx)
    if (failed === 'several') continue
    if (failed === null) for (const [key, valueOf] of entries) add(key, valueOf, c)
    else if (facets[failed]) add(failed, facets[failed], c)
  }
  return counts
}

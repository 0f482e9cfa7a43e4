/**
 * The claim filters and their counts. Each count says how many claims that
 * choice would show given the *other* active filters, as faceted search does.
 */
import type { ClaimKind, ReviewState } from '../../../core/model'
import type { ClaimView } from '../../../shared/contract'

export interface FilterState {
  verdict: 'all' | ReviewState
  reportId: string | null
  speaker: string | null
  kind: ClaimKind | null
  discrepancy: boolean
  dismissed: boolean
}

export const NO_FILTERS: FilterState = { verdict: 'all', reportId: null, speaker: null, kind: null, discrepancy: false, dismissed: false }

export interface FilterContext {
  matches: Set<string> | null
  withDiscrepancy: Set<string>
}

type Key = keyof FilterState

function passes(c: ClaimView, f: FilterState, ctx: FilterContext, skip: Key | null): boolean {
  if (skip !== 'dismissed' && Boolean(c.dismissed) !== f.dismissed) return false
  if (skip !== 'verdict' && f.verdict !== 'all' && c.review.verdict !== f.verdict) return false
  if (skip !== 'reportId' && f.reportId !== null && c.reportId !== f.reportId) return false
  if (skip !== 'speaker' && f.speaker !== null && c.speaker !== f.speaker) return false
  if (skip !== 'kind' && f.kind !== null && c.kind !== f.kind) return false
  if (skip !== 'discrepancy' && f.discrepancy && !ctx.withDiscrepancy.has(c.id)) return false
  return ctx.matches === null || ctx.matches.has(c.id)
}

export function applyFilters(claims: ClaimView[], f: FilterState, ctx: FilterContext): ClaimView[] {
  return claims.filter((c) => passes(c, f, ctx, null))
}

/** Counts per value of one facet, with every other filter applied. */
export function facetCounts(claims: ClaimView[], f: FilterState, ctx: FilterContext, key: Key, valueOf: (c: ClaimView) => string | null): Map<string, number> {
  const counts = new Map<string, number>()
  for (const c of claims) {
    if (!passes(c, f, ctx, key)) continue
    const v = valueOf(c)
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return counts
}

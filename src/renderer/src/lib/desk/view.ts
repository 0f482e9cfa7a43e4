/**
 * How the claim list is arranged: the order (check-worthiness first, reading
 * order, or by story) and the fold that keeps low-value sentences apart from
 * the rest, below it, hidden until asked for. Pure.
 */
import { byCheckWorthiness, isLowValue } from '../../../../core/score/triage'
import type { ClaimView } from '../../../../shared/contract'

export const SORTS = ['worthy', 'reading', 'story'] as const
export type SortMode = (typeof SORTS)[number]

export const SORT_LABELS: Record<SortMode, string> = {
  worthy: 'Check-worthy first',
  reading: 'Reading order',
  story: 'By story'
}

/** Claims telling one story sit together, in the order each story first appears (stable within a story). */
export function groupByCluster(list: readonly ClaimView[]): ClaimView[] {
  const first = new Map<string, number>()
  list.forEach((c, i) => first.has(c.clusterId) || first.set(c.clusterId, i))
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => first.get(a.c.clusterId)! - first.get(b.c.clusterId)! || a.i - b.i)
    .map(({ c }) => c)
}

/** Rows that continue the story of the row above (the "by story" order): drawn indented. */
export function continuingRows(list: readonly ClaimView[]): Set<string> {
  const ids = new Set<string>()
  list.forEach((c, i) => i > 0 && list[i - 1]!.clusterId === c.clusterId && ids.add(c.id))
  return ids
}

export interface Arranged {
  /** Check-worthy claims, in the chosen order. */
  shown: ClaimView[]
  /** Low-value claims, in the same order: folded below the rest. */
  folded: ClaimView[]
}

/** `list` is in reading order (as the store keeps claims). */
export function arrange(list: readonly ClaimView[], sort: SortMode): Arranged {
  const ordered = sort === 'reading' ? [...list] : sort === 'worthy' ? [...list].sort(byCheckWorthiness) : groupByCluster([...list].sort(byCheckWorthiness))
  const shown: ClaimView[] = []
  const folded: ClaimView[] = []
  for (const claim of ordered) (isLowValue(claim) ? folded : shown).push(claim)
  return { shown, folded }
}

/** One row of the list: a claim, or the fold that opens (or closes) the low-value ones. */
export type Row = { type: 'claim'; claim: ClaimView } | { type: 'fold'; count: number; open: boolean }

export function rowsOf({ shown, folded }: Arranged, open: boolean): Row[] {
  const rows: Row[] = shown.map((claim) => ({ type: 'claim', claim }))
  if (folded.length === 0) return rows
  rows.push({ type: 'fold', count: folded.length, open })
  if (open) for (const claim of folded) rows.push({ type: 'claim', claim })
  return rows
}

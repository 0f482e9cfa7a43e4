import type { Span } from './sentences'

/**
 * Lookups over position-sorted spans. Extraction finds verbs, names and places
 * once per report; each claim then takes the ones inside it by binary search
 * instead of rescanning its own text.
 */

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** Index of the first span starting at or after `at`. */
function firstFrom(sorted: readonly Span[], at: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The spans of `sorted` (ordered by start) lying wholly inside `outer`. */
export function within<T extends Span>(sorted: readonly T[], outer: Span): T[] {
  const out: T[] = []
  for (let i = firstFrom(sorted, outer.start); i < sorted.length && sorted[i]!.start < outer.end; i++) {
    if (sorted[i]!.end <= outer.end) out.push(sorted[i]!)
  }
  return out
}

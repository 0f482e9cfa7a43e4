/**
 * Average-link agglomerative clustering over sparse similarities: two groups
 * join when the mean similarity over all their cross pairs (a missing pair
 * counts as 0) reaches the threshold. Unlike single link, a chain of
 * look-alikes never pulls two different claims together.
 */

export interface Edge {
  a: number
  b: number
  score: number
}

export interface Linkage {
  /** Mean cross-pair similarity needed to join two groups. */
  threshold: number
  /** The same, for two groups that would put two claims of one report together (a higher bar). */
  sameReportThreshold: number
}

function shareReport(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  for (const r of small) if (big.has(r)) return true
  return false
}

interface Entry {
  mean: number
  a: number
  b: number
}

/** A binary max-heap of candidate merges, keyed by mean similarity. */
class Heap {
  private readonly items: Entry[] = []
  push(item: Entry): void {
    const h = this.items
    h.push(item)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (h[p]!.mean >= h[i]!.mean) break
      ;[h[p], h[i]] = [h[i]!, h[p]!]
      i = p
    }
  }
  pop(): Entry | undefined {
    const h = this.items
    const top = h[0]
    const last = h.pop()
    if (h.length > 0 && last) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && h[l]!.mean > h[m]!.mean) m = l
        if (r < h.length && h[r]!.mean > h[m]!.mean) m = r
        if (m === i) break
        ;[h[m], h[i]] = [h[i]!, h[m]!]
        i = m
      }
    }
    return top
  }
}

/**
 * Groups items 0..n-1. `weight[i]` is how many claims item i stands for
 * (verbatim reprints are one item); `reports[i]` the reports it appears in.
 * Returns each item's group, named by its lowest item index.
 *
 * The heap holds candidate merges with the mean they had when pushed; a popped
 * entry is checked against the groups as they are now and pushed back if its
 * mean has changed. So a merge costs the smaller side's neighbours, not every
 * neighbour of a growing group: a story reprinted a thousand times stays
 * near-linear.
 */
export function agglomerate(n: number, weight: readonly number[], reports: readonly ReadonlySet<string>[], edges: readonly Edge[], link: Linkage): number[] {
  const size = [...weight]
  const groupReports = reports.map((r) => new Set(r))
  const members = Array.from({ length: n }, (_, i) => [i])
  const alive = new Array<boolean>(n).fill(true)
  // Sum of similarities between groups, by neighbour.
  const sums = Array.from({ length: n }, () => new Map<number, number>())
  for (const { a, b, score } of edges) {
    if (a === b) continue
    const s = score * weight[a]! * weight[b]!
    sums[a]!.set(b, (sums[a]!.get(b) ?? 0) + s)
    sums[b]!.set(a, (sums[b]!.get(a) ?? 0) + s)
  }
  const meanOf = (a: number, b: number): number => (sums[a]!.get(b) ?? 0) / (size[a]! * size[b]!)
  const heap = new Heap()
  const push = (a: number, b: number): void => {
    const mean = meanOf(a, b)
    if (mean >= link.threshold) heap.push({ mean, a: Math.min(a, b), b: Math.max(a, b) })
  }
  for (let a = 0; a < n; a++) for (const b of sums[a]!.keys()) if (a < b) push(a, b)

  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top
    if (!alive[a] || !alive[b]) continue
    const mean = meanOf(a, b)
    if (mean !== top.mean) {
      // The groups changed since this entry was pushed: weigh it again.
      if (mean >= link.threshold) heap.push({ mean, a, b })
      continue
    }
    if (mean < link.sameReportThreshold && shareReport(groupReports[a]!, groupReports[b]!)) continue
    // Merge b into a (a < b, so a group is always named by its lowest member).
    alive[b] = false
    members[a]!.push(...members[b]!)
    members[b] = []
    size[a]! += size[b]!
    for (const r of groupReports[b]!) groupReports[a]!.add(r)
    for (const [c, s] of sums[b]!) {
      if (c === a) continue
      sums[c]!.delete(b)
      const had = sums[a]!.has(c)
      const total = (sums[a]!.get(c) ?? 0) + s
      sums[a]!.set(c, total)
      sums[c]!.set(a, total)
      // A new neighbour needs an entry; an old one's entry is re-weighed when it comes up.
      if (!had) push(a, c)
    }
    sums[a]!.delete(b)
    sums[b]!.clear()
  }
  // A group keeps the lowest index of its members: merges always fold the higher one into the lower.
  const groupOf = new Array<number>(n)
  for (let g = 0; g < n; g++) for (const i of members[g]!) groupOf[i] = g
  return groupOf
}

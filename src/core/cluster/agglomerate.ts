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

/** A binary max-heap of candidate merges, keyed by mean similarity; stale entries are skipped when popped. */
class Heap {
  private readonly items: { mean: number; a: number; b: number; version: number }[] = []
  push(item: { mean: number; a: number; b: number; version: number }): void {
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
  pop(): { mean: number; a: number; b: number; version: number } | undefined {
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
 */
export function agglomerate(n: number, weight: readonly number[], reports: readonly ReadonlySet<string>[], edges: readonly Edge[], link: Linkage): number[] {
  const size = [...weight]
  const groupReports = reports.map((r) => new Set(r))
  const members = Array.from({ length: n }, (_, i) => [i])
  const version = new Array<number>(n).fill(0)
  const alive = new Array<boolean>(n).fill(true)
  // Sum of similarities between groups, by neighbour.
  const sums = Array.from({ length: n }, () => new Map<number, number>())
  for (const { a, b, score } of edges) {
    if (a === b) continue
    const s = score * weight[a]! * weight[b]!
    sums[a]!.set(b, (sums[a]!.get(b) ?? 0) + s)
    sums[b]!.set(a, (sums[b]!.get(a) ?? 0) + s)
  }
  // A pair's entry is current only while neither group has changed since it was pushed.
  const stamp = (x: number, y: number): number => version[x]! * 1e6 + version[y]!
  const heap = new Heap()
  const consider = (a: number, b: number): void => {
    const mean = sums[a]!.get(b)! / (size[a]! * size[b]!)
    if (mean < link.threshold) return
    const [x, y] = a < b ? [a, b] : [b, a]
    if (mean >= link.sameReportThreshold || !shareReport(groupReports[a]!, groupReports[b]!)) heap.push({ mean, a: x, b: y, version: stamp(x, y) })
  }
  for (let a = 0; a < n; a++) for (const b of sums[a]!.keys()) if (a < b) consider(a, b)

  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top
    if (!alive[a] || !alive[b] || top.version !== stamp(a, b)) continue
    // Merge b into a.
    alive[b] = false
    members[a]!.push(...members[b]!)
    members[b] = []
    size[a]! += size[b]!
    for (const r of groupReports[b]!) groupReports[a]!.add(r)
    version[a]!++
    for (const [c, s] of sums[b]!) {
      if (c === a) continue
      sums[c]!.delete(b)
      const total = (sums[a]!.get(c) ?? 0) + s
      sums[a]!.set(c, total)
      sums[c]!.set(a, total)
    }
    sums[a]!.delete(b)
    sums[b]!.clear()
    for (const c of sums[a]!.keys()) consider(a, c)
  }
  // A group keeps the lowest index of its members: merges always fold the higher one into the lower.
  const groupOf = new Array<number>(n)
  for (let g = 0; g < n; g++) for (const i of members[g]!) groupOf[i] = g
  return groupOf
}

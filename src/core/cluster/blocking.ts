/**
 * Candidate pairs from an inverted index over each claim's features, so
 * clustering never compares every claim with every other. Features shared by
 * a large share of claims ("russia", "people") are not indexed: they prove
 * nothing. Each claim keeps the candidates it shares the most weight with.
 */

export interface Pair {
  a: number
  b: number
}

/** Comparisons per claim, whatever the corpus size. */
const MAX_CANDIDATES = 40

/** `views` are feature sets per claim (whole text, quoted core); a pair is a candidate when it shares a feature that is not common. */
export function candidatePairs(views: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>, df: ReadonlyMap<string, number>): Pair[] {
  const n = views.length
  const maxDf = Math.max(8, Math.ceil(Math.sqrt(n) * 4))
  const weight = (t: string): number => Math.log(1 + n / (df.get(t) ?? 1))
  const keys = views.map((vs) => {
    const out = new Set<string>()
    for (const v of vs) for (const t of v) if ((df.get(t) ?? 0) > 1 && (df.get(t) ?? 0) <= maxDf) out.add(t)
    return [...out]
  })
  const postings = new Map<string, number[]>()
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = postings.get(k)
      if (list) list.push(i)
      else postings.set(k, [i])
    }
  })
  const pairs: Pair[] = []
  const shared = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    shared.clear()
    for (const k of keys[i]!) {
      const w = weight(k)
      for (const j of postings.get(k)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + w)
    }
    const best =
      shared.size <= MAX_CANDIDATES
        ? [...shared.keys()]
        : [...shared.entries()]
            .sort((x, y) => y[1] - x[1] || x[0] - y[0])
            .slice(0, MAX_CANDIDATES)
            .map(([j]) => j)
    for (const j of best) pairs.push({ a: i, b: j })
  }
  return pairs
}

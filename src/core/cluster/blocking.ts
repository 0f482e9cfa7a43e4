/**
 * Candidate pairs from an inverted index over each claim's rarest tokens, so
 * clustering never compares every claim with every other. Words shared by a
 * large share of claims ("russia", "nato") are not indexed: they prove nothing.
 */

export interface Pair {
  a: number
  b: number
}

/** How many of a claim's rarest tokens go into the index. */
const KEYS_PER_CLAIM = 6
/** Comparisons per claim, whatever the corpus size. */
const MAX_CANDIDATES = 40

/** `views` are token sets per claim (whole text, quoted core); each view contributes its own rarest keys. */
export function candidatePairs(views: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>, df: ReadonlyMap<string, number>): Pair[] {
  const n = views.length
  const maxDf = Math.max(8, Math.ceil(Math.sqrt(n) * 4))
  const rarest = (s: ReadonlySet<string>): string[] =>
    [...s]
      .filter((t) => (df.get(t) ?? 0) <= maxDf && (df.get(t) ?? 0) > 1)
      .sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : 1))
      .slice(0, KEYS_PER_CLAIM)
  const keys = views.map((vs) => [...new Set(vs.flatMap(rarest))])
  const postings = new Map<string, number[]>()
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = postings.get(k)
      if (list) list.push(i)
      else postings.set(k, [i])
    }
  })
  const pairs: Pair[] = []
  const seen = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    seen.clear()
    for (const k of keys[i]!) {
      for (const j of postings.get(k) ?? []) if (j > i) seen.set(j, (seen.get(j) ?? 0) + 1)
    }
    // Near-duplicates share every key; the best-connected few are enough, union-find links the rest.
    const best = [...seen.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES)
    for (const [j] of best) pairs.push({ a: i, b: j })
  }
  return pairs
}

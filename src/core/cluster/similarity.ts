/** IDF-weighted cosine over token sets: rare shared words count, common ones barely do. */

export type Weights = ReadonlyMap<string, number>

export function idfWeights(docs: ReadonlyArray<ReadonlySet<string>>): Map<string, number> {
  const df = new Map<string, number>()
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1)
  const n = docs.length
  const idf = new Map<string, number>()
  // +1 smoothing keeps weights positive for a word every claim shares.
  // Figures are what a numeric claim is about: they count double.
  for (const [t, f] of df) idf.set(t, Math.log(1 + n / f) * (t.startsWith('#') ? 2 : 1))
  return idf
}

export function norm(set: ReadonlySet<string>, idf: Weights): number {
  let s = 0
  for (const t of set) s += (idf.get(t) ?? 0) ** 2
  return Math.sqrt(s)
}

export function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: Weights, na: number, nb: number): number {
  if (na === 0 || nb === 0) return 0
  const [small, big] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const t of small) if (big.has(t)) dot += (idf.get(t) ?? 0) ** 2
  return dot / (na * nb)
}

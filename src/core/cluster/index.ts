import type { Claim, ClaimDraft } from '../model'

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / (a.size + b.size - shared || 1)
}

/** Same claim in different reports → one cluster id (`k-<first claim id>`). */
export function clusterClaims(drafts: ClaimDraft[]): Claim[] {
  const parent = drafts.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const bags = drafts.map((d) => words(d.text))
  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      if (drafts[i]!.reportId === drafts[j]!.reportId) continue
      if (jaccard(bags[i]!, bags[j]!) >= 0.5) parent[find(j)] = find(i)
    }
  }
  return drafts.map((d, i) => ({ ...d, clusterId: `k-${drafts[find(i)]!.id}` }))
}

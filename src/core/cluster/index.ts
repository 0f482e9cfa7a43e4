import type { Claim, ClaimDraft } from '../model'
import { agglomerate, type Edge } from './agglomerate'
import { candidatePairs } from './blocking'
import { synsetsOf } from '../lexicon/wordnet'
import { claimFeatures, contentWords, type ClaimFeatures, type Thesaurus } from './features'
import { idfWeights, norm, similarity, type Compared } from './similarity'
import { LINKAGE } from './thresholds'

interface Item extends Compared {
  /** Index of the first draft with this exact content; it stands for the rest. */
  rep: number
  members: number[]
  reports: Set<string>
}

/**
 * Identical claims (same text, same speaker) are one item: a wire story
 * reprinted by hundreds of outlets then costs one comparison, not thousands.
 */
function items(drafts: readonly ClaimDraft[], thesaurus: Thesaurus): { all: Item[]; features: ClaimFeatures[] } {
  const byText = new Map<string, Item>()
  const all: Item[] = []
  const features: ClaimFeatures[] = []
  drafts.forEach((d, i) => {
    const verbatim = `${d.speaker ?? ''}\u0000${d.text}`
    const same = byText.get(verbatim)
    if (same) {
      same.members.push(i)
      same.reports.add(d.reportId)
      return
    }
    const f = claimFeatures(d, thesaurus)
    features.push(f)
    const item: Item = { rep: i, members: [i], reports: new Set([d.reportId]), features: f, normAll: 0, normCore: 0 }
    byText.set(verbatim, item)
    all.push(item)
  })
  return { all, features }
}

/**
 * Same claim in different reports → one cluster id (`k-<first member's id>`).
 * Candidates come from an index of each claim's rarest features, so cost
 * stays near-linear; groups form by average link over their similarities,
 * with a higher bar for putting two claims of one report together.
 */
export function clusterClaims(drafts: ClaimDraft[]): Claim[] {
  const words = new Set<string>()
  for (const d of drafts) for (const w of contentWords(d.text)) words.add(w.surface)
  const { all } = items(drafts, synsetsOf(words))
  const idf = idfWeights(all.map((it) => it.features.all))
  const df = new Map<string, number>()
  for (const it of all) for (const t of new Set([...it.features.all, ...it.features.core])) df.set(t, (df.get(t) ?? 0) + 1)
  for (const it of all) {
    it.normAll = norm(it.features.all, idf)
    it.normCore = norm(it.features.core, idf)
  }
  const edges: Edge[] = []
  for (const { a, b } of candidatePairs(all.map((it) => [it.features.all, it.features.core]), df)) {
    const score = similarity(all[a]!, all[b]!, idf)
    if (score >= LINKAGE.floor) edges.push({ a, b, score })
  }
  const groupOf = agglomerate(
    all.length,
    all.map((it) => it.members.length),
    all.map((it) => it.reports),
    edges,
    LINKAGE
  )
  const clusterOf = new Array<string>(drafts.length)
  all.forEach((it, i) => {
    const id = `k-${drafts[all[groupOf[i]!]!.rep]!.id}`
    for (const m of it.members) clusterOf[m] = id
  })
  return drafts.map((d, i) => ({ ...d, clusterId: clusterOf[i]! }))
}

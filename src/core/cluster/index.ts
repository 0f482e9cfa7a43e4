import type { Claim, ClaimDraft } from '../model'
import { agglomerate, type Edge } from './agglomerate'
import { candidatePairs } from './blocking'
import { synsetsOf } from '../lexicon/wordnet'
import { claimFeatures, contentWords, saidText, type ClaimFeatures, type ContentWord } from './features'
import { cosine, idfWeights, norm, similarity, type Compared } from './similarity'
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
function items(drafts: readonly ClaimDraft[]): Item[] {
  const byText = new Map<string, Item>()
  const all: Item[] = []
  const words: ContentWord[][] = []
  drafts.forEach((d, i) => {
    const verbatim = `${d.speaker ?? ''}\u0000${d.text}`
    const same = byText.get(verbatim)
    if (same) {
      same.members.push(i)
      same.reports.add(d.reportId)
      return
    }
    const item: Item = { rep: i, members: [i], reports: new Set([d.reportId]), features: EMPTY, normAll: 0, normCore: 0 }
    byText.set(verbatim, item)
    all.push(item)
    words.push(contentWords(saidText(d)))
  })
  // One pass over WordNet for every distinct word, then each claim's features.
  const thesaurus = synsetsOf(words.flatMap((ws) => ws.map((w) => w.surface)))
  all.forEach((it, k) => (it.features = claimFeatures(drafts[it.rep]!, thesaurus, words[k])))
  return all
}

const EMPTY: ClaimFeatures = { all: new Set(), core: new Set(), quoted: false, speaker: null, figures: new Map(), senses: new Map(), synsets: new Set() }

/**
 * Reports grouped into stories: two reports whose claims share enough rare
 * words, names and figures (report-level IDF cosine at least LINKAGE.story)
 * tell the same story; stories are the connected groups. A store is usually
 * one story; a CLI run over several events' reports is not.
 */
function stories(drafts: readonly ClaimDraft[], all: readonly Item[]): Map<string, number> {
  const byReport = new Map<string, Set<string>>()
  for (const it of all) {
    for (const m of it.members) {
      const r = drafts[m]!.reportId
      let v = byReport.get(r)
      if (!v) byReport.set(r, (v = new Set()))
      for (const f of it.features.all) v.add(f)
    }
  }
  const ids = [...byReport.keys()]
  const vectors = ids.map((r) => byReport.get(r)!)
  const idf = idfWeights(vectors)
  const norms = vectors.map((v) => norm(v, idf))
  const parent = ids.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  // Candidate report pairs share a rare feature; each report is compared with a bounded number of others.
  const df = new Map<string, number>()
  for (const v of vectors) for (const f of v) df.set(f, (df.get(f) ?? 0) + 1)
  for (const { a, b } of candidatePairs(
    vectors.map((v) => [v]),
    df
  )) {
    if (find(a) !== find(b) && cosine(vectors[a]!, vectors[b]!, idf, norms[a]!, norms[b]!) >= LINKAGE.story) parent[find(b)] = find(a)
  }
  return new Map(ids.map((r, i) => [r, find(i)]))
}

function sameStory(x: Item, y: Item, storyOf: ReadonlyMap<string, number>, drafts: readonly ClaimDraft[]): boolean {
  return storyOf.get(drafts[x.rep]!.reportId) === storyOf.get(drafts[y.rep]!.reportId)
}

/**
 * Same claim in different reports → one cluster id (`k-<first member's id>`).
 * Candidates come from an index of each claim's rarest features, so cost
 * stays near-linear; groups form by average link over their similarities,
 * with a higher bar for putting two claims of one report together.
 */
export function clusterClaims(drafts: ClaimDraft[]): Claim[] {
  const all = items(drafts)
  const idf = idfWeights(all.map((it) => it.features.all))
  const df = new Map<string, number>()
  for (const it of all) for (const t of new Set([...it.features.all, ...it.features.core])) df.set(t, (df.get(t) ?? 0) + 1)
  for (const it of all) {
    it.normAll = norm(it.features.all, idf)
    it.normCore = norm(it.features.core, idf)
  }
  const storyOf = stories(drafts, all)
  const edges: Edge[] = []
  for (const { a, b } of candidatePairs(
    all.map((it) => [it.features.all, it.features.core]),
    df
  )) {
    // Claims of two different stories are never the same claim, however alike their words.
    if (!sameStory(all[a]!, all[b]!, storyOf, drafts)) continue
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

import type { Claim, ClaimDraft } from '../model'
import { numbers, tokens } from '../text/tokens'
import { candidatePairs } from './blocking'
import { quotedCore } from './core'
import { contentWords, repeats, sharesGram, shortQuotes, skipTrigrams } from './phrases'
import { cosine, idfWeights, norm } from './similarity'

/** Tuned on the seeds: paraphrases of one quote score 0.42–1, distinct claims on one story stay below 0.4. */
export const SAME_CLAIM = 0.42
/** Two claims of one report join only when they are near-verbatim repeats. */
const SAME_REPORT = 0.9
/** Below this, not even a shared phrase joins two claims: they must share some of their wording too. */
const PHRASE_FLOOR = 0.2

interface Item {
  /** Index of the first draft with this exact content; it stands for the rest. */
  rep: number
  members: number[]
  full: Set<string>
  core: Set<string>
  nums: Set<string>
  speaker: string | null
  reports: Set<string>
  /** Short quoted phrases (token lists) and skip-trigrams of the whole text, for phrase evidence. */
  phrases: string[][]
  grams: Set<string>
  /** The claim quotes someone (its core is the quoted words). */
  quoted: boolean
}

/**
 * Identical claims (same tokens, same speaker) are one item: a wire story
 * reprinted by hundreds of outlets then costs one comparison, not thousands.
 */
function items(drafts: ClaimDraft[]): Item[] {
  const bySignature = new Map<string, Item>()
  // Verbatim reprints skip tokenising altogether.
  const byText = new Map<string, Item>()
  const out: Item[] = []
  drafts.forEach((d, i) => {
    const verbatim = `${d.speaker ?? ''}\u0000${d.text}`
    const same = byText.get(verbatim)
    if (same) {
      same.members.push(i)
      same.reports.add(d.reportId)
      return
    }
    const full = tokens(d.text)
    const quoted = quotedCore(d.text)
    const core = quoted === null ? full : tokens(quoted)
    const signature = `${d.speaker ?? ''}\u0000${[...new Set(full)].sort().join(' ')}\u0000${[...new Set(core)].sort().join(' ')}`
    const known = bySignature.get(signature)
    if (known) {
      known.members.push(i)
      known.reports.add(d.reportId)
      byText.set(verbatim, known)
      return
    }
    const item: Item = {
      rep: i,
      members: [i],
      full: new Set(full),
      core: new Set(core),
      nums: numbers(full),
      speaker: d.speaker,
      reports: new Set([d.reportId]),
      phrases: shortQuotes(d.text),
      grams: d.speaker ? skipTrigrams(contentWords(d.text)) : new Set(),
      quoted: quoted !== null
    }
    bySignature.set(signature, item)
    byText.set(verbatim, item)
    out.push(item)
  })
  return out
}

/** Different figures or different named speakers mean different claims, however similar the words. */
function vetoed(x: Item, y: Item): boolean {
  if (x.speaker && y.speaker && x.speaker !== y.speaker) return true
  if (x.nums.size > 0 && y.nums.size > 0 && ![...x.nums].some((n) => y.nums.has(n))) return true
  return false
}

/**
 * A short quoted phrase one claim repeats from the other's quotation, or the
 * same named speaker with the same run of content words. Either lifts a weak
 * pair to the merge threshold; the same-report guard still applies.
 */
function samePhrase(x: Item, y: Item): boolean {
  if (x.speaker && y.speaker && x.speaker !== y.speaker) return false
  const quoted = (p: Item, q: Item): boolean => q.quoted && p.phrases.some((ph) => repeats(ph, q.core))
  if (quoted(x, y) || quoted(y, x)) return true
  // A paraphrase and the quotation it reports; two quotations sharing a phrase may be two different remarks.
  return x.speaker !== null && x.speaker === y.speaker && x.quoted !== y.quoted && sharesGram(x.grams, y.grams)
}

interface Scored {
  a: number
  b: number
  score: number
}

/**
 * Same claim in different reports → one cluster id (`k-<first member's id>`).
 * Greedy single-link over the best pairs first, refusing any merge that would
 * put two different claims of one report together: a false merge costs an
 * editor more than a missed one.
 */
export function clusterClaims(drafts: ClaimDraft[]): Claim[] {
  const all = items(drafts)
  const df = new Map<string, number>()
  for (const it of all) for (const t of new Set([...it.full, ...it.core])) df.set(t, (df.get(t) ?? 0) + 1)
  const idf = idfWeights(all.map((it) => it.full))
  const fullNorms = all.map((it) => norm(it.full, idf))
  const coreNorms = all.map((it) => norm(it.core, idf))

  const scored: Scored[] = []
  for (const { a, b } of candidatePairs(
    all.map((it) => [it.full, it.core]),
    df
  )) {
    const x = all[a]!
    const y = all[b]!
    const sameReport = x.reports.size === 1 && y.reports.size === 1 && drafts[x.rep]!.reportId === drafts[y.rep]!.reportId
    // The veto is a few set lookups; checking it first spares the cosines of pairs that could never merge.
    if (vetoed(x, y)) continue
    // Without quotations the core is the whole text: one cosine is enough (half the work on most pairs).
    const full = cosine(x.full, y.full, idf, fullNorms[a]!, fullNorms[b]!)
    let score = x.quoted || y.quoted ? Math.max(full, cosine(x.core, y.core, idf, coreNorms[a]!, coreNorms[b]!)) : full
    if (!sameReport && score >= PHRASE_FLOOR && score < SAME_CLAIM && samePhrase(x, y)) score = SAME_CLAIM
    if (score < (sameReport ? SAME_REPORT : SAME_CLAIM)) continue
    scored.push({ a, b, score })
  }
  scored.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b)

  const parent = all.map((_, i) => i)
  const reports = all.map((it) => new Set(it.reports))
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  for (const { a, b, score } of scored) {
    const ra = find(a)
    const rb = find(b)
    if (ra === rb) continue
    const [small, big] = reports[ra]!.size <= reports[rb]!.size ? [ra, rb] : [rb, ra]
    if (score < SAME_REPORT && [...reports[small]!].some((r) => reports[big]!.has(r))) continue
    // Items are in input order, so the lower index is the cluster's first claim.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra]
    parent[child] = root
    for (const r of reports[child]!) reports[root]!.add(r)
  }
  const clusterOf = new Array<string>(drafts.length)
  all.forEach((it, i) => {
    const id = `k-${drafts[all[find(i)]!.rep]!.id}`
    for (const m of it.members) clusterOf[m] = id
  })
  return drafts.map((d, i) => ({ ...d, clusterId: clusterOf[i]! }))
}

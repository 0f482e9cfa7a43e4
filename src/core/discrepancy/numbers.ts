import { candidatePairs } from '../cluster/blocking'
import { cosine, idfWeights, norm } from '../cluster/similarity'
import { quantities } from '../entities/numbers'
import type { Claim, Discrepancy, Report } from '../model'
import { tokens } from '../text/tokens'
import { labels } from './common'

/** Words-without-figures similarity above which two claims tell the same fact. */
const SAME_FACT = 0.5

interface Numeric {
  /** Every claim with this wording (figures aside), with the amounts each states per unit. */
  claims: Stated[]
  words: Set<string>
}

/**
 * Claims that say the same thing with different figures for the same unit
 * ("100,000 troops" vs "130,000 troops"). Clustering refuses to merge them
 * (different figures veto a merge), so they are paired here with the same
 * rare-token blocking: a bounded number of comparisons per claim.
 */
export function numberClashes(claims: readonly Claim[], reports: ReadonlyMap<string, Report>): Discrepancy[] {
  // Claims worded identically but for their figures are one item: the commonest conflict, and blocking
  // could not find it (their shared words are too frequent to index).
  const bySignature = new Map<string, Numeric>()
  const items: Numeric[] = []
  for (const claim of claims) {
    const amounts = amountsOf(claim.text)
    if (amounts.size === 0) continue
    const words = new Set(tokens(claim.text).filter((t) => !t.startsWith('#') && t !== 'gt' && t !== 'lt'))
    const signature = [...words].sort().join(' ')
    const known = bySignature.get(signature)
    if (known) known.claims.push({ claim, amounts })
    else {
      const item = { claims: [{ claim, amounts }], words }
      bySignature.set(signature, item)
      items.push(item)
    }
  }
  const idf = idfWeights(items.map((x) => x.words))
  const norms = items.map((x) => norm(x.words, idf))
  const df = new Map<string, number>()
  for (const x of items) for (const t of x.words) df.set(t, (df.get(t) ?? 0) + 1)

  const parent = items.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const pairs = candidatePairs(
    items.map((x) => [x.words]),
    df
  ).filter(({ a, b }) => cosine(items[a]!.words, items[b]!.words, idf, norms[a]!, norms[b]!) >= SAME_FACT)
  for (const { a, b } of pairs) parent[find(b)] = find(a)
  const groups = new Map<number, Stated[]>()
  items.forEach((x, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), ...x.claims]))
  const out: Discrepancy[] = []
  for (const stated of groups.values()) {
    const d = conflict(stated, reports)
    if (d) out.push(d)
  }
  return out
}

interface Stated {
  claim: Claim
  amounts: Map<string, Set<number>>
}

function amountsOf(text: string): Map<string, Set<number>> {
  const amounts = new Map<string, Set<number>>()
  for (const q of quantities(text)) {
    if (q.amount === null || !q.unit) continue
    const unit = q.unit.replace(/s$/, '')
    amounts.set(unit, (amounts.get(unit) ?? new Set()).add(q.amount))
  }
  return amounts
}

/** Within one group of same-fact claims: a unit stated with different figures by different reports. */
function conflict(stated: Stated[], reports: ReadonlyMap<string, Report>): Discrepancy | null {
  if (new Set(stated.map((s) => s.claim.reportId)).size < 2) return null
  const units = new Set(stated.flatMap((s) => [...s.amounts.keys()]))
  for (const unit of units) {
    const byAmount = new Map<number, Claim[]>()
    for (const s of stated) for (const n of s.amounts.get(unit) ?? []) byAmount.set(n, [...(byAmount.get(n) ?? []), s.claim])
    if (byAmount.size < 2) continue
    const reportsOf = [...byAmount.values()].map((cs) => new Set(cs.map((c) => c.reportId)))
    // One report giving two figures is a sequence (before/after), not a disagreement between sources.
    if (new Set(reportsOf.flatMap((r) => [...r])).size < 2) continue
    const order = new Map(stated.map((s, i) => [s.claim, i]))
    const involved = [...new Set([...byAmount.values()].flat())].sort((a, b) => order.get(a)! - order.get(b)!)
    const detail = [...byAmount.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([n, cs]) => `${n.toLocaleString('en-US')} ${unit}s (${labels(cs, reports)})`)
      .join(' vs ')
    return { id: `d-number-${involved[0]!.id}`, kind: 'number', detail, claimIds: involved.map((c) => c.id) }
  }
  return null
}

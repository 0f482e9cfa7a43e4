import { candidatePairs } from '../cluster/blocking'
import { cosine, idfWeights, norm } from '../cluster/similarity'
import { quantities } from '../entities/numbers'
import type { Claim, Discrepancy, Report } from '../model'
import { tokens } from '../text/tokens'
import { labels } from './common'

/** Words-without-figures similarity above which two claims tell the same fact. */
const SAME_FACT = 0.5

interface Numeric {
  claim: Claim
  words: Set<string>
  /** unit → amounts stated for it. */
  amounts: Map<string, Set<number>>
}

/**
 * Claims that say the same thing with different figures for the same unit
 * ("100,000 troops" vs "130,000 troops"). Clustering refuses to merge them
 * (different figures veto a merge), so they are paired here with the same
 * rare-token blocking: a bounded number of comparisons per claim.
 */
export function numberClashes(claims: readonly Claim[], reports: ReadonlyMap<string, Report>): Discrepancy[] {
  const items: Numeric[] = []
  for (const claim of claims) {
    const amounts = new Map<string, Set<number>>()
    for (const q of quantities(claim.text)) {
      if (q.amount === null || !q.unit) continue
      const unit = q.unit.replace(/s$/, '')
      amounts.set(unit, (amounts.get(unit) ?? new Set()).add(q.amount))
    }
    if (amounts.size > 0) items.push({ claim, words: new Set(tokens(claim.text).filter((t) => !t.startsWith('#') && t !== 'gt' && t !== 'lt')), amounts })
  }
  const idf = idfWeights(items.map((x) => x.words))
  const norms = items.map((x) => norm(x.words, idf))
  const df = new Map<string, number>()
  for (const x of items) for (const t of x.words) df.set(t, (df.get(t) ?? 0) + 1)

  const parent = items.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const conflicting = new Set<number>()
  const units = new Map<number, string>()
  for (const { a, b } of candidatePairs(items.map((x) => [x.words]), df)) {
    const x = items[a]!
    const y = items[b]!
    if (x.claim.reportId === y.claim.reportId) continue
    const unit = [...x.amounts.keys()].find((u) => {
      const ys = y.amounts.get(u)
      return ys !== undefined && ![...x.amounts.get(u)!].some((n) => ys.has(n))
    })
    if (!unit || cosine(x.words, y.words, idf, norms[a]!, norms[b]!) < SAME_FACT) continue
    parent[find(b)] = find(a)
    conflicting.add(a).add(b)
    units.set(a, unit)
    units.set(b, unit)
  }
  const groups = new Map<number, number[]>()
  for (const i of [...conflicting].sort((p, q) => p - q)) groups.set(find(i), [...(groups.get(find(i)) ?? []), i])
  const out: Discrepancy[] = []
  for (const members of groups.values()) {
    const unit = units.get(members[0]!)!
    const byAmount = new Map<number, Claim[]>()
    for (const i of members) for (const n of items[i]!.amounts.get(unit) ?? []) byAmount.set(n, [...(byAmount.get(n) ?? []), items[i]!.claim])
    const detail = [...byAmount.entries()].map(([n, cs]) => `${n.toLocaleString('en-US')} ${unit}s (${labels(cs, reports)})`).join(' vs ')
    const claimIds = members.map((i) => items[i]!.claim.id)
    out.push({ id: `d-number-${claimIds[0]}`, kind: 'number', detail, claimIds })
  }
  return out
}

import type { Claim, ClusterSummary } from '../model'
import { groupBy } from '../groupBy'
import { tokens } from '../text/tokens'
import { quotedCore } from './core'
import { cosine, idfWeights, norm } from './similarity'

/** A member whose best match inside its cluster is below this was joined on thin evidence. */
export const CONFIDENT = 0.6
/** Distinct wordings compared per cluster: a wire story reprinted 500 times is still one wording. */
const MAX_VARIANTS = 16

/**
 * Clusters as the desk and the brief show them: members in claim order, the
 * reports carrying them, a canonical text (the most complete quotation, else
 * the most central wording), and low-confidence members flagged as suggested.
 * Similarity is recomputed only inside clusters, so cost stays linear.
 */
export function summariseClusters(claims: Claim[]): ClusterSummary[] {
  const byCluster = groupBy(claims, (c) => c.clusterId)
  const multi = [...byCluster.values()].filter((m) => m.length > 1)
  const sets = new Map<Claim, Set<string>>()
  // Quoted cores computed once per claim: ranking compares them many times.
  const quotedLength = new Map<Claim, number>()
  for (const m of multi) {
    for (const c of m) {
      const core = quotedCore(c.text)
      quotedLength.set(c, core?.length ?? 0)
      sets.set(c, new Set(tokens(core ?? c.text)))
    }
  }
  const idf = idfWeights([...sets.values()])

  return [...byCluster.entries()].map(([id, members]) => {
    const reportIds = [...new Set(members.map((c) => c.reportId))]
    const best = bestMatches(members, sets, idf)
    const central = members.reduce((a, b) => ((best.get(b) ?? 0) > (best.get(a) ?? 0) ? b : a))
    const quotes = members.filter((c) => c.kind === 'quote')
    // A quotation the other tellings agree with most, the most complete one on ties; else the best-connected wording.
    const rank = (c: Claim): number => Math.round((best.get(c) ?? 0) * 20) * 10_000 + (quotedLength.get(c) ?? 0)
    const canonical = quotes.length > 0 ? quotes.reduce((a, b) => (rank(b) > rank(a) ? b : a)) : central
    return {
      id,
      claimIds: members.map((c) => c.id),
      reportIds,
      canonical: canonical.text.replace(/\s+/g, ' ').trim(),
      corroboration: reportIds.length,
      suggestedClaimIds: members.length > 1 ? members.filter((c) => (best.get(c) ?? 0) < CONFIDENT).map((c) => c.id) : []
    }
  })
}

/** Each member's best similarity to another member (quoted core when it quotes, else whole text). */
function bestMatches(members: Claim[], sets: Map<Claim, Set<string>>, idf: Map<string, number>): Map<Claim, number> {
  const best = new Map<Claim, number>()
  if (members.length < 2) return best
  const groups = [...groupBy(members, (c) => [...sets.get(c)!].sort().join(' ')).values()]
  const norms = groups.map((g) => norm(sets.get(g[0]!)!, idf))
  for (let i = 0; i < groups.length; i++) {
    // Identical wordings in two places are a perfect match.
    let top = groups[i]!.length > 1 ? 1 : 0
    for (let j = 0; j < Math.min(groups.length, MAX_VARIANTS) && top < 1; j++) {
      if (i === j) continue
      top = Math.max(top, cosine(sets.get(groups[i]![0]!)!, sets.get(groups[j]![0]!)!, idf, norms[i]!, norms[j]!))
    }
    for (const c of groups[i]!) best.set(c, top)
  }
  return best
}

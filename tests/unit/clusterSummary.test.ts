import { describe, expect, it } from 'vitest'
import { summariseClusters } from '../../src/core/cluster/summary'
import { ClusterSummary } from '../../src/core/model'
import { claimOf, seeds } from './seedsHelper'

const clusters = summariseClusters(seeds.claims)
const of = (id: string) => clusters.find((k) => k.claimIds.includes(id))!

describe('cluster summaries on the seeds', () => {
  it('cover every claim once, with valid shapes', () => {
    for (const k of clusters) ClusterSummary.parse(k)
    const ids = clusters.flatMap((k) => k.claimIds)
    expect(ids.sort()).toEqual(seeds.claims.map((c) => c.id).sort())
    for (const k of clusters) expect(k.id).toBe(seeds.claims.find((c) => c.id === k.claimIds[0])!.clusterId)
  })

  it('count distinct reports as corroboration', () => {
    const k = of(claimOf('000', 'diplomacy must continue').id)
    expect(k.corroboration).toBe(3)
    expect(k.reportIds).toHaveLength(3)
    expect(of(claimOf('000', 'more than 100,000 troops').id).corroboration).toBe(3)
    expect(of(claimOf('004', 'The Norwegian politician').id).corroboration).toBe(1)
  })

  it('pick a quotation as the canonical text of a quote cluster', () => {
    const k = of(claimOf('000', 'This gives reason for cautious optimism').id)
    expect(k.canonical).toBe('This gives reason for cautious optimism.')
    const signs = of(claimOf('000', 'so far we have not seen').id)
    expect(signs.canonical).toMatch(/^But so far we have not seen any sign of de-escalation on the ground on the Russian side/)
  })

  it('suggest, not assert, members matched on thin evidence', () => {
    const k = of(claimOf('000', 'This gives reason for cautious optimism').id)
    expect(k.suggestedClaimIds).toContain(claimOf('003', 'some grounds for cautious optimism').id)
    expect(k.suggestedClaimIds).not.toContain(claimOf('000', 'This gives reason for cautious optimism').id)
    for (const s of clusters.filter((x) => x.claimIds.length === 1)) expect(s.suggestedClaimIds).toEqual([])
  })
})

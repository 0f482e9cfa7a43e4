/**
 * Cluster summaries: members by confidence, confirmed or suggested against the
 * matching's bar, and why each matches its cluster's central member. Built on
 * hand-made clusters (so the evidence is known) and on the seeds.
 */
import { describe, expect, it } from 'vitest'
import { summariseClusters } from '../../src/core/cluster/summary'
import { LINKAGE } from '../../src/core/cluster/thresholds'
import { ClusterSummary, type Claim, type Entity } from '../../src/core/model'
import { claimOf, seeds } from './seedsHelper'

function claim(id: string, reportId: string, clusterId: string, text: string, entities: Entity[] = [], extra: Partial<Claim> = {}): Claim {
  return { id, reportId, text, start: 0, end: text.length, kind: 'statement', speaker: null, clusterId, entities, ...extra }
}

const num = (text: string, value: string): Entity => ({ type: 'number', text, value })
const place = (name: string): Entity => ({ type: 'place', text: name, value: name })

describe('cluster summaries on hand-made clusters', () => {
  const mourning = [
    claim('a-1', 'a', 'k-mourn', 'The king declared three days of national mourning, with flags to fly at half-mast on all public buildings in Morocco.', [
      num('three days', '3 days'),
      place('Morocco')
    ]),
    claim('b-1', 'b', 'k-mourn', 'Morocco declared three days of national mourning and flags will fly at half-staff on all public buildings.', [
      num('three days', '3 days'),
      place('Morocco')
    ]),
    claim('c-1', 'c', 'k-mourn', 'The king declared three days of national mourning, with flags to fly at half-mast on all public buildings in Morocco.', [
      num('three days', '3 days'),
      place('Morocco')
    ]),
    claim('d-1', 'd', 'k-mourn', 'Schools in Morocco stay closed on Monday.', [place('Morocco')])
  ]
  const other = claim('e-1', 'e', 'k-other', 'The central bank opened a special account for aid donations.')
  const [k, solo] = summariseClusters([...mourning, other])

  it('are valid and cover every claim once', () => {
    for (const s of [k!, solo!]) ClusterSummary.parse(s)
    expect([...k!.members, ...k!.suggested].map((m) => m.claimId).sort()).toEqual(['a-1', 'b-1', 'c-1', 'd-1'])
    expect(solo!.members).toEqual([{ claimId: 'e-1', confidence: 1, status: 'confirmed', why: { terms: [], synonyms: [], figures: [], dates: [], entities: [] } }])
    expect(solo!.suggested).toEqual([])
  })

  it('lead with the central member; verbatim copies match it fully', () => {
    expect(k!.centralClaimId).toBe('a-1')
    expect(k!.members[0]).toMatchObject({ claimId: 'a-1', confidence: 1, status: 'confirmed' })
    expect(k!.members.find((m) => m.claimId === 'c-1')).toMatchObject({ status: 'confirmed' })
    const order = k!.members.map((m) => m.confidence)
    expect(order).toEqual([...order].sort((x, y) => y - x))
  })

  it('say why a paraphrase matches: shared words, WordNet synonyms, figures and names', () => {
    const b = [...k!.members, ...k!.suggested].find((m) => m.claimId === 'b-1')!
    expect(b.why.terms).toEqual(expect.arrayContaining(['national', 'flags', 'public', 'buildings']))
    expect(b.why.synonyms).toContainEqual(['half-mast', 'half-staff'])
    expect(b.why.figures).toEqual(['three days'])
    expect(b.why.entities).toEqual(['Morocco'])
    // Number words shown as a figure are not repeated as terms.
    expect(b.why.terms).not.toContain('three')
  })

  it('suggest, not assert, a member matched on thin evidence, and count only confirmed reports', () => {
    const d = k!.suggested.find((m) => m.claimId === 'd-1')!
    expect(d.status).toBe('suggested')
    expect(d.confidence).toBeLessThan(LINKAGE.confident)
    expect(k!.members.map((m) => m.claimId)).not.toContain('d-1')
    expect(k!.corroboration).toBe(3)
    expect(k!.reportIds).toHaveLength(4)
  })

  it('confirm a member an editor confirmed, whatever its confidence', () => {
    const confirmed = mourning.map((c) => (c.id === 'd-1' ? { ...c, clusterDecision: 'confirmed' as const } : c))
    const [again] = summariseClusters(confirmed)
    expect(again!.members.find((m) => m.claimId === 'd-1')).toMatchObject({ status: 'confirmed' })
    expect(again!.suggested).toEqual([])
    expect(again!.corroboration).toBe(4)
  })

  it('treat a wire story reprinted 500 times as one wording', () => {
    const wire = Array.from({ length: 500 }, (_, i) =>
      claim(`w${i}-1`, `w${i}`, 'k-wire', 'At least 41 people were killed by the landslide in the Ordan valley.', [num('41 people', '41 people')])
    )
    const [s] = summariseClusters([...wire, claim('x-1', 'x', 'k-wire', 'The landslide in the Ordan valley killed at least 41 people.', [num('41 people', '41 people')])])
    expect(s!.members).toHaveLength(501)
    expect(s!.members.slice(0, 500).every((m) => m.confidence === 1)).toBe(true)
    expect(s!.corroboration).toBe(501)
  })
})

describe('cluster summaries on the seeds', () => {
  const clusters = summariseClusters(seeds.claims)
  const of = (id: string) => clusters.find((k) => k.claimIds.includes(id))!

  it('cover every claim once, with valid shapes', () => {
    for (const k of clusters) ClusterSummary.parse(k)
    const ids = clusters.flatMap((k) => k.claimIds)
    expect(ids.sort()).toEqual(seeds.claims.map((c) => c.id).sort())
    for (const k of clusters) {
      expect(k.id).toBe(seeds.claims.find((c) => c.id === k.claimIds[0])!.clusterId)
      expect([...k.members, ...k.suggested].map((m) => m.claimId).sort()).toEqual([...k.claimIds].sort())
    }
  })

  it('count distinct reports of confirmed members as corroboration', () => {
    const k = of(claimOf('000', 'diplomacy must continue').id)
    const confirmedReports = new Set(k.members.map((m) => seeds.claims.find((c) => c.id === m.claimId)!.reportId))
    expect(k.corroboration).toBe(confirmedReports.size)
    expect(k.corroboration).toBeGreaterThanOrEqual(2)
    expect(of(claimOf('004', 'The Norwegian politician').id).corroboration).toBe(1)
  })

  it('pick a quotation as the canonical text of a quote cluster', () => {
    const k = of(claimOf('000', 'This gives reason for cautious optimism').id)
    expect(k.canonical).toBe('This gives reason for cautious optimism.')
  })

  it('list a loosely matched member apart as suggested, never the central one', () => {
    const k = of(claimOf('000', 'This gives reason for cautious optimism').id)
    expect(k.suggested.map((m) => m.claimId)).toContain(claimOf('003', 'some grounds for cautious optimism').id)
    expect(k.suggested.map((m) => m.claimId)).not.toContain(k.centralClaimId)
    for (const s of clusters.filter((x) => x.claimIds.length === 1)) expect(s.suggested).toEqual([])
  })
})

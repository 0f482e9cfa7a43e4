import { describe, expect, it } from 'vitest'
import { clusterClaims } from '../../src/core/cluster'
import { extractClaims } from '../../src/core/extract'
import { ingestReport } from '../../src/core/ingest'
import { seedInputs } from './seedsHelper'
import type { Claim, ClaimDraft } from '../../src/core/model'

const AT = '2022-02-16T00:00:00.000Z'
const reports = seedInputs.map((input) => ingestReport(input, AT))
const drafts = reports.flatMap(extractClaims)
const claims = clusterClaims(drafts)
const seedId = (prefix: string) => reports.find((r) => r.file.startsWith(prefix))!.id
const find = (prefix: string, needle: string): Claim => {
  const claim = claims.find((c) => c.reportId === seedId(prefix) && c.text.includes(needle))
  if (!claim) throw new Error(`no claim in ${prefix} contains "${needle}"`)
  return claim
}

describe('cluster on the seeds', () => {
  it('the "signs from Moscow that diplomacy must/should continue" quote is one cluster', () => {
    const a = find('000', 'signs from Moscow that diplomacy must continue')
    expect(find('002', 'signs from Moscow that diplomacy should continue').clusterId).toBe(a.clusterId)
    expect(find('001', 'says Russia is showing signs that diplomacy should continue').clusterId).toBe(a.clusterId)
  })

  it('"cautious optimism" lines meet across reports', () => {
    const a = find('000', 'This gives reason for cautious optimism.')
    expect(find('002', 'This gives reason for cautious optimism.').clusterId).toBe(a.clusterId)
    expect(find('003', 'some grounds for cautious optimism').clusterId).toBe(a.clusterId)
    expect(find('004', 'provide some reason for cautious optimism').clusterId).toBe(a.clusterId)
  })

  it('"more than" / "over" 100,000 troops are one figure', () => {
    const a = find('000', 'more than 100,000 troops')
    expect(find('001', 'over 100,000 troops').clusterId).toBe(a.clusterId)
    expect(find('002', 'more than 100,000 Russian troops').clusterId).toBe(a.clusterId)
  })

  it('"not seen any sign of de-escalation on the ground" quotes meet', () => {
    const a = find('000', 'we have not seen any sign of de-escalation on the ground on the Russian side')
    expect(find('002', 'we have not seen any signs of de-escalation on the ground').clusterId).toBe(a.clusterId)
    expect(find('001', 'but warned that “so far').clusterId).toBe(a.clusterId)
  })

  it('distinct claims stay apart', () => {
    const apart = (x: Claim, y: Claim) => expect(x.clusterId).not.toBe(y.clusterId)
    apart(find('000', 'more than 20 ships'), find('000', 'more than 100,000 troops'))
    apart(find('000', 'cautious optimism'), find('000', 'diplomacy must continue'))
    apart(find('000', 'cautious optimism'), find('000', 'not seen any sign of de-escalation'))
    // Johnson's warning (002's subhead repeats it; subheads are furniture now, not claims).
    apart(find('002', 'The latest information from the Russian-Ukrainian border'), find('001', 'says Russia is showing signs'))
    apart(find('000', 'Lavrov said'), find('003', 'Julianne Smith said'))
    apart(find('002', 'Of course, it is clear'), find('002', 'Unfortunately, we are going to spend'))
  })

  it('never puts two different claims of one report in a cluster', () => {
    const seen = new Map<string, Set<string>>()
    for (const c of claims) {
      const reps = seen.get(c.clusterId) ?? new Set<string>()
      expect(reps.has(c.reportId)).toBe(false)
      reps.add(c.reportId)
      seen.set(c.clusterId, reps)
    }
    const multi = [...seen.values()].filter((r) => r.size >= 2)
    expect(multi.length).toBeGreaterThanOrEqual(5)
  })

  it('cluster ids are deterministic and name their first member', () => {
    expect(clusterClaims(drafts)).toEqual(claims)
    const ids = new Set(claims.map((c) => c.id))
    for (const c of claims) expect(ids.has(c.clusterId.replace(/^k-/, ''))).toBe(true)
    for (const c of claims) expect(`k-${claims.find((x) => x.clusterId === c.clusterId)!.id}`).toBe(c.clusterId)
  })
})

describe('cluster at scale', () => {
  it('20,000 claims cluster in a few seconds', () => {
    const words = 'army navy border talks troops tanks ships missile summit sanctions gas prices bank vote court ruling strike port rail bridge'.split(' ')
    const big: ClaimDraft[] = []
    let seed = 7
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 12 }, () => words[Math.floor(rnd() * words.length)]!).join(' ') + ` ${i % 500} units w${i % 3000}.`
      big.push({ id: `r${i % 400}-${i}`, reportId: `r${i % 400}`, text, start: 0, end: text.length, kind: 'statement', speaker: null })
    }
    const t0 = performance.now()
    const out = clusterClaims(big)
    expect(out).toHaveLength(20_000)
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})

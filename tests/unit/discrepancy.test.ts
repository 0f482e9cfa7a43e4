import { describe, expect, it } from 'vitest'
import { findDiscrepancies } from '../../src/core/discrepancy'
import { Discrepancy } from '../../src/core/model'
import { analyseReports } from '../../src/core/pipeline'
import { claimOf, inputs, NOW, seeds } from './seedsHelper'

const found = findDiscrepancies(seeds.claims, seeds.reports)
const ofKind = (k: string) => found.filter((d) => d.kind === k)

describe('discrepancies on the seeds', () => {
  it('are valid, with unique deterministic ids', () => {
    for (const d of found) Discrepancy.parse(d)
    expect(new Set(found.map((d) => d.id)).size).toBe(found.length)
    expect(findDiscrepancies(seeds.claims, seeds.reports)).toEqual(found)
  })

  it('flags “must continue” (000) vs “should continue” (001, 002)', () => {
    const must = claimOf('000', 'diplomacy must continue')
    const d = ofKind('quote-wording').find((x) => x.claimIds.includes(must.id))!
    expect(d.detail).toBe('“must continue” (000) vs “should continue” (001, 002)')
    expect(d.claimIds).toEqual(expect.arrayContaining([claimOf('002', 'diplomacy should continue').id, claimOf('001', 'diplomacy should continue').id]))
    expect(d.id).toBe(`d-quote-wording-${must.id}`)
  })

  it('flags “so far … any sign” vs “for the moment … any signs”', () => {
    const d = ofKind('quote-wording').find((x) => x.claimIds.includes(claimOf('000', 'so far we have not seen').id))!
    expect(d.claimIds).toContain(claimOf('002', 'for the moment, we have not seen').id)
    expect(d.detail).toMatch(/so far.*\(000, 001\) vs .*for the moment.*signs.*\(002\)/)
  })

  it('flags the BRUSSELS, FRANCE dateline of 001 and nothing else as a place', () => {
    expect(ofKind('place')).toHaveLength(1)
    expect(ofKind('place')[0]!.detail).toContain('Brussels is in Belgium, not France')
    expect(ofKind('place')[0]!.claimIds).toEqual([seeds.claims.find((c) => c.reportId === seeds.reports[1]!.id)!.id])
  })

  it('flags “ahead of / prior to the meeting” (000, 001, 002) vs “upon arrival” (004)', () => {
    const [d, ...rest] = ofKind('timing')
    expect(rest).toHaveLength(0)
    expect(d!.claimIds).toEqual(
      expect.arrayContaining([claimOf('000', 'ahead of a two-day').id, claimOf('002', 'prior to the meeting').id, claimOf('004', 'upon arrival').id])
    )
    expect(d!.detail).toMatch(/Jens Stoltenberg: .*ahead of.*\(000\).*prior to the meeting” \(002\) vs “upon arrival at a meeting” \(004\)/)
  })

  it('never pairs claims of different clusters as a quote-wording difference', () => {
    for (const d of ofKind('quote-wording')) {
      const clusters = new Set(d.claimIds.map((id) => seeds.claims.find((c) => c.id === id)!.clusterId))
      expect(clusters.size).toBe(1)
    }
  })
})

describe('discrepancies on made-up reports', () => {
  it('finds differing figures for the same fact across reports', () => {
    const a = analyseReports(
      inputs(
        'date 2023-05-02 Officials said the flood in the valley has displaced 12,000 residents since Sunday, the regional governor said.',
        'date 2023-05-02 The flood in the valley has displaced about 20,000 residents since Sunday, the regional governor said on Tuesday.'
      ),
      NOW
    )
    const d = findDiscrepancies(a.claims, a.reports).filter((x) => x.kind === 'number')
    expect(d).toHaveLength(1)
    expect(d[0]!.detail).toBe('12,000 residents (000) vs 20,000 residents (001)')
    expect(d[0]!.claimIds).toHaveLength(2)
  })

  it('reports nothing between unrelated claims, whatever their figures and places', () => {
    const a = analyseReports(
      inputs(
        'Fishermen in the harbour of Lisbon landed 300 tonnes of sardines on Monday, the port authority said.',
        'The central bank in Rome raised its interest rate by 2 percent after a meeting of its board, the governor said.',
        'In Berlin, 40 trains were cancelled before the summit as rail workers walked out, the operator announced.'
      ),
      NOW
    )
    expect(findDiscrepancies(a.claims, a.reports)).toEqual([])
  })

  it('catches a city put in the wrong country inside a claim', () => {
    const a = analyseReports(inputs('The delegation arrived in Vienna, Germany, on Monday for three days of talks, the ministry said.'), NOW)
    const d = findDiscrepancies(a.claims, a.reports)
    expect(d.map((x) => x.kind)).toEqual(['place'])
    expect(d[0]!.detail).toContain('Vienna is in Austria, not Germany')
  })

  it('does not flag a correct dateline', () => {
    const a = analyseReports(inputs('VIENNA, AUSTRIA\n\nThe delegation arrived on Monday for three days of talks, the ministry said.'), NOW)
    expect(findDiscrepancies(a.claims, a.reports)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { analyseReports } from '../../src/core/pipeline'
import { claimOf, inputs, NOW, seeds } from './seedsHelper'

describe('check-worthiness scores', () => {
  it('every claim has a score in 0..1 with reasons', () => {
    for (const c of seeds.claims) {
      expect(c.score).toBeGreaterThanOrEqual(0)
      expect(c.score).toBeLessThanOrEqual(1)
      expect(Array.isArray(c.reasons)).toBe(true)
    }
  })

  it('rank an attributed figure high; sub-headlines are never claims', () => {
    const troops = claimOf('001', 'over 100,000 troops')
    expect(troops.reasons).toEqual(expect.arrayContaining(['number', 'named entity', 'attribution']))
    // Sub-headlines are set aside at ingest (report furniture, role subhead): never claims at all.
    for (const [file, words] of [
      ['002', 'Ukraine braces for Russian attack'],
      ['000', 'Russia: US gave positive response']
    ] as const) {
      const report = seeds.reports.find((r) => r.file.startsWith(file))!
      expect(report.furniture.some((f) => f.role === 'subhead' && f.text.includes(words))).toBe(true)
      expect(seeds.claims.some((c) => c.reportId === report.id && c.text.includes(words))).toBe(false)
    }
  })

  it('scores made-up copy the same way', () => {
    const a = analyseReports(
      inputs(
        'Is the port ready for the storm season at all, after the repairs?\n\nThe port authority said on Monday that 40 cranes were damaged by the storm.\n\nThe city is holding its breath.\n\nStorm season\n\nFollow us on Twitter for more videos'
      ),
      NOW
    )
    const by = (w: string) => a.claims.find((c) => c.text.includes(w))
    expect(by('40 cranes')!.score).toBeGreaterThanOrEqual(0.7)
    expect(by('holding its breath')?.score ?? 0).toBeLessThan(0.3)
    expect(by('Is the port ready')?.score ?? 0).toBeLessThan(0.3)
    expect(by('Follow us')?.score ?? 0).toBeLessThan(0.3)
  })
})

/**
 * Where sources disagree: every detector on small reports of an invented event
 * (a landslide, a sports tribunal), written for these tests, then the seeds'
 * long-standing expectations.
 */
import { describe, expect, it } from 'vitest'
import { DETECTORS, findDiscrepancies } from '../../src/core/discrepancy'
import { DISCREPANCY_KINDS, Discrepancy, type Claim } from '../../src/core/model'
import { analyseReports } from '../../src/core/pipeline'
import { reportFixture } from '../fixtures/reports'
import { claimOf, NOW, seeds } from './seedsHelper'

function analysed(...texts: string[]) {
  const a = analyseReports(
    texts.map((content, i) => ({ file: `2025-06-03_${i}.txt`, content })),
    NOW
  )
  const found = findDiscrepancies(a.claims, a.reports)
  for (const d of found) Discrepancy.parse(d)
  /** A side as "value @ report numbers" (0-based input order), the way the tests read. */
  const n = (id: string) => a.reports.findIndex((r) => r.id === id)
  const sides = (d: Discrepancy | undefined) => d?.sides.map((s) => `${s.value} @ ${s.reportIds.map(n).sort().join(',')}`)
  const claim = (words: string): Claim => a.claims.find((c) => c.text.includes(words))!
  return { ...a, found, sides, claim, of: (kind: string) => found.filter((d) => d.kind === kind) }
}

const LANDSLIDE_A = `date 2025-06-03
A landslide in the Ordan valley has killed at least 41 people, the regional governor said on Tuesday.

Another 120 people were injured, including 14 in a serious condition, the governor said.

"The mountain simply gave way above the village. We must reach the last houses before nightfall," said Dr Amina Yusuf, professor of hydrology at the University of Lagos, who is advising the rescue teams.

Rescuers reached the village of Port Ardavel on Tuesday morning.`

const LANDSLIDE_B = `date 2025-06-03
A landslide in the Ordan valley has killed 57 people, according to the regional governor.

Another 96 people were injured, including 14 in a serious condition, the governor said.

"The mountain simply gave way above the village. We should reach the last houses before nightfall," Amina Yusuf, director of hydrology research at Lagos State University, told reporters.

Rescuers reached the village of Port Ardaval on Tuesday morning.`

describe('the table of detectors', () => {
  it('has one detector per kind, and every kind a detector', () => {
    expect(DETECTORS.map((d) => d.kind).sort()).toEqual([...DISCREPANCY_KINDS].sort())
  })
})

describe('disagreements on an invented landslide', () => {
  const a = analysed(LANDSLIDE_A, LANDSLIDE_B)

  it('a quantity given different values: the toll and the injured apart, each with its own sides', () => {
    const numbers = a.of('number')
    expect(numbers.map((d) => d.topic).sort()).toEqual(['people (injured)', 'people (killed)'])
    expect(a.sides(numbers.find((d) => d.topic === 'people (killed)'))).toEqual(['41 people @ 0', '57 people @ 1'])
    expect(a.sides(numbers.find((d) => d.topic === 'people (injured)'))).toEqual(['96 people @ 1', '120 people @ 0'])
    // The side says the figure as its report hedges it; the value is the plain figure.
    expect(numbers.find((d) => d.topic === 'people (killed)')!.sides[0]!.text).toBe('at least 41 people')
    // Both report 14 in a serious condition: agreement is not a disagreement.
    expect(numbers.some((d) => d.sides.some((s) => s.value.startsWith('14 ')))).toBe(false)
  })

  it('a person’s title differing between reports', () => {
    const [d, ...rest] = a.of('title')
    expect(rest).toEqual([])
    expect(d!.topic).toBe('Amina Yusuf')
    expect(d!.sides.map((s) => s.text)).toEqual(['professor of hydrology at the University of Lagos', 'director of hydrology research at Lagos State University'])
    expect(a.sides(d)).toEqual([expect.stringMatching(/@ 0$/), expect.stringMatching(/@ 1$/)])
  })

  it('one name spelt two ways', () => {
    const [d, ...rest] = a.of('spelling')
    expect(rest).toEqual([])
    expect(d!.sides.map((s) => s.text)).toEqual(['Port Ardavel', 'Port Ardaval'])
    expect(a.sides(d)).toEqual(['port ardavel @ 0', 'port ardaval @ 1'])
  })

  it('the same quotation worded differently, read from the quoted spans', () => {
    const [d, ...rest] = a.of('quote-wording')
    expect(rest).toEqual([])
    expect(a.sides(d)).toEqual(['must reach @ 0', 'should reach @ 1'])
    expect(d!.claimIds).toEqual([a.claim('We must reach').id, a.claim('We should reach').id])
  })

  it('finds nothing else, and finds the same again', () => {
    expect(a.found.map((d) => d.kind).sort()).toEqual(['number', 'number', 'quote-wording', 'spelling', 'title'])
    expect(findDiscrepancies(a.claims, a.reports)).toEqual(a.found)
    expect(new Set(a.found.map((d) => d.id)).size).toBe(a.found.length)
  })
})

describe('each detector, alone', () => {
  it('a report giving two values is a sequence, not a disagreement', () => {
    const a = analysed(
      'date 2025-06-04\nA landslide in the Ordan valley has killed at least 41 people, the governor said. By evening the landslide had killed 57 people, the governor said.',
      'date 2025-06-04\nA landslide in the Ordan valley has killed at least 41 people, officials said.'
    )
    expect(a.of('number')).toEqual([])
  })

  it('magnitudes written "6.1-magnitude" and "magnitude 5.9" are one quantity', () => {
    const a = analysed(
      'date 2025-06-04\nThe 6.1-magnitude quake struck the Ordan valley late on Monday, the seismology institute reported.',
      'date 2025-06-04\nThe magnitude 5.9 quake struck the Ordan valley late on Monday, the seismology institute said.'
    )
    expect(a.sides(a.of('number')[0])).toEqual(['5.9 magnitude @ 1', '6.1 magnitude @ 0'])
  })

  it('the same event dated differently; a month agrees with its days', () => {
    const a = analysed(
      'date 2025-06-03\nThe sports tribunal backdated the four-year ban to 3 March 2021, the date the sample was taken, the tribunal said.',
      'date 2025-06-03\nThe sports tribunal backdated the four-year ban to 5 March 2021, the date the sample was taken, the tribunal said.',
      'date 2025-06-04\nThe sports tribunal backdated the four-year ban to March 2021, when the sample was taken.'
    )
    const [d, ...rest] = a.of('date')
    expect(rest).toEqual([])
    expect(a.sides(d)).toEqual(['2021-03 @ 2', '2021-03-03 @ 0', '2021-03-05 @ 1'])
    const agree = analysed(
      'date 2025-06-03\nThe sports tribunal backdated the four-year ban to 3 March 2021, the date the sample was taken, the tribunal said.',
      'date 2025-06-03\nThe sports tribunal backdated the four-year ban to March 3, 2021, the date the sample was taken, the tribunal said.'
    )
    expect(agree.of('date')).toEqual([])
  })

  it('one appearance timed differently by two reports', () => {
    const a = analysed(
      'date 2025-06-03\n"We will not abandon the valley," Governor Tomas Reyes told reporters ahead of the emergency meeting.',
      'date 2025-06-03\n"We will not abandon the valley," Governor Tomas Reyes said upon arrival at the emergency meeting.'
    )
    const [d, ...rest] = a.of('timing')
    expect(rest).toEqual([])
    expect(d!.topic).toBe('Tomas Reyes (meeting)')
    expect(a.sides(d)).toEqual(['before @ 0', 'at @ 1'])
  })

  it('a capital put in the wrong country, against the world data and the reports placing it right', () => {
    const a = analysed(
      'date 2025-06-03\nVIENNA, GERMANY\n\nThe delegation arrived on Monday for three days of talks on the valley, the ministry said.',
      'date 2025-06-03\nThe delegation arrived in Vienna, Austria, on Monday for three days of talks, the ministry said.'
    )
    const [d, ...rest] = a.of('place')
    expect(rest).toEqual([])
    expect(d!.sides.map((s) => s.text)).toEqual(['VIENNA, GERMANY', 'Vienna, Austria'])
    expect(a.sides(d)).toEqual(['Germany @ 0', 'Austria @ 1'])
  })

  it('a surname beside the full name, and a quotation cut with an ellipsis, are no disagreement', () => {
    const a = analysed(
      'date 2025-06-03\n"The mountain gave way above the village, and the houses below had no chance," said Amina Yusuf, a hydrologist. Yusuf said more rain was due.',
      'date 2025-06-03\n"The mountain gave way … and the houses below had no chance," said Amina Yusuf, a hydrologist.'
    )
    expect(a.of('spelling')).toEqual([])
    expect(a.of('quote-wording')).toEqual([])
  })

  it('reports nothing between unrelated claims, whatever their figures and places', () => {
    const a = analysed(
      'Fishermen in the harbour of Lisbon landed 300 tonnes of sardines on Monday, the port authority said.',
      'The central bank in Rome raised its interest rate by 2 percent after a meeting of its board, the governor said.',
      'In Berlin, 40 trains were cancelled before the summit as rail workers walked out, the operator announced.'
    )
    expect(a.found).toEqual([])
  })
})

describe('discrepancies on the seeds', () => {
  const found = findDiscrepancies(seeds.claims, seeds.reports)
  const ofKind = (k: string) => found.filter((d) => d.kind === k)
  const prefix = (id: string) => seeds.reports.find((r) => r.id === id)!.file.slice(0, 3)
  const sides = (d: Discrepancy) => d.sides.map((s) => `${s.text} @ ${s.reportIds.map(prefix).sort().join(',')}`)

  it('are valid, with unique deterministic ids and no formatted line', () => {
    for (const d of found) {
      Discrepancy.parse(d)
      expect(d).not.toHaveProperty('detail')
      expect([...d.claimIds].sort()).toEqual([...new Set(d.sides.flatMap((s) => s.claimIds))].sort())
    }
    expect(new Set(found.map((d) => d.id)).size).toBe(found.length)
    expect(findDiscrepancies(seeds.claims, seeds.reports)).toEqual(found)
  })

  it('flags “must continue” (000) vs “should continue” (002)', () => {
    const must = claimOf('000', 'diplomacy must continue')
    const d = ofKind('quote-wording').find((x) => x.claimIds.includes(must.id))!
    expect(sides(d)[0]).toBe('must continue @ 000')
    expect(sides(d)[1]).toMatch(/^should continue @ .*002/)
    expect(d.id).toBe(`d-quote-wording-${must.id}`)
  })

  it('flags “so far … any sign” vs “for the moment … any signs”', () => {
    const d = ofKind('quote-wording').find((x) => x.claimIds.includes(claimOf('000', 'so far we have not seen').id))!
    expect(d.claimIds).toContain(claimOf('002', 'for the moment, we have not seen').id)
    expect(sides(d).join(' | ')).toMatch(/so far.* @ 000.*\| for the moment.*signs.* @ 002/)
  })

  it('flags the BRUSSELS, FRANCE dateline of 001, with Belgium from the world data, and nothing else as a place', () => {
    const [d, ...rest] = ofKind('place')
    expect(rest).toHaveLength(0)
    expect(d!.sides.map((s) => [s.text, s.value])).toEqual([
      ['BRUSSELS, FRANCE', 'France'],
      ['Brussels, Belgium', 'Belgium']
    ])
    expect(d!.claimIds).toEqual([seeds.claims.find((c) => c.reportId === seeds.reports[1]!.id)!.id])
  })

  it('flags “ahead of / prior to the meeting” (000, 001, 002) vs “upon arrival” (004) for Stoltenberg', () => {
    const [d, ...rest] = ofKind('timing')
    expect(rest).toHaveLength(0)
    expect(d!.topic).toBe('Jens Stoltenberg (meeting)')
    expect(d!.sides.map((s) => s.value)).toEqual(['before', 'at'])
    expect(d!.sides[0]!.reportIds.map(prefix).sort()).toEqual(['000', '001', '002'])
    expect(d!.sides[1]!.reportIds.map(prefix)).toEqual(['004'])
  })

  it('never pairs claims of different clusters as a quote-wording difference', () => {
    for (const d of ofKind('quote-wording')) {
      const clusters = new Set(d.claimIds.map((id) => seeds.claims.find((c) => c.id === id)!.clusterId))
      expect(clusters.size).toBe(1)
    }
  })
})

describe('citing sides by report id', () => {
  it('keeps two reports whose files share a prefix apart', () => {
    const reports = ['a', 'b'].map((x) => reportFixture(`r${x}`, '', { file: `2024-03-12_${x}.txt`, importedAt: NOW.toISOString() }))
    const claim = (id: string, reportId: string, text: string) =>
      ({ id, reportId, text, clusterId: 'k', start: 0, end: text.length, kind: 'quote', speaker: null }) as Claim
    const d = findDiscrepancies(
      [claim('ra-1', 'ra', 'The valley lost 41 people, killed by the landslide.'), claim('rb-1', 'rb', 'The valley lost 57 people, killed by the landslide.')],
      reports
    )
    expect(d.map((x) => x.sides.map((s) => s.reportIds))).toEqual([[['ra'], ['rb']]])
  })
})

/**
 * The people index: one entry per person across reports. The folding is
 * tested on reports built here by hand (each report's linked names, as
 * extraction hands them over), with invented people whose names carry
 * particles and honorifics; then on the seeds and on text through the pipeline.
 */
import { describe, expect, it } from 'vitest'
import { Person, type Claim, type NamedInReport, type Report } from '../../src/core/model'
import { buildPeopleIndex, indexPeople } from '../../src/core/people'
import { nameTokens, within } from '../../src/core/people/identity'
import { analyseReports } from '../../src/core/pipeline'
import { claimOf, inputs, NOW, seeds } from './seedsHelper'
import { reportFixture } from '../fixtures/reports'

function report(id: string, named: Partial<NamedInReport>[]): Report {
  return reportFixture(id, '', {
    named: named.map((n) => ({ name: n.name!, kind: n.kind ?? 'person', variants: n.variants ?? [], roles: n.roles ?? [] })),
    importedAt: NOW.toISOString()
  })
}

let n = 0
function said(reportId: string, speaker: string, extra: Partial<Claim> = {}): Claim {
  const text = `Statement ${++n}.`
  return {
    id: `${reportId}-${n}`,
    reportId,
    text,
    start: 0,
    end: text.length,
    kind: 'quote',
    speaker,
    speakerKind: 'person',
    clusterId: `k-${n}`,
    entities: [{ type: 'person', text: speaker, value: speaker }],
    ...extra
  }
}

function naming(reportId: string, type: 'person' | 'organisation' | 'place', value: string): Claim {
  const text = `Claim ${++n} about ${value}.`
  return {
    id: `${reportId}-${n}`,
    reportId,
    text,
    start: 0,
    end: text.length,
    kind: 'statement',
    speaker: null,
    clusterId: `k-${n}`,
    entities: [{ type, text: value, value }]
  }
}

describe('name identity', () => {
  it('folds accents and case, drops honorifics before the name, keeps particles', () => {
    expect(nameTokens('Sheikh Hamdan bin Rashid Al Maktoum')).toEqual(['hamdan', 'bin', 'rashid', 'al', 'maktoum'])
    expect(nameTokens('Dr. Amina Yusuf')).toEqual(['amina', 'yusuf'])
    expect(nameTokens('Luiz Inácio Lula da Silva')).toEqual(nameTokens('luiz inacio lula da silva'))
  })

  it('finds a shorter name inside a longer one, particles inside it optional, a leading one not', () => {
    expect(within(nameTokens('Da Silva'), nameTokens('Luiz Inácio Lula da Silva'))).toBe(true)
    expect(within(nameTokens('Hamdan bin Rashid'), nameTokens('Hamdan Rashid Al Maktoum'))).toBe(true)
    expect(within(nameTokens('Ben Morse'), nameTokens('Samuel Morse'))).toBe(false)
    expect(within(nameTokens('J. Okafor'), nameTokens('James Okafor'))).toBe(true)
    expect(within(nameTokens('Maria Okafor'), nameTokens('James Okafor'))).toBe(false)
  })
})

describe('people index on hand-made reports', () => {
  const reports = [
    report('r1', [
      { name: 'Sheikh Hamdan bin Rashid Al Maktoum', variants: ['Sheikh Hamdan'], roles: ['Deputy Ruler of Dubai'] },
      { name: 'Ursula von der Leyen', roles: ['European Commission President'] },
      { name: 'Bashar al-Assad' },
      { name: 'Luiz Inácio Lula da Silva', variants: ['Da Silva'], roles: ['Brazilian President'] },
      { name: 'Maria Okafor', roles: ['mayor'] },
      { name: 'Samuel Morse' },
      { name: 'Jordan' }
    ]),
    report('r2', [
      { name: 'Hamdan bin Rashid' },
      { name: 'Von der Leyen' },
      { name: 'Assad' },
      { name: 'Luiz Inacio Lula da Silva', variants: ['Lula'], roles: ['Brazilian President'] },
      { name: 'James Okafor', roles: ['engineer'] },
      { name: 'Ben Morse' }
    ]),
    report('r3', [
      { name: 'Hamdan' },
      { name: 'Charles de Gaulle' },
      { name: 'de Gaulle' },
      { name: 'Okafor' },
      { name: 'Dr Amina Yusuf' },
      { name: 'Al Haouz' },
      { name: 'Interior Ministry', kind: 'organisation', variants: ['the ministry'] }
    ]),
    report('r4', [{ name: 'Lula' }, { name: 'Amina Yusuf' }, { name: 'Ministry of the Interior', kind: 'organisation', variants: ['Interior Ministry'] }])
  ]
  const claims = [
    said('r1', 'Sheikh Hamdan bin Rashid Al Maktoum'),
    said('r2', 'Hamdan bin Rashid'),
    said('r3', 'Hamdan'),
    said('r1', 'Ursula von der Leyen'),
    said('r2', 'Von der Leyen'),
    said('r1', 'Bashar al-Assad'),
    said('r2', 'Assad'),
    said('r1', 'Luiz Inácio Lula da Silva'),
    said('r2', 'Luiz Inacio Lula da Silva'),
    said('r4', 'Lula'),
    said('r1', 'Maria Okafor'),
    said('r2', 'James Okafor'),
    said('r3', 'Okafor'),
    said('r1', 'Samuel Morse'),
    said('r2', 'Ben Morse'),
    said('r3', 'Charles de Gaulle'),
    naming('r3', 'person', 'de Gaulle'),
    said('r3', 'Dr Amina Yusuf'),
    said('r4', 'Amina Yusuf'),
    said('r1', 'Jordan'),
    said('r3', 'Al Haouz'),
    naming('r1', 'place', 'Al Haouz'),
    said('r3', 'Interior Ministry', { speakerKind: 'organisation', entities: [] }),
    said('r4', 'Ministry of the Interior', { speakerKind: 'organisation', entities: [] })
  ]
  const { people } = indexPeople(claims, reports)
  const named = (name: string) => people.find((p) => p.name === name || p.variants.includes(name))
  const whoSaid = (speaker: string) => people.filter((p) => p.saidClaimIds.some((id) => claims.find((c) => c.id === id)!.speaker === speaker)).map((p) => p.name)

  it('is valid, one entry per id', () => {
    for (const p of people) Person.parse(p)
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length)
  })

  it('folds a sheikh named with bin and Al, by his full name, his short name and his first name alone', () => {
    const p = named('Hamdan')!
    expect(p.name).toBe('Sheikh Hamdan bin Rashid Al Maktoum')
    expect(p.variants).toEqual(expect.arrayContaining(['Sheikh Hamdan', 'Hamdan bin Rashid', 'Hamdan']))
    expect(p.saidClaimIds).toHaveLength(3)
    expect(p.reportIds.sort()).toEqual(['r1', 'r2', 'r3'])
    expect(p.roles).toEqual(['Deputy Ruler of Dubai'])
  })

  it('folds von der, al- and de names with their short forms', () => {
    expect(named('Von der Leyen')!.name).toBe('Ursula von der Leyen')
    expect(named('Assad')!.name).toBe('Bashar al-Assad')
    expect(named('de Gaulle')!.name).toBe('Charles de Gaulle')
    expect(named('de Gaulle')!.namedInClaimIds).toHaveLength(1)
  })

  it('makes “Lula”, “Da Silva” and both spellings of his full name one person, accents kept in the name', () => {
    const lula = named('Lula')!
    expect(lula.name).toBe('Luiz Inácio Lula da Silva')
    expect(lula.variants).toEqual(expect.arrayContaining(['Da Silva', 'Luiz Inacio Lula da Silva', 'Lula']))
    expect(lula.saidClaimIds).toHaveLength(3)
    expect(lula.roles).toEqual(['Brazilian President'])
  })

  it('keeps people who share a surname apart, and a lone surname both could own with neither', () => {
    expect(whoSaid('Maria Okafor')).toEqual(['Maria Okafor'])
    expect(whoSaid('James Okafor')).toEqual(['James Okafor'])
    expect(whoSaid('Okafor')).toEqual(['Okafor'])
    expect(whoSaid('Ben Morse')).toEqual(['Ben Morse'])
    expect(whoSaid('Samuel Morse')).toEqual(['Samuel Morse'])
  })

  it('drops an honorific: “Dr Amina Yusuf” and “Amina Yusuf” are one', () => {
    expect(whoSaid('Dr Amina Yusuf')).toEqual(whoSaid('Amina Yusuf'))
    expect(named('Amina Yusuf')!.saidClaimIds).toHaveLength(2)
  })

  it('never makes a country or a place a person', () => {
    expect(named('Jordan')).toBeUndefined()
    expect(named('Al Haouz')).toBeUndefined()
    expect(people.every((p) => p.kind === 'organisation' || !['Jordan', 'Al Haouz'].includes(p.name))).toBe(true)
  })

  it('keeps an organisation that speaks, marked as one, its names folded', () => {
    const ministry = people.filter((p) => p.kind === 'organisation')
    expect(ministry).toHaveLength(1)
    expect(ministry[0]!.saidClaimIds).toHaveLength(2)
    expect(ministry[0]!.id).toMatch(/^organisation:/)
  })
})

describe('people index on the seeds', () => {
  const people = buildPeopleIndex(seeds.claims, seeds.reports)

  it('is valid and has one entry per person', () => {
    for (const p of people) Person.parse(p)
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length)
    expect(people.map((p) => p.name)).not.toContain('Stoltenberg')
  })

  it('folds Stoltenberg across all five reports, with his titles and the claims he said', () => {
    const s = people.find((p) => p.name === 'Jens Stoltenberg')!
    expect(s.reportIds).toHaveLength(5)
    expect(s.variants).toContain('Stoltenberg')
    expect(s.roles.join(' | ')).toMatch(/Secretary.General/)
    expect(s.saidClaimIds).toContain(claimOf('001', 'cautious optimism').id)
    expect(s.kind).toBe('person')
  })

  it('never lists a country as a person', () => {
    for (const country of ['Russia', 'Ukraine', 'Belgium', 'France']) expect(people.filter((p) => p.kind === 'person').map((p) => p.name)).not.toContain(country)
  })
})

describe('people index through the pipeline', () => {
  it('folds a surname used alone in another report into the full name', () => {
    const a = analyseReports(
      inputs(
        'Lisbon Mayor Carla Moedas said on Monday that 300 families were moved out of the flooded district.\n\nMoedas said the city would pay for temporary housing.',
        'The flood forced 300 families out of their homes, Moedas told reporters in Lisbon.'
      ),
      NOW
    )
    const p = buildPeopleIndex(a.claims, a.reports).find((x) => x.name === 'Carla Moedas')!
    expect(p.reportIds).toHaveLength(2)
    expect(p.saidClaimIds.length).toBeGreaterThanOrEqual(2)
  })
})

import { describe, expect, it } from 'vitest'
import { claimEntities, datesIn, organisationsIn, quantities } from '../../src/core/entities'
import { claimOf } from './seedsHelper'

const values = (type: string, text: string, date: string | null = '2022-02-15') =>
  claimEntities(text, date, [])
    .filter((e) => e.type === type)
    .map((e) => e.value)

describe('quantities', () => {
  it('normalise figures and units, leaving comparators and years out', () => {
    expect(quantities('Russia has sent more than 100,000 troops to the border').map((q) => q.value)).toEqual(['100000 troops'])
    expect(quantities('over 100,000 Russian troops').map((q) => q.value)).toEqual(['100000 troops'])
    expect(quantities('exercises with more than 20 ships in the Barents Sea').map((q) => q.value)).toEqual(['20 ships'])
    expect(quantities('a six-meter long table').map((q) => q.value)).toEqual(['6 meter'])
    expect(quantities('1.5 million people fled').map((q) => q.value)).toEqual(['1500000 people'])
    expect(quantities('Thousands of Russian soldiers').map((q) => q.value)).toEqual(['thousands of soldiers'])
    expect(quantities('annexed the peninsula in 2014, and')).toEqual([])
  })
})

describe('dates', () => {
  it('resolve against the report date', () => {
    expect(datesIn('NATO assessed this Tuesday that', '2022-02-15').map((d) => d.value)).toEqual(['2022-02-15'])
    expect(datesIn('Since December, Russia has sent', '2022-02-15').map((d) => d.value)).toEqual(['2021-12'])
    expect(datesIn('ministers will meet tomorrow', '2022-02-15').map((d) => d.value)).toEqual(['2022-02-16'])
    expect(datesIn('annexed Crimea in 2014', '2022-02-15').map((d) => d.value)).toEqual(['2014'])
  })

  it('keep only absolute dates when the report has none', () => {
    expect(datesIn('he said on Tuesday', null)).toEqual([])
    expect(datesIn('signed on 15 Feb 2022 in Minsk', null).map((d) => d.value)).toEqual(['2022-02-15'])
  })

  it('come out of the seeds’ claims', () => {
    expect(claimOf('003', 'NATO Secretary-General').entities).toContainEqual({ type: 'date', text: 'Tuesday', value: '2022-02-15' })
    expect(claimOf('000', 'Since December').entities).toContainEqual(expect.objectContaining({ type: 'number', value: '100000 troops' }))
  })
})

describe('organisations and places', () => {
  it('name institutions canonically', () => {
    expect(organisationsIn('the Kremlin and NATO (North Atlantic Treaty Organization) and the Ministry of Defense').map((o) => o.value)).toEqual([
      'Kremlin',
      'NATO',
      'NATO',
      'Ministry of Defense'
    ])
  })

  it('fold places to canonical names', () => {
    expect(values('place', 'Troops left Kiev for Britain via Brussels and the Black Sea')).toEqual(['Kyiv', 'United Kingdom', 'Brussels', 'Black Sea'])
    expect(values('place', 'Brusselsprouts and Parisians')).toEqual([])
  })

  it('resolve people in seed claims to canonical names', () => {
    expect(claimOf('004', 'The Norwegian politician').entities).toContainEqual({ type: 'person', text: 'The Norwegian politician', value: 'Jens Stoltenberg' })
  })
})

describe('dates without chrono', () => {
  it('need a preposition or a year before a bare month, and look back for weekdays after “since”', () => {
    expect(datesIn('May I say something', '2022-02-15')).toEqual([])
    expect(datesIn('workers sent home since Friday', '2024-03-12').map((d) => d.value)).toEqual(['2024-03-08'])
    expect(datesIn('the council will meet on Wednesday', '2024-03-12').map((d) => d.value)).toEqual(['2024-03-13'])
    expect(datesIn('signed on February 15, 2022', null).map((d) => d.value)).toEqual(['2022-02-15'])
  })
})

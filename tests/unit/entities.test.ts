import { describe, expect, it } from 'vitest'
import { datesIn, quantities } from '../../src/core/entities'
import { extractReport } from '../../src/core/extract'
import { ingestReport } from '../../src/core/ingest'

const values = (text: string): string[] => quantities(text).map((q) => q.value)

describe('quantities', () => {
  it('figures with their unit, however they are written', () => {
    expect(values('Russia has sent more than 100,000 troops to the border')).toEqual(['100000 troops'])
    expect(values('over 100,000 Russian troops')).toEqual(['100000 troops'])
    expect(values('a six-meter long table')).toEqual(['6 meter'])
    expect(values('a four-year ban')).toEqual(['4 year'])
    expect(values('1.5 million people fled')).toEqual(['1500000 people'])
    expect(values('twenty-five ships sailed')).toEqual(['25 ships'])
    expect(values('the magnitude 7.0 quake and the 6.8-magnitude one')).toEqual(['7 magnitude', '6.8 magnitude'])
    expect(values('Thousands of Russian soldiers')).toEqual(['thousands of soldiers'])
    expect(values('GDP rose 37% last year')).toEqual(['37 percent'])
  })

  it('keep the comparator apart from the figure', () => {
    expect(quantities('killed at least 820 people').map((q) => [q.value, q.comparator])).toEqual([['820 people', '>=']])
    expect(quantities('more than 1,000 people').map((q) => q.comparator)).toEqual(['>'])
  })

  it('leave years, dates and clock times out', () => {
    expect(quantities('annexed the peninsula in 2014, and')).toEqual([])
    expect(quantities('from 1 January 2024 to December 25, 2021')).toEqual([])
    expect(quantities('at 11:11 pm (2211 GMT) Friday')).toEqual([])
    expect(quantities('one of the ministers')).toEqual([])
    expect(quantities('the 15th summit and the 3rd round')).toEqual([])
  })
})

describe('dates', () => {
  it('resolve against the report date', () => {
    expect(datesIn('NATO assessed this Tuesday that', '2022-02-15').map((d) => d.value)).toEqual(['2022-02-15'])
    expect(datesIn('Since December, Russia has sent', '2022-02-15').map((d) => d.value)).toEqual(['2021-12'])
    expect(datesIn('ministers will meet tomorrow', '2022-02-15').map((d) => d.value)).toEqual(['2022-02-16'])
    expect(datesIn('annexed Crimea in 2014', '2022-02-15').map((d) => d.value)).toEqual(['2014'])
    expect(datesIn('members from January next year', '2023-08-24').map((d) => d.value)).toEqual(['2024-01'])
  })

  it('keep only absolute dates when the report has none', () => {
    expect(datesIn('he said on Tuesday', null)).toEqual([])
    expect(datesIn('signed on 15 Feb 2022 in Minsk', null).map((d) => d.value)).toEqual(['2022-02-15'])
    expect(datesIn('May I say something', '2022-02-15')).toEqual([])
    expect(datesIn('workers sent home since Friday', '2024-03-12').map((d) => d.value)).toEqual(['2024-03-08'])
    expect(datesIn('the council will meet on Wednesday', '2024-03-12').map((d) => d.value)).toEqual(['2024-03-13'])
  })
})

describe('entities of a claim', () => {
  const report = ingestReport(
    {
      file: 'made-up.txt',
      content: [
        'date: 2024-03-12',
        '',
        'The World Meteorological Organization (WMO) said on Tuesday that Tavira and Faro recorded 44 degrees.',
        '',
        'Portuguese Environment Minister Carla Nunes said 3,000 firefighters were deployed. The minister added that the WMO would publish its report in May.'
      ].join('\n')
    },
    '2024-03-12T12:00:00.000Z'
  )
  const { claims, named } = extractReport(report)
  const entities = (words: string) => claims.find((c) => c.text.includes(words))!.entities ?? []

  it('name people, organisations and places by their canonical names', () => {
    expect(entities('44 degrees')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'organisation', value: 'World Meteorological Organization' }),
        expect.objectContaining({ type: 'number', value: '44 degrees' }),
        expect.objectContaining({ type: 'date', value: '2024-03-12' })
      ])
    )
    // "the minister" is Carla Nunes; "the WMO" is the organisation named in full before.
    expect(entities('publish its report')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'person', value: 'Carla Nunes' }),
        expect.objectContaining({ type: 'organisation', value: 'World Meteorological Organization' })
      ])
    )
  })

  it('the report keeps who it names, with their forms and roles; a country is never a person', () => {
    expect(named).toContainEqual(expect.objectContaining({ name: 'Carla Nunes', kind: 'person', roles: ['Portuguese Environment Minister'] }))
    expect(named).toContainEqual(expect.objectContaining({ name: 'World Meteorological Organization', kind: 'organisation', variants: ['WMO'] }))
    expect(named.some((n) => n.name === 'Portugal')).toBe(false)
  })
})

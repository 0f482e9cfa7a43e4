/**
 * Two reports written for this test, on an invented flood and an invented
 * drought, in styles the seeds and the dev corpus do not have: a live blog
 * (time-stamped entries, a key-points box, a share bar, adverts, a sign-up
 * prompt) and an agency item with a mixed-case dateline carrying a full date,
 * a picture caption with a bracketed credit, a reading-list line, a
 * contributors' trailer and a copyright footer.
 */
import { describe, expect, it } from 'vitest'
import { ingestReport } from '../../src/core/ingest'
import { Report } from '../../src/core/model'

const AT = '2025-03-04T09:00:00.000Z'

const liveBlog = [
  'Live: Floodwaters rise along the Vireo river',
  'Last updated 14:52 GMT',
  '',
  'Key points',
  '- The Vireo crested at 7.4 metres in Tallow, the regional water board said.',
  '- About 3,200 residents have been told to leave low-lying districts.',
  '- Schools in Tallow will stay shut on Wednesday.',
  '',
  'Share Facebook Twitter WhatsApp Email',
  '',
  '14:52 GMT',
  'Water board engineer Priya Osei said the levee at Marsh Lane "is holding, but only just".',
  '',
  '14:31 GMT',
  'About 3,200 residents have been told to leave low-lying districts, the county council said in a statement.',
  '',
  'Advertisement',
  '',
  '14:05 GMT',
  'Rail services between Tallow and Brenmoor are suspended until at least Thursday, operator Northline said.',
  'Posted by Hana Kowal',
  '',
  '13:40 GMT',
  'The Vireo crested at 7.4 metres in Tallow, the regional water board said, the highest reading since records began in 1911.',
  '',
  'Sign up for our breaking news alerts'
].join('\n')

const agencyItem = [
  'Montevideo, 3 March 2025 (ANSA) – The state water company Aguas del Sur said on Monday that its main reservoir held 11 percent of capacity, and that mains pressure in the capital would be cut every night from Wednesday.',
  '',
  'Fishing boats lie on the dry bed of the Paso Hondo reservoir on Sunday. (Photo: ANSA/Marta Ruiz)',
  '',
  'Company president Julián Berro told a news conference that tankers would serve hospitals and schools first.',
  '',
  'RELATED: Farmers in the north ask for emergency credit',
  '',
  'Rationing plans',
  '',
  'The environment ministry said rainfall since October was 60 percent below the 30-year average.',
  '',
  '(Reporting by Lucía Ferrer; Editing by Tom Hale)',
  'Copyright 2025 ANSA. All rights reserved.'
].join('\n')

describe('ingest on an invented live blog', () => {
  const report = ingestReport({ file: 'vireo-live.txt', content: liveBlog }, AT)
  const aside = (role: string) => report.furniture.filter((p) => p.role === role).map((p) => p.text)

  it('is a valid report that keeps the original', () => {
    expect(Report.parse(report)).toEqual(report)
    expect(report.original).toBe(liveBlog)
  })

  it('takes the headline as title and sets the page furniture aside', () => {
    expect(report.title).toBe('Live: Floodwaters rise along the Vireo river')
    expect(aside('headline')).toEqual(['Live: Floodwaters rise along the Vireo river'])
    expect(aside('timestamp')).toEqual(['Last updated 14:52 GMT', '14:52 GMT', '14:31 GMT', '14:05 GMT', '13:40 GMT'])
    expect(aside('boilerplate')).toEqual(['Share Facebook Twitter WhatsApp Email', 'Advertisement', 'Sign up for our breaking news alerts'])
    expect(aside('byline')).toEqual(['Posted by Hana Kowal'])
    expect(report.byline).toBe('Posted by Hana Kowal')
    // Times of day alone name no date.
    expect(report.date).toBeNull()
  })

  it('sets aside the key points the entries repeat, keeps the one they do not', () => {
    expect(aside('summary')).toEqual([
      'Key points',
      '- The Vireo crested at 7.4 metres in Tallow, the regional water board said.',
      '- About 3,200 residents have been told to leave low-lying districts.'
    ])
    expect(report.text).toContain('- Schools in Tallow will stay shut on Wednesday.')
  })

  it('keeps every entry, in order, as written', () => {
    expect(report.text).toBe(
      [
        '- Schools in Tallow will stay shut on Wednesday.',
        '',
        'Water board engineer Priya Osei said the levee at Marsh Lane "is holding, but only just".',
        '',
        'About 3,200 residents have been told to leave low-lying districts, the county council said in a statement.',
        '',
        'Rail services between Tallow and Brenmoor are suspended until at least Thursday, operator Northline said.',
        '',
        'The Vireo crested at 7.4 metres in Tallow, the regional water board said, the highest reading since records began in 1911.'
      ].join('\n')
    )
  })
})

describe('ingest on an invented agency item', () => {
  const report = ingestReport({ file: 'montevideo.txt', content: agencyItem }, AT)
  const aside = (role: string) => report.furniture.filter((p) => p.role === role).map((p) => p.text)

  it('is a valid report that keeps the original', () => {
    expect(Report.parse(report)).toEqual(report)
    expect(report.original).toBe(agencyItem)
  })

  it('reads the mixed-case dateline with its full date and agency', () => {
    expect(report.dateline).toBe('Montevideo')
    expect(report.date).toBe('2025-03-03')
    expect(aside('dateline')).toEqual(['Montevideo, 3 March 2025 (ANSA) –'])
    expect(report.credits).toEqual(['ANSA', 'Reporting by Lucía Ferrer; Editing by Tom Hale'])
    expect(report.text.startsWith('The state water company Aguas del Sur said on Monday')).toBe(true)
  })

  it('sets the caption, reading list, subhead, trailer and footer aside and keeps the reporting', () => {
    expect(aside('caption')).toEqual(['Fishing boats lie on the dry bed of the Paso Hondo reservoir on Sunday. (Photo: ANSA/Marta Ruiz)'])
    expect(aside('boilerplate')).toEqual(['RELATED: Farmers in the north ask for emergency credit', 'Copyright 2025 ANSA. All rights reserved.'])
    expect(aside('subhead')).toEqual(['Rationing plans'])
    expect(aside('credit')).toEqual(['(Reporting by Lucía Ferrer; Editing by Tom Hale)'])
    expect(report.title).toBe('The state water company Aguas del Sur said on Monday that its main reservoir held 11 percent of capacity…')
    expect(report.text.split('\n\n')).toEqual([
      'The state water company Aguas del Sur said on Monday that its main reservoir held 11 percent of capacity, and that mains pressure in the capital would be cut every night from Wednesday.',
      'Company president Julián Berro told a news conference that tankers would serve hospitals and schools first.',
      'The environment ministry said rainfall since October was 60 percent below the 30-year average.'
    ])
  })
})

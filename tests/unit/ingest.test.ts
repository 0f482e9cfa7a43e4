import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestReport, normaliseText, reportIdFor } from '../../src/core/ingest'
import { Report } from '../../src/core/model'

const dir = join(import.meta.dirname, '../../seeds')
const AT = '2022-02-16T00:00:00.000Z'
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const seed = (prefix: string) => {
  const file = seeds.find((f) => f.startsWith(prefix))!
  const content = readFileSync(join(dir, file), 'utf8')
  return { file, content, report: ingestReport({ file, content }, AT) }
}

describe('ingest on the seeds', () => {
  it('every seed yields a valid report that keeps the original exactly', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { content, report } = seed(prefix)
      expect(Report.parse(report)).toEqual(report)
      expect(report.original).toBe(content)
    }
  })

  it('000: leading date on the body line, credit line', () => {
    const { report } = seed('000')
    expect(report.date).toBe('2022-02-15')
    expect(report.credits).toEqual(['With AFP, Ansa and Reuters'])
    expect(report.dateline).toBeNull()
    expect(report.text.startsWith('The secretary general of the western military alliance NATO')).toBe(true)
    expect(report.text).not.toMatch(/date 2022|With AFP/)
    expect(report.title).toMatch(/^The secretary general .*Jens Stoltenberg/)
    expect(report.title!.length).toBeLessThanOrEqual(120)
  })

  it('001: headline as title, dateline line', () => {
    const { report } = seed('001')
    expect(report.date).toBe('2022-02-15')
    expect(report.title).toBe('NATO Secretary-General Jens Stoltenberg says Russia is showing signs that diplomacy should continue.')
    expect(report.dateline).toBe('BRUSSELS, FRANCE')
    expect(report.text).not.toContain('BRUSSELS, FRANCE')
    expect(report.credits).toEqual([])
  })

  it('002: credit, section label and photo caption leave the body', () => {
    const { report } = seed('002')
    expect(report.date).toBeNull()
    expect(report.credits).toEqual(['With information from AFP and EFE'])
    expect(report.text).not.toContain('INTERNATIONAL WRITING')
    expect(report.text).not.toContain('Photo:')
    expect(report.text).not.toContain('With information')
    expect(report.text).toContain('Both leaders were sitting at a six-meter long table')
    expect(report.original).toContain('Photo: EFE/EPA/OLEG PETRASYUK')
  })

  it('003: "(15 Feb 2022)" prefix and the AP trailer', () => {
    const { report } = seed('003')
    expect(report.date).toBe('2022-02-15')
    expect(report.text.startsWith('NATO Secretary-General Jens Stoltenberg said')).toBe(true)
    for (const junk of ['Ссылка', 'AP Archive', 'Twitter', 'Instagram', 'Ещё видео']) expect(report.text).not.toContain(junk)
    expect(report.text.trimEnd().endsWith('a gesture that changed the tenor after weeks of tensions.')).toBe(true)
  })

  it('004: no metadata, whole body kept', () => {
    const { report } = seed('004')
    expect(report.date).toBeNull()
    expect(report.credits).toEqual([])
    expect(report.dateline).toBeNull()
    expect(report.text).toContain('The Norwegian politician said')
  })

  it('ids are stable and ignore cosmetic differences', () => {
    const { file, content, report } = seed('000')
    expect(ingestReport({ file, content }, AT).id).toBe(report.id)
    expect(ingestReport({ file: 'other', content: content.replace(/\n/g, '\r\n') + '  \n' }, AT).id).toBe(report.id)
    expect(reportIdFor(normaliseText(content))).toBe(report.id)
  })
})

describe('ingest generalises beyond the seeds', () => {
  const made = [
    'Date: March 3, 2023 KYIV, Ukraine (AP) — Mayor Anna Kowalczyk said the bridge reopened after 14 months of repairs.',
    '',
    'SPORTS DESK',
    '',
    'Engineers inspected 312 joints, the city said.',
    'Follow-on talks will be held on Monday.',
    'Crews may close one lane and/or the ramp',
    'Rescue workers near the site on Monday. Photo by Jan Nowak/Reuters',
    '',
    '(With Reuters and DPA)',
    'Subscribe to our channel: https://example.com/sub',
    'Telegram: [ link ]',
    'Больше новостей!'
  ].join('\n')
  const report = ingestReport({ file: 'made.txt', content: made }, AT)

  it('takes other date formats, inline datelines and credits', () => {
    expect(report.date).toBe('2023-03-03')
    // The dateline is the place; the agency in it is a credit.
    expect(report.dateline).toBe('KYIV, Ukraine')
    expect(report.credits).toEqual(['AP', 'With Reuters and DPA'])
    expect(report.text.startsWith('Mayor Anna Kowalczyk said')).toBe(true)
  })

  it('drops unseen trailers, labels and captions but keeps the reporting', () => {
    for (const junk of ['SPORTS DESK', 'Subscribe', 'Telegram', 'Photo by', 'Больше']) expect(report.text).not.toContain(junk)
    expect(report.text).toContain('Engineers inspected 312 joints, the city said.')
    expect(report.text).toContain('Follow-on talks will be held on Monday.')
    expect(report.text).toContain('Crews may close one lane and/or the ramp')
    expect(report.original).toBe(made)
  })

  it('keeps short lines of a report in another script when they are mostly its script', () => {
    const ru = ingestReport({ file: 'ru.txt', content: 'Москва заявила об отводе части войск от границы.\nNATO заявило о первых сигналах.\nWatch more!' }, AT)
    expect(ru.text).toContain('NATO заявило о первых сигналах.')
    expect(ru.text).not.toContain('Watch more')
  })

  it('normalises NFC, spaces and line breaks', () => {
    expect(normaliseText('  Cafe\u0301\u00a0 au\tlait \r\n\r\n\r\n\r\nnext\u200b line ')).toBe('Café au lait\n\nnext line')
  })
})

describe('furniture rules on shapes no report here has', () => {
  const ingest = (content: string) => ingestReport({ file: 'x.txt', content }, AT)

  it('keeps prose that merely opens like furniture', () => {
    const prose = [
      'The talks in Geneva ended without agreement on Tuesday, officials said.',
      'By Tuesday, Russia had withdrawn 10,000 troops.',
      'With the troops gone, the border town was quiet.',
      'Sources said the talks had failed.',
      'Comments by the minister drew criticism.',
      'Also on Monday, our correspondent saw the convoy.',
      'NATO — the alliance — said it would respond.',
      'Posted 3 March, the letter said the plant would close.',
      'The ministry did not immediately respond to a request for comment.',
      'Netflix said subscribers rose to 260 million as its ad-free tier grew.',
      'Published in 2019, the report found 40 faults.'
    ]
    for (const sep of ['\n', '\n\n']) {
      const report = ingest(prose.join(sep))
      expect(report.text).toBe(prose.join(sep))
      expect(report.furniture).toEqual([])
    }
  })

  it('reads other dateline forms', () => {
    const reuters = ingest('date: 2024-02-05\n\nWASHINGTON (Reuters) - The U.S. Senate passed the bill on Monday.')
    expect([reuters.dateline, reuters.credits, reuters.text]).toEqual(['WASHINGTON', ['Reuters'], 'The U.S. Senate passed the bill on Monday.'])
    const pti = ingest('date: 2024-02-05\n\nNEW DELHI, Feb 3 (PTI): The court adjourned the hearing to March.')
    expect([pti.dateline, pti.credits, pti.date]).toEqual(['NEW DELHI', ['PTI'], '2024-02-05'])
    const undated = ingest('NEW DELHI, Feb 3 (PTI): The court adjourned the hearing to March.')
    expect(undated.date).toBe('2022-02-03')
    // Imported on 16 February 2022, "March 3" is last year's: news is not dated ahead of the day it is read.
    const london = ingest('LONDON, March 3 — Train drivers will strike for 48 hours, the union said.')
    expect([london.dateline, london.date, london.text]).toEqual(['LONDON', '2021-03-03', 'Train drivers will strike for 48 hours, the union said.'])
    // A place alone in capitals after the story has begun is a section's subhead, not the report's dateline.
    const later = ingest('The ferry sank on Sunday.\n\nTwelve crew were rescued.\n\nThe owner blamed the storm.\n\nMOSCOW\n\nThe Kremlin said nothing.')
    expect(later.dateline).toBeNull()
    expect(later.furniture).toEqual([{ role: 'subhead', text: 'MOSCOW' }])
    // A place alone in mixed case is no dateline either: here it is the headline.
    expect(ingest('Russia\n\nThe Kremlin said nothing on Monday.').dateline).toBeNull()
  })

  it('sets aside unseen page chrome by its shape', () => {
    const page = [
      'By Jane Doe | Reuters | Updated 3 March 2023',
      '',
      'The port reopened on Friday after a week of repairs, the harbour master said.',
      '',
      'READ MORE: Storm damage closes second terminal',
      '',
      'Cranes stand idle at the northern quay on Thursday. Photo by John Roe/Getty Images',
      '',
      'Story continues below advertisement',
      '',
      'Shipping lines said they would resume calls next week.',
      '',
      'Share this article',
      'Reporting by Jane Doe; Editing by Tom Hale',
      'Copyright 2023 Reuters. All rights reserved.'
    ].join('\n')
    const report = ingest(page)
    expect(report.text).toBe('The port reopened on Friday after a week of repairs, the harbour master said.\n\nShipping lines said they would resume calls next week.')
    expect(report.furniture.map((p) => p.role)).toEqual(['byline', 'timestamp', 'boilerplate', 'caption', 'boilerplate', 'boilerplate', 'credit', 'boilerplate'])
    expect(report.byline).toBe('By Jane Doe | Reuters')
    expect(report.credits).toEqual(['Reporting by Jane Doe; Editing by Tom Hale'])
    // Another house style: labelled picture sources and captions, a relative stamp, a modified-on line.
    const other = ingest(
      [
        '5 hours ago',
        'Image source, Getty Images',
        'Image caption, Rescuers worked through the night',
        'Last modified on Tue 15 Feb 2022 18.05 GMT',
        'Skip to main content',
        'Rescuers pulled 14 people from the rubble, the fire service said.'
      ].join('\n')
    )
    expect(other.furniture.map((p) => p.role)).toEqual(['timestamp', 'credit', 'credit', 'timestamp', 'boilerplate'])
    expect(other.text).toBe('Rescuers pulled 14 people from the rubble, the fire service said.')
    expect(other.date).toBe('2022-02-15')
    // An update stamp dates the report when nothing else does.
    expect(report.date).toBe('2023-03-03')
  })
})

describe('subheads', () => {
  it('an attributed statement set as a subhead stays in the body; a label leaves it', () => {
    const content = [
      'Port strike spreads to second terminal',
      '',
      'Dockers at the northern terminal of the port of Varna walked out on Tuesday, the union said, joining colleagues who struck last week.',
      '',
      'TALKS HAVE COLLAPSED, UNION LEADER WARNS',
      '',
      'The union said talks with the port operator ended without a date for a new meeting, and that the strike would continue.',
      '',
      'Cargo backlog',
      '',
      'Shipping agents said at least 40 vessels were waiting at anchor outside the harbour on Tuesday evening.'
    ].join('\n')
    const report = ingestReport({ file: 'varna.txt', content }, '2025-03-04T09:00:00.000Z')
    expect(report.text).toContain('TALKS HAVE COLLAPSED, UNION LEADER WARNS')
    expect(report.text).not.toContain('Cargo backlog')
    expect(report.furniture.map((f) => f.text)).toContain('Cargo backlog')
  })
})

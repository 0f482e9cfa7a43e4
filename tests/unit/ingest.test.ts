import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestReport, normaliseText, reportIdFor } from '../../src/core/ingest'
import { Report } from '../../src/core/model'

const dir = join(import.meta.dirname, '../../seeds')
const AT = '2022-02-16T00:00:00.000Z'
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
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

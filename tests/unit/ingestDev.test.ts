/**
 * Ingest on the dev corpus (../shared/corpus/dev: twelve real reports, three
 * events, four outlets each; never copied into the project). Every gold
 * boilerplate phrase must leave the body, every gold claim anchor must stay in
 * it, and the metadata GOLD.md describes (page address, date, dateline,
 * byline, agency credits) must be read. Skips, saying so, only where the
 * corpus is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestReport } from '../../src/core/ingest'
import type { Report } from '../../src/core/model'

const dir = join(import.meta.dirname, '../../../shared/corpus/dev')
const present = existsSync(join(dir, 'gold.json'))
if (!present) console.warn(`ingest dev corpus test skipped: ${dir} is absent`)

interface Gold {
  claims: { id: string; anchors: Record<string, string> }[]
  boilerplate: Record<string, string[]>
}

const AT = '2026-12-01T00:00:00.000Z'

describe.skipIf(!present)('ingest on the dev corpus', () => {
  const gold = present ? (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold) : { claims: [], boilerplate: {} }
  const files = present
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : []
  const contents = new Map(files.map((f) => [f.slice(0, 3), readFileSync(join(dir, f), 'utf8')]))
  const reports = new Map<string, Report>(files.map((f) => [f.slice(0, 3), ingestReport({ file: f, content: contents.get(f.slice(0, 3))! }, AT)]))
  const report = (key: string): Report => reports.get(key)!
  const roles = (key: string) => report(key).furniture.map((p) => p.role)

  it('reads all twelve reports', () => {
    expect(files).toHaveLength(12)
  })

  it('no gold boilerplate phrase is left in any body', () => {
    const leaks: string[] = []
    let phrases = 0
    for (const [key, list] of Object.entries(gold.boilerplate)) {
      for (const phrase of list) {
        phrases++
        if (report(key).text.includes(phrase)) leaks.push(`${key}: ${phrase}`)
      }
    }
    console.log(`dev corpus: ${phrases - leaks.length}/${phrases} boilerplate phrases set aside`)
    expect(leaks).toEqual([])
  })

  it('every gold claim anchor stays in its body, the subhead that names its speaker included', () => {
    const missing: string[] = []
    let anchors = 0
    for (const claim of gold.claims) {
      for (const [key, anchor] of Object.entries(claim.anchors)) {
        anchors++
        if (!report(key).text.includes(anchor)) missing.push(`${claim.id}@${key}: ${anchor}`)
      }
    }
    console.log(`dev corpus: ${anchors - missing.length}/${anchors} anchors kept in the body`)
    expect(missing).toEqual([])
  })

  it('reads each page address and date from the header lines', () => {
    // GOLD.md's table gives each file's URL; the `date:` header line its date.
    const table = readFileSync(join(dir, 'GOLD.md'), 'utf8')
    for (const f of files) {
      const url = new RegExp(`^\\| ${f.replace('.', '\\.')} \\|[^|]*\\| (\\S+) \\|$`, 'm').exec(table)?.[1]
      const date = /^date: (\d{4}-\d{2}-\d{2})$/m.exec(contents.get(f.slice(0, 3))!)?.[1]
      expect(report(f.slice(0, 3)).url, f).toBe(url)
      expect(report(f.slice(0, 3)).date, f).toBe(date)
      expect(
        report(f.slice(0, 3))
          .furniture.slice(0, 2)
          .map((p) => p.role),
        f
      ).toEqual(['boilerplate', 'timestamp'])
    }
  })

  it('parses the datelines, bylines and agency credits', () => {
    expect(report('d14').dateline).toBe('RABAT (Morocco)')
    expect(report('d14').text.startsWith('A rare, powerful earthquake struck Morocco')).toBe(true)
    expect(report('d33').dateline).toBe('Moscow')
    expect(report('d33').credits).toEqual(['APP - UrduPoint / Pakistan Point News'])
    expect(report('d33').byline).toBe('Zeeshan Mehtab')
    expect(report('d33').text.startsWith('The Kremlin on Monday slammed')).toBe(true)
    expect(report('d31').credits).toEqual(['CNN'])
    expect(report('d31').byline).toBe('By George Ramsay and Ben Morse, CNN')
    expect(report('d31').text.startsWith('Russian figure skater Kamila Valieva has been found guilty')).toBe(true)
    expect(report('d12').credits).toEqual(['AFP'])
    expect(report('d23').credits).toEqual(['Additional reporting by Reuters'])
    // "AFP" under d11's photo credits the picture, not the text.
    expect(report('d11').credits).toEqual([])
    for (const key of ['d11', 'd13', 'd21', 'd22', 'd24', 'd32', 'd34']) {
      expect(report(key).dateline, key).toBeNull()
      expect(report(key).byline, key).toBeNull()
    }
  })

  it('gives each set-aside line its role', () => {
    expect(roles('d11').slice(2)).toEqual(['headline', 'caption', 'credit', 'subhead'])
    expect(report('d11').title).toBe('Morocco earthquake death toll rises to 820')
    expect(roles('d21').slice(2)).toEqual(['caption'])
    expect(roles('d22').slice(2)).toEqual(['boilerplate', 'boilerplate', 'caption', 'caption', 'subhead'])
    expect(roles('d23').slice(2)).toEqual(['subhead', 'credit'])
    expect(roles('d24').slice(2)).toEqual(['subhead', 'subhead'])
    // d31 closes on the outlet's note that it asked others for comment.
    expect(roles('d31').slice(2)).toEqual(['timestamp', 'timestamp', 'byline', 'credit', 'boilerplate'])
    // d32's subhead "'WAR DECLARED' ON RUSSIAN SPORT, ROC SAYS" names who says it: a statement, kept in the body.
    expect(roles('d32').slice(2)).toEqual(['headline'])
    expect(roles('d33').slice(2)).toEqual(['headline', 'byline', 'timestamp', 'dateline'])
    // d34: the standfirst quote the body repeats, the "In Summary" box (its bullets repeated in the body), the caption printed twice and its credit.
    expect(roles('d34').slice(2)).toEqual(['headline', 'summary', 'summary', 'summary', 'summary', 'caption', 'caption', 'credit'])
    expect(report('d34').text).toContain('"The doping of children is unforgivable," Wada said in response.')
    expect(roles('d12').slice(2)).toEqual(['credit'])
    expect(roles('d13').slice(2)).toEqual([])
  })

  it('takes a dateline day without a year from the report date, else the import day', () => {
    const body = contents.get('d14')!.replace(/^(?:source|date): .*\n/gm, '')
    const inSeptember = ingestReport({ file: 'd14', content: body }, '2023-09-10T08:00:00.000Z')
    expect(inSeptember.date).toBe('2023-09-09')
    expect(inSeptember.dateline).toBe('RABAT (Morocco)')
    // Read the next January, "Sept 9" is last September's, not a date in the future.
    expect(ingestReport({ file: 'd14', content: body }, '2024-01-05T08:00:00.000Z').date).toBe('2023-09-09')
    const withHeader = ingestReport({ file: 'd14', content: `date: 2021-09-12\n${body}` }, AT)
    expect(withHeader.date).toBe('2021-09-12')
  })
})

/**
 * The brief's first rule, checked on real and unseen copy: nothing stands in
 * quotation marks in any format unless a report cited beside it prints those
 * words in quotation marks (briefQuoteCheck.ts, written apart from the brief's
 * own code). Run on the seeds, on the dev corpus (../shared/corpus/dev, read
 * in place when this machine has it, never copied) and on reports written for
 * the tests that the engine was not tuned on (tests/fixtures/invented, brief).
 * On each: every disagreement the analysis finds is listed, every report with
 * a `source:` URL is named by its host and linked, and the review coverage is stated.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { analyseClaims } from '../../src/core/analysis'
import { BRIEF_FORMATS, renderBriefFile, type BriefFormat } from '../../src/core/brief'
import { outletOf } from '../../src/core/reports/label'
import { emptyStore, ReviewState, type StoreData } from '../../src/core/model'
import { importReports } from '../../src/core/pipeline'
import { applyReview } from '../../src/core/review/review'
import { readSeedReports } from '../../src/core/store/files'
import { misquotes, quotationCount } from './briefQuoteCheck'

const now = new Date('2026-03-15T12:00:00Z')
const root = resolve(import.meta.dirname, '../..')
const devDir = resolve(root, '../shared/corpus/dev')

/** A desk of these reports with every claim given a verdict in turn, so every section and format carries claims. */
async function deskOf(dir: string, only: (file: string) => boolean = () => true): Promise<StoreData> {
  const inputs = (await readSeedReports(dir)).filter((r) => only(r.file))
  let data = importReports(emptyStore(), inputs, now).data
  data = { ...data, settings: { editorName: 'Ann Editor', organisation: 'The Daily Check', url: 'https://check.example/briefs' } }
  data.claims.forEach((c, i) => {
    const verdict = ReviewState.options[i % ReviewState.options.length]!
    if (verdict !== 'unreviewed') data = applyReview(data, { claimId: c.id, verdict, note: '', editor: 'Ann Editor' }, now)
  })
  return data
}

/** What each format prints, as text a reader sees: DOCX unzipped, HTML without tags, JSON-LD and CSV as their strings. */
async function printed(data: StoreData, format: Exclude<BriefFormat, 'pdf'>): Promise<string> {
  const { content } = await renderBriefFile(data, format, { scope: 'all' }, now)
  if (format === 'docx') {
    const xml = strFromU8(unzipSync(content as Uint8Array)['word/document.xml']!)
    return xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  }
  if (format === 'html') {
    return (content as string)
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  }
  if (format === 'claimreview') {
    // Each review's claim, cited by the reports it appears in (their URLs, or their headlines when they have none).
    interface Review {
      claimReviewed: string
      itemReviewed: { appearance: Array<{ url?: string; headline?: string }> }
    }
    const doc = JSON.parse(content as string) as { '@graph': Review[] }
    const numberOf = (a: { url?: string; headline?: string }): number =>
      data.reports.findIndex(
        (r) => (a.url !== undefined && r.url !== null && new URL(r.url).href === a.url) || (a.headline !== undefined && r.title?.trim() === a.headline)
      ) + 1
    return doc['@graph'].map((r) => `${r.claimReviewed} ${r.itemReviewed.appearance.map((a) => `[${numberOf(a)}]`).join('')}`).join('\n')
  }
  if (format === 'csv') {
    // id, source, outlet, url, speaker, claim: the claim cited by its source column. Fields are RFC 4180-quoted, so their
    // own marks are doubled: read back by the parser in briefFormats.test.ts's way, kept simple here with a split on rows.
    return (content as string)
      .split('\r\n')
      .slice(1)
      .map((line) => {
        const cells = [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
        return `${cells[5]?.replace(/^'/, '') ?? ''} [${cells[1]}]`
      })
      .join('\n')
  }
  return (content as string).replace(/\\(.)/g, '$1')
}

const TEXT_FORMATS = BRIEF_FORMATS.filter((f): f is Exclude<BriefFormat, 'pdf'> => f !== 'pdf')

function corpora(): Array<[string, () => Promise<StoreData>]> {
  const list: Array<[string, () => Promise<StoreData>]> = [
    ['the seeds', () => deskOf(join(root, 'seeds'))],
    ['invented reports (ferry fire)', () => deskOf(join(root, 'tests/fixtures/invented'))],
    ['invented reports (dam)', () => deskOf(join(root, 'tests/fixtures/brief'))],
    ['made-up reports (harbour)', () => deskOf(join(root, 'tests/fixtures/made-up'))]
  ]
  if (existsSync(devDir)) {
    const events = [...new Set(readdirSync(devDir).flatMap((n) => /_(e\d+)_/.exec(n)?.[1] ?? []))].sort()
    for (const e of events) list.push([`the dev corpus, event ${e}`, () => deskOf(devDir, (file) => file.includes(`_${e}_`))])
  }
  return list
}

describe.each(corpora())('the brief of %s', (_name, load) => {
  it('quotes nobody in any format unless a cited report quotes them so', async () => {
    const data = await load()
    let quotations = 0
    for (const format of TEXT_FORMATS) {
      const text = await printed(data, format)
      expect(misquotes(text, data), `${format}`).toEqual([])
      quotations += quotationCount(text)
    }
    // The check looked at quotations (a brief without any would pass it trivially).
    if (data.claims.some((c) => (c.quoted ?? []).length > 0)) expect(quotations).toBeGreaterThan(0)
  })

  it('lists every disagreement, names every report with a URL by its host and link, and states the coverage', async () => {
    const data = await load()
    const { discrepancies } = analyseClaims(data.claims, data.reports)
    const { model, content } = await renderBriefFile(data, 'md', { scope: 'reviewed' }, now)
    expect(model.disagreements.map((d) => d.id).sort()).toEqual(discrepancies.map((d) => d.id).sort())
    const md = content as string
    const listed = md.slice(md.indexOf('## Where sources disagree'), md.indexOf('## Who said what'))
    expect(listed.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(discrepancies.length)
    for (const r of data.reports.filter((r) => r.url)) {
      const source = model.sources.find((s) => s.reportId === r.id)!
      expect(source.outlet).toBe(outletOf(r))
      expect(md).toContain(`**${source.outlet!.replace(/[\\`*[\]<>#|]/g, (c) => `\\${c}`)}**`)
      expect(md).toContain(`<${source.url}>`)
    }
    expect(md).toMatch(new RegExp(`\\b\\d+ of ${model.coverage.total} claims reviewed\\b`))
  })
})

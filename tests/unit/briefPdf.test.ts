/**
 * The brief as PDF, printed by Chromium (the CLI's printer) and read back with
 * pdfinfo and pdftotext: A4, numbered pages, every reviewed claim and note.
 * Apart from briefFormats.test.ts because it starts a browser (not in test:fast).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPdf } from '../../src/cli/pdf'
import { buildBrief, renderBriefFile, type BriefOptions } from '../../src/core/brief'
import type { StoreData } from '../../src/core/model'
import { misquotes, quotationCount } from './briefQuoteCheck'
import { expectEveryReviewedItem, now, seededStore, squash } from './briefSeedFixture'

let data: StoreData
let dir: string
const options: BriefOptions = { scope: 'reviewed', closing: 'Next update at 18:00 CET.' }

beforeAll(async () => {
  data = await seededStore()
  dir = mkdtempSync(join(tmpdir(), 'factdesk-brief-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('brief exports, parsed back', () => {
  it('PDF: A4 pages with page numbers, every reviewed claim in the text', async () => {
    const { content } = await renderBriefFile(data, 'pdf', options, now, chromiumPdf('A4'))
    const path = join(dir, 'brief.pdf')
    writeFileSync(path, content)
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:.*\(A4\)/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    // The footer stamps "n / total" on every page (pdftotext may drop the spaces).
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`\\b${n}\\s*/\\s*${pages}\\b`))
    expectEveryReviewedItem(buildBrief(data, options, now), text, (v) => v.toUpperCase())
    expect(squash(text)).toContain('Next update at 18:00 CET.')
  }, 60_000)

  it('PDF: nothing in quotation marks that a cited report does not quote so', async () => {
    const { content } = await renderBriefFile(data, 'pdf', { scope: 'all' }, now, chromiumPdf('A4'))
    const path = join(dir, 'quotes.pdf')
    writeFileSync(path, content)
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    expect(quotationCount(text)).toBeGreaterThan(0)
    expect(misquotes(text, data)).toEqual([])
  }, 60_000)
})

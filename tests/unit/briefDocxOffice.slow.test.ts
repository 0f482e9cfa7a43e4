/**
 * The Word brief as Word users see it: converted to PDF by LibreOffice (when
 * this machine has it), then read back. Every reviewed claim with its verdict
 * and note, the sources, and no quotation a cited report does not make.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBrief, renderBriefFile, type BriefOptions } from '../../src/core/brief'
import type { StoreData } from '../../src/core/model'
import { misquotes, quotationCount } from './briefQuoteCheck'
import { expectEveryReviewedItem, now, seededStore, squash } from './briefSeedFixture'

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'].find(existsSync)
const options: BriefOptions = { scope: 'reviewed', closing: 'Next update at 18:00 CET.' }
let data: StoreData
let dir: string

beforeAll(async () => {
  data = await seededStore()
  dir = mkdtempSync(join(tmpdir(), 'factdesk-docx-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(soffice === undefined)('the DOCX brief in LibreOffice', () => {
  it('opens, and carries every reviewed claim, its verdict and note, the sources and exact quotes only', async () => {
    const { content } = await renderBriefFile(data, 'docx', options, now)
    writeFileSync(join(dir, 'brief.docx'), content)
    // A profile of its own in the temp folder: never the user's, and no first-run wizard.
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'brief.docx')], {
      stdio: 'ignore',
      timeout: 90_000
    })
    const printed = execFileSync('pdftotext', [join(dir, 'brief.pdf'), '-'], { encoding: 'utf8' })
    // The footer's "n / total" lands inside a paragraph that runs over a page break: page furniture, not the brief's words.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'brief.pdf')], { encoding: 'utf8' }))?.[1])
    expect(pages).toBeGreaterThan(0)
    const text = printed.replace(new RegExp(`\\b\\d+\\s*/\\s*${pages}\\b`, 'g'), ' ')
    expectEveryReviewedItem(buildBrief(data, options, now), text, (v) => v.toUpperCase())
    const flat = squash(text)
    expect(flat).toContain('Next update at 18:00 CET.')
    expect(flat).toMatch(/6 of \d+ claims reviewed/)
    for (const n of [1, 2, 3, 4, 5]) expect(flat).toContain(`[${n}]`)
    expect(quotationCount(text)).toBeGreaterThan(0)
    expect(misquotes(text, data)).toEqual([])
  }, 120_000)
})

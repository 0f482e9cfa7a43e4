/**
 * PDF at the size of a running story: the benchmark's 1,000-report corpus,
 * unreviewed claims included (a brief of about 2.3 million characters, over
 * Chromium's 2 MiB limit for a data: URL). The app's export runs through the
 * real main process (its printing window in its own session, served from the
 * app scheme), the CLI's through its Chromium printer: the same brief, the
 * same way in, both read back with pdftotext.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumPdf } from '../../src/cli/pdf'
import { buildBrief, renderHtml } from '../../src/core/brief'
import { emptyStore, type StoreData } from '../../src/core/model'
import { importReports } from '../../src/core/pipeline'
import type { DeskApi } from '../../src/shared/contract'
import { readSeeds, syntheticCorpus } from '../bench/corpus'
import { ROOT } from './electron/boot'
import { expect, test } from './harness'

const REPORTS = 1000
const NOW = new Date('2022-02-16T12:00:00Z')
const options = { scope: 'all' } as const

test.describe.configure({ mode: 'parallel' })
// The brief of 1,000 reports prints every statement of every speaker and each source's wording of a quotation it words apart:
// about 4 MB of HTML. Printing it takes minutes on a loaded machine; its speed is the benchmark's business, not this test's.
test.setTimeout(420_000)

function runningStory(): StoreData {
  return importReports(emptyStore(), syntheticCorpus(readSeeds(join(ROOT, 'seeds')), REPORTS), NOW).data
}

/** What a reader checks first: every page numbered, the last source listed, a claim from the last report. */
function checkPdf(path: string, data: StoreData): void {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])
  expect(pages).toBeGreaterThan(100)
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).replace(/\s+/g, ' ')
  // The footer's "n / total" on the last page; the last source (pdftotext may drop spaces and a hyphen at a line end).
  const has = (pattern: RegExp) => pattern.test(text)
  expect(has(new RegExp(`\\b${pages} ?/ ?${pages}\\b`)), 'last page number').toBe(true)
  expect(has(new RegExp(`\\[${REPORTS}\\] .{0,200}synthetic-?${String(REPORTS - 1).padStart(5, '0')}\\.txt`)), 'last source').toBe(true)
  const last = data.claims.findLast((c) => c.reportId === data.reports.at(-1)!.id)!
  expect(text.includes(last.text.replace(/\s+/g, ' ').slice(0, 40)), 'a claim of the last report').toBe(true)
}

test('the app exports the 1,000-report brief as PDF through its main process', async ({ desk }) => {
  const data = runningStory()
  const html = renderHtml(buildBrief(data, options, NOW), { forPdf: true })
  expect(encodeURIComponent(html).length).toBeGreaterThan(2 * 1024 * 1024)
  await writeFile(desk.storePath, JSON.stringify(data))
  await desk.reload()

  const result = await desk.page.evaluate((request) => (globalThis as unknown as { api: DeskApi }).api.invoke('brief:export', request), {
    format: 'pdf' as const,
    options
  })
  expect(result.ok, JSON.stringify(result)).toBe(true)
  const path = result.ok ? result.value.path! : ''
  expect(path.startsWith(desk.dir) && path.endsWith('.pdf')).toBe(true)
  checkPdf(path, data)
  // The printing window and its session are gone; only the desk's window is left.
  expect(desk.main.electron.windows).toHaveLength(1)
})

test('the CLI’s printer prints the same brief the same way', async () => {
  const data = runningStory()
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-pdf-scale-'))
  try {
    const path = join(dir, 'brief.pdf')
    await writeFile(path, await chromiumPdf('A4')(renderHtml(buildBrief(data, options, NOW), { forPdf: true })))
    checkPdf(path, data)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

/**
 * Reports from the web and from PDFs (issue 15): a realistic article page
 * served on loopback is fetched by main, reduced to its story by Readability
 * (no navigation, cookie banner, related links or footer), and kept as the
 * report's archived source; pages and PDFs that go wrong are refused with the
 * reason and add nothing.
 */
import { createHash } from 'node:crypto'
import type { Page } from '@playwright/test'
import { buildPdf, PRESS_RELEASE } from '../fixtures/pdf'
import { ARTICLE, articleHtml, serveLoopback, type LoopbackServer } from '../fixtures/webPages'
import { claimRows } from './deskPage'
import { test, expect } from './harness'

const IMPORTED = { timeout: 30_000 }
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import reports' })

let server: LoopbackServer
test.beforeAll(async () => {
  server = await serveLoopback()
})
test.afterAll(async () => {
  await server.close()
})

async function importUrl(page: Page, url: string): Promise<void> {
  if ((await dialog(page).count()) === 0) await page.getByRole('button', { name: 'Import…' }).click()
  await dialog(page).getByLabel('Web address').fill(url)
  await dialog(page).getByRole('button', { name: 'Import page' }).click()
}

test('a web page is imported as its article alone, labelled outlet · headline · date, with the page archived', async ({ desk }) => {
  const { page } = desk
  await importUrl(page, `${server.url}/moved`)
  await expect(dialog(page).getByRole('status')).toContainText('Imported 1 report', IMPORTED)

  const data = await desk.readStoreFile()
  const report = data.reports.at(-1)!
  expect(report).toMatchObject({ title: ARTICLE.title, outlet: ARTICLE.site, date: ARTICLE.date, url: `${server.url}/article` })
  for (const paragraph of ARTICLE.paragraphs.slice(1)) expect(report.text).toContain(paragraph)
  for (const furniture of [...ARTICLE.furniture, 'Business', 'Opinion', 'Manage preferences']) expect(report.text).not.toContain(furniture)
  expect(data.claims.filter((c) => c.reportId === report.id).length).toBeGreaterThanOrEqual(3)

  // The archive holds the bytes as served, under their hash, with the time and both addresses.
  const sha256 = createHash('sha256').update(articleHtml()).digest('hex')
  expect(report.archive).toMatchObject({ url: `${server.url}/moved`, finalUrl: `${server.url}/article`, sha256, contentType: 'text/html; charset=utf-8' })

  await page.keyboard.press('Escape')
  const item = page.locator(`[data-report="${report.id}"]`)
  await expect(item).toContainText(ARTICLE.site)
  await expect(item).toContainText(ARTICLE.title)
  await expect(item).toContainText(ARTICLE.date)
  await page.getByRole('navigation', { name: 'Reports' }).getByRole('button', { name: 'Archived page' }).click()
  const archive = page.getByRole('dialog', { name: 'Archived page' })
  await expect(archive.getByTestId('archive-sha')).toHaveText(sha256)
  // The page as it was, cookie banner and all: this is what was fetched, not what was extracted.
  await expect(archive.getByTestId('archive-text')).toContainText('We use cookies')
  await expect(archive.getByTestId('archive-text')).toContainText(ARTICLE.paragraphs[1]!)
  await archive.getByRole('button', { name: 'HTML as fetched' }).click()
  await expect(archive.getByTestId('archive-text')).toContainText('<meta property="og:site_name"')
})

test('pages that fail say why and add nothing: 404, a redirect loop, 50 MB, not an article, not a web address', async ({ desk }) => {
  const { page } = desk
  const before = await desk.readStoreFile()
  const cases: [string, RegExp][] = [
    [`${server.url}/missing`, /answered 404 Not Found/],
    [`${server.url}/loop-a`, /redirects in a loop/],
    [`${server.url}/huge`, /is too large: it sent more than 10 MB/],
    [`${server.url}/index`, /does not look like an article/]
  ]
  for (const [url, reason] of cases) {
    await importUrl(page, url)
    await expect(dialog(page).getByRole('alert')).toContainText(reason, IMPORTED)
    await expect(dialog(page).getByRole('alert')).toContainText('Nothing on the desk changed')
  }
  await importUrl(page, 'file:///etc/passwd')
  await expect(dialog(page).getByRole('alert')).toContainText('starting with https://')
  const after = await desk.readStoreFile()
  expect(after.reports).toHaveLength(before.reports.length)
  expect(after.claims).toHaveLength(before.claims.length)
})

test('a PDF press release is imported with its pages; a scan and an encrypted PDF in the same batch are refused by name', async ({ desk }) => {
  const { page } = desk
  const before = await desk.readStoreFile()
  await page.getByRole('button', { name: 'Import…' }).click()
  await dialog(page)
    .getByLabel('Choose report files')
    .setInputFiles([
      { name: 'press-release.pdf', mimeType: 'application/pdf', buffer: buildPdf(PRESS_RELEASE) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: buildPdf([[], []]) },
      { name: 'locked.pdf', mimeType: 'application/pdf', buffer: buildPdf(PRESS_RELEASE, { encrypted: true }) }
    ])
  await expect(dialog(page).getByRole('status')).toContainText('Imported 1 report; 2 not imported (below).', IMPORTED)
  const refused = dialog(page).getByRole('list', { name: 'Not imported' })
  await expect(refused).toContainText('scan.pdf has no text layer')
  await expect(refused).toContainText('locked.pdf is an encrypted PDF: it needs a password')

  const after = await desk.readStoreFile()
  expect(after.reports).toHaveLength(before.reports.length + 1)
  const report = after.reports.at(-1)!
  expect(report.file).toBe('press-release.pdf')
  expect(report.pages?.map((p) => p.page)).toEqual([1, 2])
  // Page 2 begins where its words are.
  expect(report.text.slice(report.pages![1]!.start)).toMatch(/^The authority estimated/)
  const claims = after.claims.filter((c) => c.reportId === report.id)
  expect(claims.some((c) => c.text.includes('12 million euros'))).toBe(true)
  await page.keyboard.press('Escape')
  await expect(claimRows(page).first()).toBeVisible()
})

import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Claim } from '../../src/core/model'
import type { DeskApi } from '../../src/shared/contract'
import { test, expect } from './harness'

/** The DOM as much as this test needs it (tests compile without the DOM lib). */
interface El {
  tagName: string
  textContent: string | null
  parentElement: El | null
  nextElementSibling: El | null
  querySelectorAll(selector: string): Iterable<El>
}

/** The text of the brief section whose heading matches `heading`, up to the next heading of the same rank. Runs in the page. */
function sectionText(root: El, heading: string): string | null {
  const re = new RegExp(heading, 'i')
  const h = [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')].find((el) => re.test(el.textContent ?? ''))
  if (!h) return null
  if (h.parentElement && h.parentElement !== root && h.parentElement.tagName === 'SECTION') return h.parentElement.textContent
  const rank = Number(h.tagName[1])
  let text = ''
  for (let el = h.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= rank) break
    text += ` ${el.textContent ?? ''}`
  }
  return text
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

test('the brief lists a disputed claim with its note, and exports', async ({ desk }) => {
  const { page } = desk
  const store = await desk.readStoreFile()
  // The brief speaks once per cluster; claims told by one report only keep their own wording.
  const size = (id: string) => store.claims.filter((c) => c.clusterId === id).length
  // Claims without quotation marks or pronouns: the brief prints their wording as the report has it.
  const plain = (c: Claim) => size(c.clusterId) === 1 && !/[“”"]/.test(c.text) && /^[A-Z]/.test(c.text) && !/^(He|She|They|It) /.test(c.text)
  const [claim, unreviewed] = store.claims.filter(plain) as [Claim, Claim]
  const note = 'Contradicted by the ministry’s own figures.'

  await page.locator(`[data-claim="${claim.id}"]`).click()
  await page.getByRole('group', { name: 'Verdict', exact: true }).getByRole('button', { name: 'Disputed' }).click()
  await page.getByLabel('Editor’s note').fill(note)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  // The brief is written from what was persisted, not from the page's memory.
  await desk.reload()
  await page.getByRole('button', { name: 'Brief', exact: true }).click()
  const brief = page.getByTestId('brief')
  await expect(brief).toBeVisible()
  await page.screenshot({ path: '/tmp/factdesk-brief.png' })

  const disputed = squash(await brief.evaluate(sectionText, 'disputed'))
  expect(disputed).toContain(squash(claim.text))
  expect(disputed).toContain(note)

  // Unreviewed claims appear only when asked for.
  await expect(brief).not.toContainText(squash(unreviewed.text))
  await page.getByLabel('All claims').check()
  await expect(brief).toContainText(squash(unreviewed.text))
  // The review coverage and the brief's time are stated under the title.
  await expect(brief).toContainText(`1 of ${store.claims.length} claims reviewed`)

  // Only verified claims: the disputed one leaves; the reports to brief can be chosen, keeping their numbers.
  await page.getByLabel('Verified only').check()
  await expect(brief).not.toContainText(note)
  await page.getByLabel('All claims').check()
  const options = page.getByRole('form', { name: 'Brief options' })
  const boxes = options.getByRole('checkbox')
  await expect(boxes).toHaveCount(store.reports.length)
  await boxes.nth(0).uncheck()
  await expect(options).toContainText(`${store.reports.length - 1} of ${store.reports.length}`)
  await expect(brief.locator('#source-1')).toHaveCount(0)
  await expect(brief.locator('#source-2')).toHaveCount(1)
  await boxes.nth(0).check()
  await expect(brief.locator('#source-1')).toHaveCount(1)

  // The derived lede is where the editor starts from; their text is what the brief prints.
  await page.getByRole('button', { name: 'Edit the derived lede' }).click()
  const lede = page.getByLabel('Lede')
  await expect(lede).toHaveValue(/reported by/)
  await lede.fill('Our desk’s own summary [1].')
  await expect(brief).toContainText('Our desk’s own summary')

  // The editor's own words appear in the preview as they type them.
  await page.getByLabel('Title').fill('Morning desk brief')
  await page.getByLabel('Closing note').fill('Next update at 18:00 CET.')
  await expect(brief.getByRole('heading', { level: 1 })).toHaveText('Morning desk brief')
  await expect(brief).toContainText('Next update at 18:00 CET.')

  // Export as PDF: progress while Chromium prints, then the path and "Show in folder".
  await page.getByLabel('Format').selectOption('pdf')
  await page.getByRole('button', { name: 'Export…' }).click()
  const saved = page.getByText(/^Saved to /)
  await expect(saved).toBeVisible({ timeout: 20_000 })
  const path = squash(await saved.locator('code').textContent())
  expect(path.startsWith(desk.dir) && path.endsWith('.pdf')).toBe(true)
  expect(existsSync(path)).toBe(true)
  const pdfText = squash(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))
  expect(pdfText).toContain(note)
  expect(pdfText).toContain('Morning desk brief')
  await page.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => desk.revealed).toEqual([path])

  // Markdown too, from the same options.
  await page.getByLabel('Format').selectOption('md')
  await page.getByRole('button', { name: 'Export…' }).click()
  await expect(page.getByText(/^Saved to .*\.md$/)).toBeVisible()
  expect(await readFile(path.replace(/\.pdf$/, '.md'), 'utf8')).toContain(note)

  // Both exports are recorded; a verdict changed afterwards is marked on the desk.
  const versions = (await desk.readStoreFile()).briefVersions
  expect(versions.map((v) => [v.format, v.title, v.verdicts[claim.id], v.scope, v.editorText])).toEqual([
    ['pdf', 'Morning desk brief', 'disputed', 'all', { title: 'Morning desk brief', lede: 'Our desk’s own summary [1].', closing: 'Next update at 18:00 CET.' }],
    ['md', 'Morning desk brief', 'disputed', 'all', { title: 'Morning desk brief', lede: 'Our desk’s own summary [1].', closing: 'Next update at 18:00 CET.' }]
  ])
  await page.getByRole('button', { name: 'Desk', exact: true }).click()
  const row = page.locator(`[data-claim="${claim.id}"]`)
  await expect(row).not.toContainText('changed since last brief')
  await row.click()
  await page.getByRole('group', { name: 'Verdict', exact: true }).getByRole('button', { name: 'Verified' }).click()
  await expect(row).toContainText('changed since last brief')
})

test('a brief that cannot be produced shows a visible error', async ({ desk }) => {
  const { page } = desk
  // An invalid request travels the real dispatch path and comes back as ok:false.
  const message = await page.evaluate(async () => {
    const result = await (globalThis as unknown as { api: DeskApi }).api.invoke('brief:render', { format: 'pdf' } as never)
    return result.ok ? null : result.error.message
  })
  expect(message).toMatch(/Bad request on brief:render/)
  await page.getByRole('button', { name: 'Brief', exact: true }).click()
  // Either the brief renders or its failure is shown in an alert: never a blank page.
  await expect(page.getByTestId('brief').or(page.getByRole('alert'))).toBeVisible()
})

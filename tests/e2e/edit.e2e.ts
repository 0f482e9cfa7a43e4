import { test, expect } from './harness'
import { detail, readingOrder, row } from './deskPage'
import type { StoreData } from '../../src/core/model'

/** Every claim still points at its exact words in its report. */
function offsetsHold(data: StoreData): void {
  const text = new Map(data.reports.map((r) => [r.id, r.text]))
  for (const c of data.claims) expect(c.text).toBe(text.get(c.reportId)!.slice(c.start, c.end))
}

const editor = (page: import('@playwright/test').Page) => detail(page).getByRole('group', { name: 'Edit the claim' })

test('edit a claim’s wording, then dismiss it as not a claim and restore it', async ({ desk }) => {
  const { page } = desk
  await readingOrder(page)
  const claim = (await desk.readStoreFile()).claims[3]!
  await row(page, claim.id).click()
  await editor(page).getByRole('button', { name: 'Edit wording' }).click()
  await detail(page)
    .getByLabel(/Wording/)
    .fill('Some Russian troops are being withdrawn from the border.')
  await editor(page).getByRole('button', { name: 'Save wording' }).click()
  await expect(detail(page).getByTestId('claim-text')).toHaveText('Some Russian troops are being withdrawn from the border.')
  await expect(detail(page)).toContainText(`Source words: ${claim.text}`)
  await expect(row(page, claim.id)).toContainText('edited')

  await editor(page).getByRole('button', { name: 'Not a claim' }).click()
  await expect(row(page, claim.id)).toHaveCount(0)
  let onDisk = await desk.readStoreFile()
  expect(onDisk.claims.find((c) => c.id === claim.id)).toMatchObject({ dismissed: true, editedText: 'Some Russian troops are being withdrawn from the border.' })
  const filters = page.getByRole('group', { name: 'Filters' })
  await filters.getByRole('button', { name: /Dismissed 1/ }).click()
  await row(page, claim.id).click()
  await editor(page).getByRole('button', { name: 'Restore claim' }).click()
  await filters.getByRole('button', { name: /Dismissed/ }).click()
  await expect(row(page, claim.id)).toBeVisible()
  onDisk = await desk.readStoreFile()
  expect(onDisk.claims.find((c) => c.id === claim.id)?.dismissed).toBeUndefined()
  offsetsHold(onDisk)
})

test('split a claim in two, then merge them back; offsets stay exact', async ({ desk }) => {
  const { page } = desk
  const before = await desk.readStoreFile()
  const claim = before.claims.find((c) => c.text.split(' ').length > 12)!
  await row(page, claim.id).click()
  await editor(page).getByRole('button', { name: 'Split…' }).click()
  const cut = claim.text.indexOf(' ', Math.floor(claim.text.length / 2))
  const box = detail(page).getByLabel(/split/)
  await box.evaluate((el, at) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(at, at), cut)
  await editor(page).getByRole('button', { name: 'Split here' }).click()

  await expect.poll(async () => (await desk.readStoreFile()).claims.length).toBe(before.claims.length + 1)
  let onDisk = await desk.readStoreFile()
  const first = onDisk.claims.find((c) => c.id === claim.id)!
  const second = onDisk.claims.find((c) => c.id.startsWith(`${claim.reportId}-e`))!
  expect(first.text).toBe(claim.text.slice(0, cut).trim())
  expect(second.text).toBe(claim.text.slice(cut).trim())
  offsetsHold(onDisk)
  // The new second part is selected; go back to the first and merge with the next one (the second part).
  await expect(detail(page).getByTestId('claim-text')).toHaveText(second.text)
  await row(page, claim.id).click()
  await editor(page).getByRole('button', { name: 'Merge with next' }).click()
  await expect.poll(async () => (await desk.readStoreFile()).claims.length).toBe(before.claims.length)
  onDisk = await desk.readStoreFile()
  expect(onDisk.claims).toHaveLength(before.claims.length)
  expect(onDisk.claims.find((c) => c.id === claim.id)!.text).toBe(claim.text)
  offsetsHold(onDisk)
})

test('add a missed claim by selecting its words in the report; other claims are marked there and open on click', async ({ desk }) => {
  const { page } = desk
  const data = await desk.readStoreFile()
  // A claim whose report has words the extractor left out (a gap of a few words between two claims).
  const claim = data.claims.find((c) => {
    const text = data.reports.find((r) => r.id === c.reportId)!.text
    const prev = data.claims.filter((o) => o.reportId === c.reportId && o.end <= c.start).at(-1)
    return /\p{L}{3,}.*\p{L}{3,}/su.test(text.slice(prev?.end ?? 0, c.start))
  })!
  await row(page, claim.id).click()
  const context = detail(page).getByTestId('context-text')
  await expect(context.locator('mark[data-current]')).toHaveText(claim.text)
  const other = data.claims.find((c) => c.reportId === claim.reportId && c.id !== claim.id)!
  await context.locator(`[data-context-claim="${other.id}"]`).click()
  await expect(row(page, other.id)).toHaveAttribute('aria-current', 'true')

  // Select words in a plain (unclaimed) run of the report.
  // Runs in the page (no DOM lib in this tsconfig): selects a plain run of words and returns its offsets.
  const picked = await page.evaluate<{ start: number; end: number }>(`(() => {
    const el = document.querySelector('[data-testid="context-text"]')
    const run = [...el.querySelectorAll('span[data-offset]')].find((s) => /\\p{L}{3,}.*\\p{L}{3,}/su.test(s.textContent ?? ''))
    const text = run.firstChild
    const from = text.data.search(/\\S/)
    const to = text.data.trimEnd().length
    const range = document.createRange()
    range.setStart(text, from)
    range.setEnd(text, to)
    document.getSelection().removeAllRanges()
    document.getSelection().addRange(range)
    return { start: Number(run.dataset.offset) + from, end: Number(run.dataset.offset) + to }
  })()`)
  await detail(page)
    .getByRole('button', { name: /as a claim/ })
    .click()
  await expect.poll(async () => (await desk.readStoreFile()).claims.some((c) => c.origin === 'editor')).toBe(true)
  const onDisk = await desk.readStoreFile()
  const added = onDisk.claims.find((c) => c.origin === 'editor')!
  const report = onDisk.reports.find((r) => r.id === claim.reportId)!
  expect(added).toMatchObject({ reportId: claim.reportId, start: picked.start, end: picked.end, text: report.text.slice(picked.start, picked.end) })
  await expect(row(page, added.id)).toHaveAttribute('aria-current', 'true')
  await expect(row(page, added.id)).toContainText('added by editor')
  offsetsHold(onDisk)
})

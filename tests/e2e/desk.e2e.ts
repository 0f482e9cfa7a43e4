import { test, expect } from './harness'
import type { Page } from '@playwright/test'
import { openFold, shownClaimIds } from './deskPage'

const reports = (page: Page) => page.getByRole('navigation', { name: 'Reports' }).locator('[data-report]')
const claimRows = (page: Page) => page.getByRole('region', { name: 'Claims' }).locator('[data-claim]')
const detail = (page: Page) => page.getByRole('region', { name: 'Claim detail' })
const verdictButtons = (page: Page) => detail(page).getByRole('group', { name: 'Verdict', exact: true })

test('the desk lists the five seed reports with their claim counts', async ({ desk }) => {
  const { page } = desk
  const store = await desk.readStoreFile()
  await expect(reports(page)).toHaveCount(5)
  for (const report of store.reports) {
    const n = store.claims.filter((c) => c.reportId === report.id).length
    const row = page.locator(`[data-report="${report.id}"]`)
    await expect(row).toContainText(`${n} claim`)
    await expect(row).toContainText(`0/${n} reviewed`)
  }
  await expect(page.getByText(`0 of ${store.claims.length} reviewed`)).toBeVisible()
})

test('a verdict and note survive a reload and are in the store file', async ({ desk }) => {
  const { page } = desk
  const store = await desk.readStoreFile()
  const report = store.reports[1]!
  const claim = store.claims.find((c) => c.reportId === report.id)!
  const note = 'Ministry denies the figure; no second source yet.'

  await page.locator(`[data-report="${report.id}"]`).click()
  await page.locator(`[data-claim="${claim.id}"]`).click()
  await expect(detail(page).getByTestId('claim-text')).toHaveText(claim.text)
  await expect(detail(page).locator('mark')).toHaveText(claim.text)

  await verdictButtons(page).getByRole('button', { name: 'Disputed' }).click()
  await expect(verdictButtons(page).getByRole('button', { name: 'Disputed' })).toHaveAttribute('aria-pressed', 'true')
  await detail(page).getByLabel('Editor’s note').fill(note)
  await expect(detail(page).getByRole('status')).toHaveText('Saved')

  const onDisk = await desk.readStoreFile()
  expect(onDisk.reviews[claim.id]).toMatchObject({ verdict: 'disputed', note })

  await desk.reload()
  await page.locator(`[data-report="${report.id}"]`).click()
  await expect(page.locator(`[data-claim="${claim.id}"]`)).toHaveAttribute('data-verdict', 'disputed')
  await page.locator(`[data-claim="${claim.id}"]`).click()
  await expect(verdictButtons(page).getByRole('button', { name: 'Disputed' })).toHaveAttribute('aria-pressed', 'true')
  await expect(detail(page).getByLabel('Editor’s note')).toHaveValue(note)
  await expect(detail(page).getByRole('region', { name: 'Claim history' })).toContainText(note)
})

test('keyboard: j/k move the selection and 2 marks it disputed', async ({ desk }) => {
  const { page } = desk
  await expect(claimRows(page).first()).toBeVisible()
  // j/k walk the list as shown (check-worthy first).
  const [firstId, secondId] = await shownClaimIds(page)
  const first = { id: firstId! }
  const second = { id: secondId! }
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(page.locator(`[data-claim="${second.id}"]`)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('k')
  await expect(page.locator(`[data-claim="${first.id}"]`)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('2')
  await expect(page.locator(`[data-claim="${first.id}"]`)).toHaveAttribute('data-verdict', 'disputed')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('1')
  await expect(page.locator(`[data-claim="${second.id}"]`)).toHaveAttribute('data-verdict', 'verified')

  // Typing a note must not trigger shortcuts.
  await detail(page).getByLabel('Editor’s note').fill('')
  await detail(page).getByLabel('Editor’s note').press('3')
  await expect(page.locator(`[data-claim="${second.id}"]`)).toHaveAttribute('data-verdict', 'verified')

  const onDisk = await desk.readStoreFile()
  expect(onDisk.reviews[first.id]?.verdict).toBe('disputed')
  expect(onDisk.reviews[second.id]?.verdict).toBe('verified')
})

test('filtering by verdict shows only matching claims', async ({ desk }) => {
  const { page } = desk
  const total = (await desk.readStoreFile()).claims.length
  await openFold(page)
  await expect(claimRows(page)).toHaveCount(total)
  // Mark three claims: disputed, disputed, unconfirmed.
  for (const key of ['2', '2', '3']) {
    await page.keyboard.press('j')
    await page.keyboard.press(key)
  }
  const filters = page.getByRole('group', { name: 'Filter by verdict' })
  await filters.getByRole('button', { name: /Disputed/ }).click()
  await expect(claimRows(page)).toHaveCount(2)
  for (const row of await claimRows(page).all()) await expect(row).toHaveAttribute('data-verdict', 'disputed')

  await filters.getByRole('button', { name: /Unconfirmed/ }).click()
  await expect(claimRows(page)).toHaveCount(1)
  await filters.getByRole('button', { name: /Verified/ }).click()
  await expect(claimRows(page)).toHaveCount(0)
  await expect(page.getByText('No verified claims here.')).toBeVisible()
  await filters.getByRole('button', { name: /Unreviewed/ }).click()
  await expect(claimRows(page)).toHaveCount(total - 3)
  await filters.getByRole('button', { name: /^All/ }).click()
  await expect(claimRows(page)).toHaveCount(total)
})

test('triage under "Unreviewed": a verdict drops the claim and j continues with the next one', async ({ desk }) => {
  const { page } = desk
  await expect(claimRows(page).first()).toBeVisible()
  const [a, b, c] = (await shownClaimIds(page)).map((id) => ({ id }))
  await page
    .getByRole('group', { name: 'Filter by verdict' })
    .getByRole('button', { name: /Unreviewed/ })
    .click()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(page.locator(`[data-claim="${b!.id}"]`)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('1')
  await expect(page.locator(`[data-claim="${b!.id}"]`)).toHaveCount(0)
  // The selection moved to the claim that took its row; j goes on from there.
  await expect(page.locator(`[data-claim="${c!.id}"]`)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('k')
  await expect(page.locator(`[data-claim="${a!.id}"]`)).toHaveAttribute('aria-current', 'true')
})

test('a note typed and left at once is saved on blur', async ({ desk }) => {
  const { page } = desk
  await expect(claimRows(page).first()).toBeVisible()
  const claim = { id: (await shownClaimIds(page))[5]! }
  await page.locator(`[data-claim="${claim.id}"]`).click()
  const note = detail(page).getByLabel('Editor’s note')
  await note.pressSequentially('Checked wire copy.', { delay: 0 })
  await note.press('Escape')
  await expect(detail(page).getByRole('status')).toHaveText('Saved')
  expect((await desk.readStoreFile()).reviews[claim.id]?.note).toBe('Checked wire copy.')
  // Escape left the field, so shortcuts work again.
  await page.keyboard.press('3')
  await expect(page.locator(`[data-claim="${claim.id}"]`)).toHaveAttribute('data-verdict', 'unconfirmed')
})

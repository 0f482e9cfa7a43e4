/**
 * A large import does not freeze the desk (issue 13): a 19 MB report — under
 * the 20 MB limit — is read in a worker; meanwhile the editor keeps reviewing,
 * and the verdict is saved; the dialog shows the stage and cancels it, and a
 * cancelled import adds nothing.
 */
import { SHAPES } from '../bench/shapes'
import { claimRows, row } from './deskPage'
import { test, expect } from './harness'

const plain = SHAPES.find((s) => s.name === 'plain')!

test('the desk keeps working while a 19 MB report is imported, and Cancel stops it with nothing added', async ({ desk }) => {
  test.setTimeout(180_000)
  const { page } = desk
  const before = await desk.readStoreFile()
  await expect(claimRows(page).first()).toBeVisible()
  const first = { id: (await claimRows(page).first().getAttribute('data-claim'))! }
  const dialog = page.getByRole('dialog', { name: 'Import reports' })

  await page.getByRole('button', { name: 'Import…' }).click()
  await dialog.getByLabel('Choose report files').setInputFiles([{ name: 'wire-archive.txt', mimeType: 'text/plain', buffer: plain.make(19 * 1024 * 1024) }])
  // The worker reports its stage; the import can be cancelled.
  await expect(dialog.getByRole('status')).toContainText(/Reading the text of wire-archive\.txt|Finding claims in wire-archive\.txt/, { timeout: 60_000 })
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible()

  // Meanwhile: close the dialog and review, as on any other day.
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await claimRows(page).first().click()
  await page.keyboard.press('1')
  await expect(row(page, first.id)).toHaveAttribute('data-verdict', 'verified')
  await expect.poll(async () => (await desk.readStoreFile()).reviews[first.id]?.verdict).toBe('verified')

  // The import is still running: cancel it.
  await page.getByRole('button', { name: 'Import…' }).click()
  await dialog.getByRole('button', { name: 'Cancel import' }).click()
  await expect(dialog.getByRole('status')).toContainText('Import cancelled; nothing on the desk changed.')
  await expect(dialog.getByRole('alert')).toHaveCount(0)

  const after = await desk.readStoreFile()
  expect(after.reports.map((r) => r.id)).toEqual(before.reports.map((r) => r.id))
  expect(after.claims).toHaveLength(before.claims.length)
  expect(after.reviews[first.id]?.verdict).toBe('verified')
})

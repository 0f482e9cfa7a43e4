/**
 * Honest undo and the claim's history (issue 15): Ctrl+Z undoes the last
 * change on this desk — whatever its kind, on whichever claim — names the
 * claims it touched and selects them; every change is in the claim's history
 * with who, when, and before → after.
 */
import type { Page } from '@playwright/test'
import type { Claim, StoreData } from '../../src/core/model'
import { claimRows, detail, history, readingOrder, row, setEditorName, snapshot, verdictGroup } from './deskPage'
import { test, expect } from './harness'

const editor = (page: Page) => detail(page).getByRole('group', { name: 'Edit the claim' })
const notice = (page: Page) => page.getByTestId('notice')
/** What the desk's own claims look like, for comparing a store before and after an undo. */
const claimsOf = (data: StoreData): Claim[] => data.claims

async function editWording(page: Page, id: string, wording: string): Promise<void> {
  await row(page, id).click()
  await editor(page).getByRole('button', { name: 'Edit wording' }).click()
  await detail(page)
    .getByLabel(/Wording/)
    .fill(wording)
  await editor(page).getByRole('button', { name: 'Save wording' }).click()
  await expect(detail(page).getByTestId('claim-text')).toHaveText(wording)
}

test('Ctrl+Z undoes the last change on the desk, not the last verdict: a wording edit on B, not the verdict on A', async ({ desk }) => {
  const { page } = desk
  await readingOrder(page)
  const data = await desk.readStoreFile()
  const [a, b] = [data.claims[0]!, data.claims[4]!]
  await row(page, a.id).click()
  await verdictGroup(page).getByRole('button', { name: 'Disputed' }).click()
  await expect(row(page, a.id)).toHaveAttribute('data-verdict', 'disputed')
  await editWording(page, b.id, 'A shorter wording of claim B.')

  // Scrolled away, on another claim: undo still reaches B, and says so.
  await row(page, a.id).click()
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText(`Undid: wording edit — ${b.text.slice(0, 20)}`)
  await expect(row(page, b.id)).toHaveAttribute('aria-current', 'true')
  await expect(detail(page).getByTestId('claim-text')).toHaveText(b.text)
  let onDisk = await desk.readStoreFile()
  expect(onDisk.claims.find((c) => c.id === b.id)?.editedText).toBeUndefined()
  expect(onDisk.reviews[a.id]?.verdict).toBe('disputed')

  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText(`Undid: verdict — ${a.text.slice(0, 20)}`)
  await expect(row(page, a.id)).toHaveAttribute('aria-current', 'true')
  await expect(row(page, a.id)).toHaveAttribute('data-verdict', 'unreviewed')
  onDisk = await desk.readStoreFile()
  expect(onDisk.reviews[a.id]?.verdict).toBe('unreviewed')

  // Redo brings the verdict back.
  await page.keyboard.press('Control+Shift+Z')
  await expect(notice(page)).toContainText('Redid: verdict')
  await expect(row(page, a.id)).toHaveAttribute('data-verdict', 'disputed')
})

test('a split, a merge and a dismissal are each undone exactly, the claims as they were', async ({ desk }) => {
  const { page } = desk
  await readingOrder(page)
  const before = await desk.readStoreFile()
  const claim = before.claims.find((c) => c.text.split(' ').length > 12)!

  await row(page, claim.id).click()
  await editor(page).getByRole('button', { name: 'Split…' }).click()
  const cut = claim.text.indexOf(' ', Math.floor(claim.text.length / 2))
  await detail(page)
    .getByLabel(/split/)
    .evaluate((el, at) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(at, at), cut)
  await editor(page).getByRole('button', { name: 'Split here' }).click()
  await expect.poll(async () => (await desk.readStoreFile()).claims.length).toBe(before.claims.length + 1)
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText('Undid: split')
  await expect.poll(async () => claimsOf(await desk.readStoreFile())).toEqual(claimsOf(before))
  await expect(row(page, claim.id)).toHaveAttribute('aria-current', 'true')

  await editor(page).getByRole('button', { name: 'Merge with next' }).click()
  await expect.poll(async () => (await desk.readStoreFile()).claims.length).toBe(before.claims.length - 1)
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText('Undid: merge on 2 claims')
  await expect.poll(async () => claimsOf(await desk.readStoreFile())).toEqual(claimsOf(before))

  await row(page, claim.id).click()
  await editor(page).getByRole('button', { name: 'Not a claim' }).click()
  await expect(row(page, claim.id)).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText('Undid: dismissal as not a claim —')
  await expect(row(page, claim.id)).toHaveAttribute('aria-current', 'true')
  await expect.poll(async () => claimsOf(await desk.readStoreFile())).toEqual(claimsOf(before))
})

test('a bulk verdict and its undo are one change each, naming how many claims; a note is undone on its own claim', async ({ desk }) => {
  const { page } = desk
  await readingOrder(page)
  const data = await desk.readStoreFile()
  const ids = data.claims.slice(0, 3).map((c) => c.id)
  await row(page, ids[0]!).click()
  await row(page, ids[2]!).click({ modifiers: ['Shift'] })
  await page.keyboard.press('1')
  for (const id of ids) await expect(row(page, id)).toHaveAttribute('data-verdict', 'verified')
  await page.getByRole('region', { name: 'Marked claims' }).getByRole('button', { name: 'Unmark all' }).click()

  const other = data.claims[6]!
  await row(page, other.id).click()
  await detail(page).getByLabel('Editor’s note').fill('Ask the ministry.')
  await expect(detail(page).getByRole('status')).toHaveText('Saved')
  await page.locator('#claim-list').focus()
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText(`Undid: note — ${other.text.slice(0, 20)}`)
  await expect.poll(async () => (await desk.readStoreFile()).reviews[other.id]?.note ?? '').toBe('')

  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText(`Undid: verdict on 3 claims — ${data.claims[0]!.text.slice(0, 20)}`)
  for (const id of ids) await expect(row(page, id)).toHaveAttribute('data-verdict', 'unreviewed')
  const onDisk = await desk.readStoreFile()
  const [bulk, undo] = onDisk.changes.filter((c) => c.kind === 'verdict' || (c.kind === 'undo' && c.undoes?.kind === 'verdict'))
  // One recorded change for the three claims, and one for its undo (each written once).
  expect(bulk).toMatchObject({ kind: 'verdict', claimIds: ids })
  expect(undo).toMatchObject({ kind: 'undo', claimIds: ids, undoes: { seq: bulk!.seq } })
})

test('confirming and detaching a suggested cluster member are undone; a cluster verdict reaches confirmed members only', async ({ desk }) => {
  const { page } = desk
  await readingOrder(page)
  const snap = await snapshot(page)
  const cluster = snap.clusters.find((k) => k.suggested.length > 0 && k.members.length >= 2)
  test.skip(!cluster, 'no cluster with a suggested member among the seeds')
  const suggested = cluster!.suggested[0]!.claimId
  await row(page, cluster!.centralClaimId).click()
  const panel = detail(page).getByRole('region', { name: 'Cluster' })
  // n sources counts the reports of confirmed members only.
  await expect(panel.getByTestId('cluster-sources')).toHaveText(`Same claim in ${cluster!.corroboration} sources`)
  await panel.getByRole('group', { name: 'Cluster verdict' }).getByRole('button', { name: 'Verified' }).click()
  for (const m of cluster!.members) await expect(row(page, m.claimId)).toHaveAttribute('data-verdict', 'verified')
  await expect(row(page, suggested)).toHaveAttribute('data-verdict', 'unreviewed')

  await panel.locator(`[data-member="${suggested}"]`).getByRole('button', { name: 'Confirm' }).click()
  await expect(panel.locator(`[data-member="${suggested}"]`)).toHaveAttribute('data-status', 'confirmed')
  expect((await desk.readStoreFile()).claims.find((c) => c.id === suggested)?.clusterDecision).toBe('confirmed')
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText('Undid: cluster confirmation')
  await expect(row(page, suggested)).toHaveAttribute('aria-current', 'true')
  expect((await desk.readStoreFile()).claims.find((c) => c.id === suggested)?.clusterDecision).toBeUndefined()

  await row(page, cluster!.centralClaimId).click()
  await panel.locator(`[data-member="${suggested}"]`).getByRole('button', { name: 'Detach' }).click()
  await expect(panel.locator(`[data-member="${suggested}"]`)).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(notice(page)).toContainText('Undid: detach from cluster')
  const back = (await desk.readStoreFile()).claims.find((c) => c.id === suggested)!
  expect(back.clusterDecision).toBeUndefined()
  expect(back.clusterId).toBe(cluster!.id)
})

test('the history lists every change to a claim: who, when, wording and verdict before → after, undo included', async ({ desk }) => {
  const { page } = desk
  await setEditorName(page, 'Ana Ruiz')
  await expect(claimRows(page).first()).toBeVisible()
  const id = (await claimRows(page).nth(2).getAttribute('data-claim'))!
  const original = (await desk.readStoreFile()).claims.find((c) => c.id === id)!.text
  await editWording(page, id, 'Reworded by the desk.')
  await page.locator('#claim-list').focus()
  await page.keyboard.press('3')
  await editor(page).getByRole('button', { name: 'Not a claim' }).click()
  await page.keyboard.press('Control+z')
  await expect(row(page, id)).toHaveAttribute('aria-current', 'true')

  const events = history(page).locator('li')
  await expect(events).toHaveCount(4)
  await expect(events.nth(0)).toContainText('undid the dismissal as not a claim')
  await expect(events.nth(1)).toHaveAttribute('data-kind', 'dismiss')
  await expect(events.nth(2).locator('[data-field="verdict"]')).toContainText(/Unreviewed → \S* ?Unconfirmed/)
  await expect(events.nth(3).locator('[data-field="editedText"]')).toContainText(`(none) → Reworded by the desk.`)
  for (const i of [0, 1, 2, 3]) {
    await expect(events.nth(i)).toContainText('Ana Ruiz')
    await expect(events.nth(i).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
  }
  expect(original.length).toBeGreaterThan(0)
})

/**
 * A stale change on a team desk is shown to the editor, who chooses (issue 16), end to end: two desks on
 * one throwaway PostgreSQL cluster; Ben's desk holds its live updates (teamDesks.ts), so it shows a claim
 * as it was before Ana changed it, for certain. His note is refused: the dialog shows both verdicts and
 * notes, who and when; "Keep theirs" leaves Ana's review and sets his note aside under the note field.
 * His verdict on a claim Ana changed again is refused; Ana changes it once more while the dialog is open,
 * so "Apply mine" is refused again and shows the newer state; "Apply mine" then writes his verdict at a
 * new version, with its event in the log, and Ana's desk shows it.
 */
import type { Locator, Page } from '@playwright/test'
import { pgMissing } from '../team/pgCluster'
import { detail, row, shownClaimIds, verdictGroup } from './deskPage'
import { expect, test } from './harness'
import { holdLiveUpdates, twoTeamDesks } from './teamDesks'

const missing = pgMissing()

const conflictDialog = (page: Page) => page.getByRole('dialog', { name: 'Another editor changed this claim' })
const side = (dialog: Locator, name: 'Theirs' | 'Yours') => dialog.getByRole('region', { name })

test('a stale change on a team desk: both sides shown, keep theirs keeps theirs and the note typed, apply mine writes a new version', async ({
  desk,
  browser
}, testInfo) => {
  test.skip(missing !== null, missing ?? '')
  test.setTimeout(240_000)
  const desks = await twoTeamDesks(desk, browser)
  try {
    const { ana, ben, benMain, cluster, db } = desks
    const stored = async (claimId: string) =>
      (
        await cluster.sql<{ verdict: string; note: string; editor: string; version: number }>(
          `SELECT verdict, note, editor, version FROM claim_review WHERE claim_id = '${claimId}'`,
          db
        )
      )[0]
    const [claimId] = await shownClaimIds(ana)
    await row(ben, claimId!).click()
    await row(ana, claimId!).click()

    // Ben's desk stops taking live updates; Ana verifies the claim, with a note.
    const hold = holdLiveUpdates(benMain)
    await verdictGroup(ana).getByRole('button', { name: 'Verified' }).click()
    await expect(row(ana, claimId!)).toHaveAttribute('data-verdict', 'verified')
    await detail(ana).getByLabel('Editor’s note').fill('Ministry confirmed the figure')
    await expect(detail(ana).getByText('Saved')).toBeVisible()
    await expect.poll(async () => (await stored(claimId!))?.note).toBe('Ministry confirmed the figure')
    // Ben still sees it unreviewed, and writes his note on it.
    await expect(row(ben, claimId!)).toHaveAttribute('data-verdict', 'unreviewed')
    await detail(ben).getByLabel('Editor’s note').fill('No source named for the figure')

    // Refused: both sides, who and when.
    const dialog = conflictDialog(ben)
    await expect(dialog).toBeVisible({ timeout: 20_000 })
    await expect(side(dialog, 'Theirs')).toContainText('ana')
    await expect(side(dialog, 'Theirs')).toContainText('Verified')
    await expect(side(dialog, 'Theirs')).toContainText('Ministry confirmed the figure')
    await expect(side(dialog, 'Theirs')).toContainText(/Version 2/)
    await expect(side(dialog, 'Yours')).toContainText('ben, not saved')
    await expect(side(dialog, 'Yours')).toContainText('No source named for the figure')
    // The focus is in the dialog, on its first choice.
    await expect(dialog.getByRole('button', { name: 'Keep theirs' })).toBeFocused()
    await ben.screenshot({ path: testInfo.outputPath('conflict-dialog.png') })

    // Keep theirs: Ana's review stays; Ben's note is set aside, not lost.
    await dialog.getByRole('button', { name: 'Keep theirs' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(row(ben, claimId!)).toHaveAttribute('data-verdict', 'verified')
    await expect(detail(ben).getByLabel('Editor’s note')).toHaveValue('Ministry confirmed the figure')
    const aside = detail(ben).getByRole('group', { name: 'Your note, not saved' })
    await expect(aside).toContainText('No source named for the figure')
    expect(await stored(claimId!)).toMatchObject({ verdict: 'verified', note: 'Ministry confirmed the figure', editor: 'ana', version: 2 })
    await aside.getByRole('button', { name: 'Discard it' }).click()
    await expect(aside).toHaveCount(0)

    // Again stale: Ana adds to her note while Ben's desk is held; Ben disputes the claim.
    holdLiveUpdates(benMain)
    await detail(ana).getByLabel('Editor’s note').fill('Ministry confirmed the figure; a second source too')
    await expect.poll(async () => (await stored(claimId!))?.version).toBe(3)
    await verdictGroup(ben).getByRole('button', { name: 'Disputed' }).click()
    await expect(dialog).toBeVisible({ timeout: 20_000 })
    await expect(side(dialog, 'Theirs')).toContainText('a second source too')
    await expect(side(dialog, 'Yours')).toContainText('Disputed')
    // While Ben reads it, Ana changes the claim once more: applying his now is refused, and the newer state shown.
    await verdictGroup(ana).getByRole('button', { name: 'Unconfirmed' }).click()
    await expect.poll(async () => (await stored(claimId!))?.version).toBe(4)
    await dialog.getByRole('button', { name: 'Apply mine' }).click()
    await expect(side(dialog, 'Theirs')).toContainText('Unconfirmed', { timeout: 20_000 })
    await expect(side(dialog, 'Theirs')).toContainText(/Version 4/)
    const eventsBefore = await cluster.sql<{ n: string }>(`SELECT count(*) AS n FROM review_event WHERE '${claimId}' = ANY(claim_ids)`, db)

    // Apply mine on the version shown: Ben's verdict, a new version, its event; Ana's desk shows it live.
    await dialog.getByRole('button', { name: 'Apply mine' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(row(ben, claimId!)).toHaveAttribute('data-verdict', 'disputed')
    expect(await stored(claimId!)).toMatchObject({ verdict: 'disputed', editor: 'ben', version: 5 })
    const events = await cluster.sql<{ n: string }>(`SELECT count(*) AS n FROM review_event WHERE '${claimId}' = ANY(claim_ids)`, db)
    expect(Number(events[0]!.n)).toBe(Number(eventsBefore[0]!.n) + 1)
    const [last] = await cluster.sql<{ editor: string; kind: string }>(
      `SELECT editor, kind FROM review_event WHERE '${claimId}' = ANY(claim_ids) ORDER BY id DESC LIMIT 1`,
      db
    )
    expect(last).toEqual({ editor: 'ben', kind: 'verdict' })
    await expect(row(ana, claimId!)).toHaveAttribute('data-verdict', 'disputed', { timeout: 20_000 })
    hold.release()
  } finally {
    await desks.close()
  }
})

test('a stale bulk verdict on a team desk: the conflicting claims listed, a choice per claim, the others get mine', async ({ desk, browser }, testInfo) => {
  test.skip(missing !== null, missing ?? '')
  test.setTimeout(240_000)
  const desks = await twoTeamDesks(desk, browser)
  try {
    const { ana, ben, benMain, cluster, db } = desks
    const stored = async (claimId: string) =>
      (await cluster.sql<{ verdict: string; editor: string }>(`SELECT verdict, editor FROM claim_review WHERE claim_id = '${claimId}'`, db))[0]
    const [a, b, c] = (await shownClaimIds(ana)) as [string, string, string]
    // Ben marks three claims; his desk holds its live updates while Ana reviews two of them.
    await row(ben, a).click()
    await row(ben, c).click({ modifiers: ['Shift'] })
    const marked = ben.getByRole('region', { name: 'Marked claims' })
    await expect(marked).toContainText('3 marked')
    holdLiveUpdates(benMain)
    await row(ana, b).click()
    await verdictGroup(ana).getByRole('button', { name: 'Verified' }).click()
    await row(ana, c).click()
    await verdictGroup(ana).getByRole('button', { name: 'Disputed' }).click()
    await expect.poll(async () => (await stored(c))?.verdict).toBe('disputed')

    await marked.getByRole('button', { name: 'Unconfirmed' }).click()
    const dialog = ben.getByRole('dialog', { name: 'Other editors changed 2 of these claims' })
    await expect(dialog).toBeVisible({ timeout: 20_000 })
    await expect(dialog.getByTestId('conflict')).toHaveCount(2)
    await expect(dialog).toContainText('one other claim nobody changed')
    const item = (id: string) => dialog.locator(`[data-claim-id="${id}"]`)
    await expect(item(b).getByRole('region', { name: 'Theirs' })).toContainText('Verified')
    await expect(item(c).getByRole('region', { name: 'Theirs' })).toContainText('Disputed')
    await expect(item(c).getByRole('region', { name: 'Yours' })).toContainText('Unconfirmed')
    // Nothing of the bulk verdict was written: one transaction.
    expect(await stored(a)).toBeUndefined()

    await ben.screenshot({ path: testInfo.outputPath('bulk-conflict-dialog.png') })
    // Mine on the first, theirs on the second.
    await item(b).getByRole('radio', { name: 'Apply mine' }).check()
    await dialog.getByRole('button', { name: 'Apply these choices' }).click()
    await expect(dialog).toHaveCount(0)
    await expect.poll(async () => (await stored(a))?.verdict).toBe('unconfirmed')
    expect(await stored(a)).toEqual({ verdict: 'unconfirmed', editor: 'ben' })
    expect(await stored(b)).toEqual({ verdict: 'unconfirmed', editor: 'ben' })
    expect(await stored(c)).toEqual({ verdict: 'disputed', editor: 'ana' })
    await expect(row(ben, b)).toHaveAttribute('data-verdict', 'unconfirmed')
    await expect(row(ben, c)).toHaveAttribute('data-verdict', 'disputed')

    // Closed without a choice (Escape): theirs stays and nothing of the change is written, not even on the others.
    holdLiveUpdates(benMain)
    await row(ana, a).click()
    await verdictGroup(ana).getByRole('button', { name: 'Verified' }).click()
    await expect.poll(async () => (await stored(a))?.editor).toBe('ana')
    await marked.getByRole('button', { name: 'Disputed' }).click()
    const one = ben.getByRole('dialog', { name: 'Another editor changed this claim' })
    await expect(one).toBeVisible({ timeout: 20_000 })
    await expect(one).toContainText('2 other claims nobody changed')
    await ben.keyboard.press('Escape')
    await expect(one).toHaveCount(0)
    await expect(ben.getByTestId('notice')).toContainText('Kept theirs')
    expect(await stored(a)).toEqual({ verdict: 'verified', editor: 'ana' })
    expect(await stored(b)).toEqual({ verdict: 'unconfirmed', editor: 'ben' })
    expect(await stored(c)).toEqual({ verdict: 'disputed', editor: 'ana' })
  } finally {
    await desks.close()
  }
})

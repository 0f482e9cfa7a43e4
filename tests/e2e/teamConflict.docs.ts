import { resolve } from 'node:path'
import { pgMissing } from '../team/pgCluster'
import { detail, row, shownClaimIds, verdictGroup } from './deskPage'
import { expect, test } from './harness'
import { holdLiveUpdates, twoTeamDesks } from './teamDesks'

const DOCS = resolve(import.meta.dirname, '../../docs')
const missing = pgMissing()

// docs/desk-conflict.png: Ben's note on a claim Ana verified after his desk showed it (a team desk on a throwaway cluster).
test('docs screenshot: the conflict dialog on a team desk', async ({ desk, browser }) => {
  test.skip(missing !== null, missing ?? '')
  test.setTimeout(180_000)
  const desks = await twoTeamDesks(desk, browser)
  try {
    const { ana, ben, benMain } = desks
    const [claimId] = await shownClaimIds(ana)
    await row(ben, claimId!).click()
    await row(ana, claimId!).click()
    // The "Connected…" message would sit under the dialog.
    await ben.getByTestId('notice').getByRole('button').click()
    holdLiveUpdates(benMain)
    await verdictGroup(ana).getByRole('button', { name: 'Verified' }).click()
    await detail(ana).getByLabel('Editor’s note').fill('The ministry confirmed the meeting and its date by phone.')
    await expect(detail(ana).getByText('Saved')).toBeVisible()
    await detail(ben).getByLabel('Editor’s note').fill('No source names the date; waiting for the agenda.')
    const dialog = ben.getByRole('dialog', { name: 'Another editor changed this claim' })
    await expect(dialog).toBeVisible({ timeout: 20_000 })
    await ben.mouse.move(0, 0)
    await ben.screenshot({ path: `${DOCS}/desk-conflict.png` })
  } finally {
    await desks.close()
  }
})

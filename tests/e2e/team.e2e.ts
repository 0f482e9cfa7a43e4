/**
 * The team desk (issue 16) end to end: two desks (two real main processes, two Chromium pages) connect
 * to one throwaway PostgreSQL cluster through File › Connect to Team Desk; a verdict set on one appears
 * live on the other, which keeps its selection and its note. The password is kept sealed (safeStorage),
 * never as typed, and is used again when the editor leaves the password field empty.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PASSWORDS_FILE_NAME } from '../../src/main/team'
import { pgMissing, startCluster } from '../team/pgCluster'
import { createEditors, EDITORS, seededDesk } from '../team/teamDesk'
import { detail, row, shownClaimIds, verdictGroup } from './deskPage'
import { bootMain, ROOT } from './electron/boot'
import { deskReady, expect, test } from './harness'
import { connect, editorUrl } from './teamDesks'

const missing = pgMissing()

test('two desks on one team database: a verdict on one appears live on the other, which keeps its selection and note', async ({ desk, browser }) => {
  test.skip(missing !== null, missing ?? '')
  test.setTimeout(180_000)
  const cluster = await startCluster()
  const dir2 = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'))
  const context2 = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  let quit2: (() => Promise<void>) | null = null
  try {
    await createEditors(cluster)
    const db = await seededDesk(cluster)
    const urlOf = (role: keyof typeof EDITORS) => editorUrl(cluster, role, db)

    const ana = desk.page
    await connect(ana, () => desk.main.electron.clickMenu('File', 'Connect to Team Desk…'), urlOf('ana'), EDITORS.ana)
    await expect(ana.getByTestId('team-status')).toContainText('Team desk')
    await expect(ana.getByTestId('team-status')).toContainText('as ana')
    await expect(ana.getByTestId('story')).toContainText('Sample story')

    // The second desk: its own main process, user data and page.
    const ben = await context2.newPage()
    const main2 = await bootMain({ browser, context: context2, page: ben, appPath: ROOT, userData: dir2, documents: dir2, revealed: [] })
    quit2 = () => main2.quit()
    await main2.mainWindow()
    await deskReady(ben)
    await connect(ben, () => main2.electron.clickMenu('File', 'Connect to Team Desk…'), urlOf('ben'), EDITORS.ben)
    await expect(ben.getByTestId('team-status')).toContainText('as ben')

    const [first, second] = await shownClaimIds(ana)
    // Ben is on the second claim, writing a note.
    await row(ben, second!).click()
    const note = detail(ben).getByLabel('Editor’s note')
    await note.fill('Checking with the ministry')
    await expect(detail(ben).getByText('Saved')).toBeVisible()
    await note.pressSequentially(' — call back at noon')

    // Ana verifies the first claim: it shows on Ben's desk without him doing anything.
    await row(ana, first!).click()
    await verdictGroup(ana).getByRole('button', { name: 'Verified' }).click()
    await expect(row(ana, first!)).toHaveAttribute('data-verdict', 'verified')
    await expect(row(ben, first!)).toHaveAttribute('data-verdict', 'verified', { timeout: 20_000 })
    // …and Ben is where he was, his note as he typed it.
    await expect(row(ben, second!)).toHaveAttribute('aria-current', 'true')
    await expect(note).toHaveValue('Checking with the ministry — call back at noon')
    // His note reaches Ana too, signed by his role.
    await row(ana, second!).click()
    await expect(detail(ana).getByLabel('Editor’s note')).toHaveValue('Checking with the ministry — call back at noon', { timeout: 20_000 })
    // Each sees the other on this claim: a notice, not a lock.
    await expect(detail(ana).getByTestId('presence')).toHaveText('ben is on this claim', { timeout: 20_000 })
    await expect(detail(ben).getByTestId('presence')).toHaveText('ana is on this claim', { timeout: 20_000 })

    // The password is kept sealed, never as typed: not in the kept file, not in the store file.
    const kept = await readFile(join(desk.dir, PASSWORDS_FILE_NAME), 'utf8')
    expect(Object.keys(JSON.parse(kept) as object)).toEqual([urlOf('ana')])
    expect(kept).not.toContain(EDITORS.ana)
    expect(await readFile(desk.storePath, 'utf8')).not.toContain(EDITORS.ana)

    // Disconnecting goes back to the file story; connecting again with no password uses the kept one.
    await ana.getByTestId('team-status').click()
    await ana.getByRole('dialog', { name: 'Connect to Team Desk' }).getByRole('button', { name: 'Disconnect' }).click()
    await expect(ana.getByTestId('team-status')).toHaveCount(0)
    await expect(ana.getByTestId('story')).not.toContainText('Sample story')
    await connect(ana, () => desk.main.electron.clickMenu('File', 'Connect to Team Desk…'), urlOf('ana'), '')
    await expect(ana.getByTestId('team-status')).toContainText('as ana')
    await expect(row(ana, first!)).toHaveAttribute('data-verdict', 'verified')

    // A refused password: a clear message, and the password nowhere in it.
    desk.main.electron.clickMenu('File', 'Connect to Team Desk…')
    const dialog = ana.getByRole('dialog', { name: 'Connect to Team Desk' })
    await dialog.getByLabel('Connection URL').fill(urlOf('ben'))
    await dialog.getByLabel('Password').fill('wrong-secret-42')
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
    const alert = dialog.getByRole('alert')
    await expect(alert).toContainText('password was refused', { timeout: 30_000 })
    await expect(alert).not.toContainText('wrong-secret-42')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(ana.getByTestId('team-status')).toContainText('as ana')

    // The file story behind the team desk, opened from the recent list: the team desk is left for it.
    await ana.getByTestId('story').click()
    const stories = ana.getByRole('dialog', { name: 'Stories' })
    await stories.getByRole('list').getByRole('listitem').first().getByRole('button').click()
    await expect(stories).toHaveCount(0)
    await expect(ana.getByTestId('team-status')).toHaveCount(0)
    await expect(ana.getByTestId('story')).not.toContainText('Sample story')
  } finally {
    await quit2?.()
    await context2.close()
    cluster.destroy()
    await rm(dir2, { recursive: true, force: true })
  }
})

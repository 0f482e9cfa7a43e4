import { resolve } from 'node:path'
import { test, expect } from './harness'
import { detail, row, setEditorName, snapshot } from './deskPage'

const DOCS = resolve(import.meta.dirname, '../../docs')

// Screenshots of the desk's main states for docs/: a cluster with a discrepancy, dark mode, shortcuts, bulk marks.
test('docs screenshots: cluster review, dark theme, shortcuts overlay, bulk marks', async ({ desk }) => {
  const { page } = desk
  await setEditorName(page, 'Giulia Ferri')
  const snap = await snapshot(page)
  const flagged = snap.discrepancies[0]
  const cluster = snap.clusters.filter((k) => k.claimIds.length >= 2).sort((a, b) => b.claimIds.length - a.claimIds.length)[0]!
  const focus = flagged?.claimIds.find((id) => cluster.claimIds.includes(id)) ?? cluster.claimIds[0]!
  await row(page, focus).click()
  await detail(page).getByRole('group', { name: 'Cluster verdict' }).getByRole('button', { name: 'Unconfirmed' }).click()
  await detail(page).getByLabel('Editor’s note').fill('Every outlet cites the same briefing; waiting for the transcript.')
  await expect(detail(page).getByText('Saved')).toBeVisible()
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `${DOCS}/desk-cluster.png` })

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: `${DOCS}/desk-dark.png` })
  await page.emulateMedia({ colorScheme: 'light' })

  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  await page.screenshot({ path: `${DOCS}/shortcuts.png` })
  await page.keyboard.press('Escape')

  const ids = snap.claims.slice(0, 4).map((c) => c.id)
  await row(page, ids[0]!).click()
  await row(page, ids[3]!).click({ modifiers: ['Shift'] })
  await page.getByRole('button', { name: 'Import…' }).click()
  await page
    .getByRole('dialog', { name: 'Import reports' })
    .getByLabel('Report text')
    .fill('Paste the report text here, or choose .txt, .md, .html or .docx files above.')
  await page.screenshot({ path: `${DOCS}/desk-import.png` })
})

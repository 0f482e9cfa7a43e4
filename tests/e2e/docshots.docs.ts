import { resolve } from 'node:path'
import { test, expect } from './harness'
import { ARTICLE, serveLoopback } from '../fixtures/webPages'
import { detail, readingOrder, row, setEditorName, shownClaimIds, snapshot } from './deskPage'

const DOCS = resolve(import.meta.dirname, '../../docs')

// Screenshots of the desk's main states for docs/: a cluster with a discrepancy, dark mode, shortcuts, bulk marks.
test('docs screenshots: cluster review, dark theme, shortcuts overlay, bulk marks', async ({ desk }) => {
  const { page } = desk
  await setEditorName(page, 'Giulia Ferri')
  await readingOrder(page)
  const snap = await snapshot(page)
  // A claim several reports tell, on which they disagree: the cluster, why its members match, and the sides.
  const told = snap.clusters.filter((k) => k.corroboration >= 2).sort((a, b) => b.corroboration - a.corroboration || b.claimIds.length - a.claimIds.length)
  const cluster = told.find((k) => snap.discrepancies.some((d) => d.claimIds.some((id) => k.claimIds.includes(id)))) ?? told[0] ?? snap.clusters[0]!
  const focus = snap.discrepancies.flatMap((d) => d.claimIds).find((id) => cluster.claimIds.includes(id)) ?? cluster.centralClaimId
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

  const ids = (await shownClaimIds(page)).slice(0, 4)
  await row(page, ids[0]!).click()
  await row(page, ids[3]!).click({ modifiers: ['Shift'] })
  await page.getByRole('button', { name: 'Import…' }).click()
  await page
    .getByRole('dialog', { name: 'Import reports' })
    .getByLabel('Report text')
    .fill('Paste the report text here, or choose .txt, .md, .html, .docx or .pdf files above.')
  await page.screenshot({ path: `${DOCS}/desk-import.png` })

  // A story of its own, a web page imported into it, and the page as it was archived.
  await page.keyboard.press('Escape')
  await page.getByTestId('story').click()
  await page.getByRole('dialog', { name: 'Stories' }).getByLabel('New story').fill('Port strike, Rotterdam')
  await page.getByRole('dialog', { name: 'Stories' }).getByRole('button', { name: 'Start story' }).click()
  const server = await serveLoopback()
  try {
    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import reports' })
    await dialog.getByLabel('Web address').fill(`${server.url}/article`)
    await dialog.getByRole('button', { name: 'Import page' }).click()
    await expect(dialog.getByRole('status')).toContainText('Imported 1 report', { timeout: 30_000 })
    await page.keyboard.press('Escape')
    await page.locator('[data-claim]').first().click()
    await page.mouse.move(0, 0)
    await page.screenshot({ path: `${DOCS}/desk-story.png` })
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('button', { name: 'Archived page' }).click()
    await expect(page.getByRole('dialog', { name: 'Archived page' })).toContainText(ARTICLE.site)
    await page.screenshot({ path: `${DOCS}/desk-archive.png` })
  } finally {
    await server.close()
  }
})

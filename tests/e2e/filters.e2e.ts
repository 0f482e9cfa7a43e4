import { test, expect } from './harness'
import { CHECK_WORTHY_FROM } from '../../src/core/score/triage'
import { claimRows, shownClaimIds, snapshot } from './deskPage'

test('filters by speaker, kind, discrepancy and unreviewed show counts that match what they list', async ({ desk }) => {
  const { page } = desk
  const data = await desk.readStoreFile()
  const snap = await snapshot(page)
  const visible = page.getByTestId('visible-count')
  await expect(visible).toHaveText(String(data.claims.length))

  // Speaker: one choice per person of the people index, counting the claims they said in every report.
  const speaker = snap.people.find((p) => p.kind === 'person' && p.saidClaimIds.length >= 2)!
  const said = new Set(speaker.saidClaimIds)
  const n = said.size
  const select = page.getByLabel('Filter by speaker')
  await expect(select.locator('option', { hasText: `${speaker.name} (${n})` })).toHaveCount(1)
  await select.selectOption(speaker.id)
  await expect(visible).toHaveText(String(n))
  for (const row of await claimRows(page).all()) expect(said.has((await row.getAttribute('data-claim'))!)).toBe(true)

  // Kind, on top of the speaker.
  const kind = data.claims.find((c) => said.has(c.id))!.kind
  await page.getByLabel('Filter by kind').selectOption(kind)
  await expect(visible).toHaveText(String(data.claims.filter((c) => said.has(c.id) && c.kind === kind).length))
  await page.getByLabel('Filter by speaker').selectOption({ label: 'Any speaker' })
  await page.getByLabel('Filter by kind').selectOption({ label: 'Any kind' })

  // Has discrepancy.
  const flagged = new Set(snap.discrepancies.flatMap((d) => d.claimIds))
  const discrepancy = page.getByRole('button', { name: /Has discrepancy/ })
  await expect(discrepancy).toContainText(String(flagged.size))
  await discrepancy.click()
  await expect(visible).toHaveText(String(flagged.size))
  if (flagged.size > 0) await expect(claimRows(page).first()).toContainText('discrepancy')
  await discrepancy.click()

  // Unreviewed, after one verdict.
  await page.keyboard.press('j')
  await page.keyboard.press('1')
  const unreviewed = page.getByRole('group', { name: 'Filter by verdict' }).getByRole('button', { name: /Unreviewed/ })
  await expect(unreviewed).toContainText(String(data.claims.length - 1))
  await unreviewed.click()
  await expect(visible).toHaveText(String(data.claims.length - 1))
})

test('full-text search (prefix, fuzzy) narrows the list and highlights the matches', async ({ desk }) => {
  const { page } = desk
  const data = await desk.readStoreFile()
  await page.keyboard.press('/')
  // Keys typed before the box has focus would be desk shortcuts, not text.
  await expect(page.getByLabel('Search claims')).toBeFocused()
  await page.keyboard.type('diplom')
  const expected = data.claims.filter((c) => /\bdiplom/i.test(c.text)).length
  expect(expected).toBeGreaterThan(0)
  await expect(page.getByTestId('visible-count')).toHaveText(String(expected))
  const marks = claimRows(page).first().locator('mark')
  await expect(marks.first()).toHaveText(/^diplom/i)
  await page.getByLabel('Search claims').fill('zzqx-nothing')
  await expect(page.getByText('No claims here matching “zzqx-nothing”.')).toBeVisible()
  await page.getByRole('button', { name: 'Show all claims' }).click()
  await expect(page.getByTestId('visible-count')).toHaveText(String(data.claims.length))
})

test('sorted by story, every cluster’s claims sit together, each with its “n sources” badge', async ({ desk }) => {
  const { page } = desk
  const snap = await snapshot(page)
  // The badge counts the reports of confirmed members: pick a cluster told by several.
  // Low-value sentences stay in their fold whatever the order: pick a cluster none of whose members is folded.
  const worthy = new Set(snap.claims.filter((c) => (c.score ?? 0.5) >= CHECK_WORTHY_FROM).map((c) => c.id))
  const cluster = snap.clusters.filter((k) => k.claimIds.length >= 3 && k.corroboration >= 2 && k.claimIds.every((id) => worthy.has(id)))[0]!
  await page.getByRole('combobox', { name: 'Sort claims' }).selectOption('story')
  const ids = await shownClaimIds(page)
  const at = cluster.claimIds.map((id) => ids.indexOf(id)).sort((a, b) => a - b)
  expect(at.at(-1)! - at[0]!).toBe(cluster.claimIds.length - 1)
  for (const id of cluster.claimIds) await expect(page.locator(`[data-claim="${id}"]`)).toContainText(`${cluster.corroboration} sources`)
})

/**
 * Triage and the rough edges (issue 15): check-worthy claims first with their
 * score and its reasons, low-value sentences folded apart, a sort by reading
 * order and by story; report labels; the filter bar on one line at 1440 px;
 * the detail pane following the visible list.
 */
import { CHECK_WORTHY_FROM } from '../../src/core/score/triage'
import { reportLabel, reportLabelText } from '../../src/core/reports/label'
import { claimRows, detail, row, shownClaimIds, snapshot } from './deskPage'
import { test, expect } from './harness'

test('check-worthy first: rows by score, each with its score and reasons on hover, low-value sentences folded apart', async ({ desk }) => {
  const { page } = desk
  await expect(claimRows(page).first()).toBeVisible()
  const snap = await snapshot(page)
  const score = new Map(snap.claims.map((c) => [c.id, c.score ?? 0.5]))
  const low = snap.claims.filter((c) => (c.score ?? 0.5) < CHECK_WORTHY_FROM)
  expect(low.length).toBeGreaterThan(0)

  const shown = await shownClaimIds(page)
  expect(shown).toHaveLength(snap.claims.length - low.length)
  const scores = shown.map((id) => score.get(id)!)
  expect(scores).toEqual([...scores].sort((a, b) => b - a))
  for (const c of low) await expect(row(page, c.id)).toHaveCount(0)

  // The score and why, on the row.
  const top = snap.claims.find((c) => c.id === shown[0])!
  const badge = row(page, top.id).locator('[data-score]')
  await expect(badge).toHaveText(String(Math.round(top.score! * 100)))
  await expect(badge).toHaveAttribute('title', `Check-worthiness ${Math.round(top.score! * 100)}: ${top.reasons!.join(', ')}`)

  // The fold opens below the rest, and closes again.
  const fold = page.getByTestId('low-value-fold')
  await expect(fold).toContainText(`${low.length} low-value`)
  await fold.click()
  const all = await shownClaimIds(page)
  expect(all.slice(0, shown.length)).toEqual(shown)
  expect(new Set(all.slice(shown.length))).toEqual(new Set(low.map((c) => c.id)))
  await fold.click()
  await expect(claimRows(page)).toHaveCount(shown.length)

  // Reading order: the store's order, the fold still apart.
  await page.getByRole('combobox', { name: 'Sort claims' }).selectOption('reading')
  const lowIds = new Set(low.map((c) => c.id))
  expect(await shownClaimIds(page)).toEqual(snap.claims.map((c) => c.id).filter((id) => !lowIds.has(id)))
})

test('rough edges: reports read outlet · headline · date, rows do not repeat the report title, the filter bar is one line at 1440 px', async ({ desk }) => {
  const { page } = desk
  await expect(claimRows(page).first()).toBeVisible()
  const snap = await snapshot(page)
  for (const report of snap.reports) {
    const { outlet, date } = reportLabel(report)
    await expect(page.locator(`[data-report="${report.id}"]`)).toHaveAttribute('title', [outlet, report.title ?? report.file, date].filter(Boolean).join(' · '))
  }
  // A row names its report by number (R1…), the full label on hover only.
  const first = claimRows(page).first()
  const firstId = await first.getAttribute('data-claim')
  const firstClaim = snap.claims.find((c) => c.id === firstId)!
  await expect(first.locator('.from')).toHaveAttribute('title', reportLabelText(snap.reports.find((r) => r.id === firstClaim.reportId)!))
  const text = (await first.textContent()) ?? ''
  for (const report of snap.reports) if (report.title) expect(text).not.toContain(report.title)
  await expect(first.locator('.from')).toHaveText(/^\[\d\]$/)

  // One line: every control of the filter bar sits on the same row.
  expect(page.viewportSize()?.width).toBe(1440)
  const tops = await page
    .getByRole('group', { name: 'Filters' })
    .locator(':scope > *')
    .evaluateAll((els) => els.map((el) => Math.round((el as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top)))
  expect(new Set(tops).size).toBe(1)

  // No sign with two meanings: "?" is the shortcuts' key, never a verdict's glyph.
  await expect(page.getByRole('group', { name: 'Filter by verdict' })).not.toContainText('?')
})

test('the detail pane follows the visible list: a claim the search hides is not shown as if it were there', async ({ desk }) => {
  const { page } = desk
  await expect(claimRows(page).first()).toBeVisible()
  const id = (await shownClaimIds(page))[0]!
  await row(page, id).click()
  await expect(detail(page).getByTestId('claim-text')).toBeVisible()
  await page.getByLabel('Search claims').fill('zzqx-nothing')
  await expect(detail(page).getByTestId('claim-text')).toHaveCount(0)
  await expect(detail(page)).toContainText('The selected claim is hidden by the filters or the search.')
  await page.getByLabel('Search claims').fill('')
  await expect(detail(page).getByTestId('claim-text')).toBeVisible()
})

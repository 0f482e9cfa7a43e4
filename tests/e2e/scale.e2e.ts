import { writeFile } from 'node:fs/promises'
import { test, expect } from './harness'
import { claimRows, row, scrollTo } from './deskPage'
import type { Claim } from '../../src/core/model'
import { byCheckWorthiness, isLowValue } from '../../src/core/score/triage'

const N = 20_000

test('20,000 claims: only a window of rows is in the page, and scrolling, selection, verdicts and filters work', async ({ desk }) => {
  test.setTimeout(120_000)
  const { page } = desk
  // Clone the seeded claims (same reports, same offsets, so every clone still points at real words).
  const data = await desk.readStoreFile()
  const claims: Claim[] = []
  for (let i = 0; claims.length < N; i++) {
    for (const c of data.claims) if (claims.length < N) claims.push({ ...c, id: `${c.id}-x${i}`, clusterId: `${c.clusterId}-x${i}` })
  }
  await writeFile(desk.storePath, JSON.stringify({ ...data, claims }))
  await desk.reload()
  // The list as the desk arranges it by default: check-worthy first, low-value sentences folded below.
  const shown = [...claims].sort(byCheckWorthiness).filter((c) => !isLowValue(c))

  const visible = page.getByTestId('visible-count')
  await expect(visible).toHaveText(String(N), { timeout: 60_000 })
  await expect(page.getByTestId('progress')).toHaveText(`0 of ${N} reviewed`)
  const list = page.locator('#claim-list')
  await expect(list.locator('[data-virtual]')).toHaveCount(1)
  expect(await claimRows(page).count()).toBeLessThan(60)

  // Scroll to the far end: the last claim is rendered, still only a window of rows.
  await scrollTo(list, 1)
  await expect(row(page, shown.at(-1)!.id)).toBeVisible()
  expect(await claimRows(page).count()).toBeLessThan(60)

  // Select by click, move with j, mark with 2: each answered.
  await scrollTo(list, 0.5)
  // Rows are recycled as the list scrolls: pick one by id once the scroll has settled, that is
  // once the rendered rows are the same in two reads apart (expect.poll waits between them).
  const renderedIds = (): Promise<string[]> =>
    claimRows(page).evaluateAll((rows) => (rows as unknown as { getAttribute(name: string): string | null }[]).map((r) => r.getAttribute('data-claim')!))
  let visibleIds: string[] = []
  await expect
    .poll(
      async () => {
        const again = await renderedIds()
        const settled = again.join() === visibleIds.join()
        visibleIds = again
        return settled
      },
      { intervals: [200, 200, 500] }
    )
    .toBe(true)
  const middle = { id: visibleIds[Math.floor(visibleIds.length / 2)]! }
  await expect(row(page, middle.id)).toBeVisible()
  const id = middle.id
  await row(page, id).click()
  await expect(row(page, id)).toHaveAttribute('aria-current', 'true')
  // How fast is the benchmark's to say (npm run bench): here, that it works at this size.
  await page.keyboard.press('j')
  const next = shown[shown.findIndex((c) => c.id === id) + 1]!
  await expect(row(page, next.id)).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('2')
  await expect(row(page, next.id)).toHaveAttribute('data-verdict', 'disputed')
  await expect(page.getByTestId('progress')).toHaveText(`1 of ${N} reviewed`)

  // Filters and search over 20,000 claims.
  await page
    .getByRole('group', { name: 'Filter by verdict' })
    .getByRole('button', { name: /Disputed/ })
    .click()
  await expect(visible).toHaveText('1')
  await expect(claimRows(page)).toHaveCount(1)
  await page.getByRole('group', { name: 'Filter by verdict' }).getByRole('button', { name: /^All/ }).click()
  await page.getByLabel('Search claims').fill('Stoltenberg')
  const matches = claims.filter((c) => /Stoltenberg/.test(c.text) || c.speaker === 'Jens Stoltenberg').length
  expect(matches).toBeGreaterThan(1000)
  await expect(visible).toHaveText(String(matches))
  // The top rows may match by speaker alone (no word of theirs to mark); the first mark in the list is the word.
  await expect(claimRows(page).locator('mark').first()).toHaveText(/Stoltenberg/)
  expect(await claimRows(page).count()).toBeLessThan(60)
})

import { resolve } from 'node:path'
import { CHECK_WORTHY_FROM } from '../../src/core/score/triage'
import { scrollTo } from './deskPage'
import { test, expect } from './harness'

// Produces docs/screenshot.png: the desk mid-shift, five reports, a claim under review.
test('desk screenshot for the docs', async ({ desk }) => {
  const { page } = desk
  const store = await desk.readStoreFile()
  await expect(page.locator('[data-report]')).toHaveCount(5)

  await page.getByRole('button', { name: 'Set your name' }).click()
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name').fill('Giulia Ferri')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)

  // A claim told by several reports makes the best example.
  const reach = new Map<string, Set<string>>()
  for (const c of store.claims) reach.set(c.clusterId, (reach.get(c.clusterId) ?? new Set()).add(c.reportId))
  // Not a low-value sentence: those are folded away below the list.
  const worthy = store.claims.filter((c) => (c.score ?? 0.5) >= CHECK_WORTHY_FROM)
  const shared = worthy.find((c) => (reach.get(c.clusterId)?.size ?? 0) >= 2 && c.speaker) ?? worthy[4]!

  // Some earlier work on the shift, so progress bars and badges show.
  const keys = ['1', '1', '2', '3', '1', '0', '3', '1', '2']
  for (const key of keys) {
    await page.keyboard.press('j')
    if (key !== '0') await page.keyboard.press(key)
  }
  await page.locator(`[data-report="${shared.reportId}"]`).click()
  await page.locator(`[data-claim="${shared.id}"]`).click()
  const detail = page.getByRole('region', { name: 'Claim detail' })
  const verdicts = detail.getByRole('group', { name: 'Verdict', exact: true })
  await verdicts.getByRole('button', { name: 'Unconfirmed' }).click()
  await verdicts.getByRole('button', { name: 'Disputed' }).click()
  await detail.getByLabel('Editor’s note').fill('Two agencies carry it, both citing the same briefing — not independent. Asked the press office for the transcript.')
  await expect(detail.getByRole('status')).toHaveText('Saved')
  await page.locator(`[data-claim="${shared.id}"]`).focus()
  await page.mouse.move(0, 0)

  await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/screenshot.png') })
  await scrollTo(detail.locator('article'), 1)
  await page.screenshot({ path: '/tmp/factdesk-detail-end.png' })
  await scrollTo(detail.locator('article'), 0)
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: '/tmp/factdesk-dark.png' })
})

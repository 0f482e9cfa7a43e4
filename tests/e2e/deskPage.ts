/** Locators and small steps the desk's end-to-end tests share. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { DeskSnapshot } from '../../src/shared/contract'

export const claimRows = (page: Page) => page.getByRole('region', { name: 'Claims' }).locator('[data-claim]')
export const row = (page: Page, id: string) => page.locator(`[data-claim="${id}"]`)
export const detail = (page: Page) => page.getByRole('region', { name: 'Claim detail' })
export const verdictGroup = (page: Page) => detail(page).getByRole('group', { name: 'Verdict', exact: true })
export const history = (page: Page) => detail(page).getByRole('region', { name: 'Claim history' })

/** Opens the fold of low-value sentences (closed by default), so every claim the filters keep is in the page. */
export async function openFold(page: Page): Promise<void> {
  const fold = page.getByTestId('low-value-fold')
  if ((await fold.count()) > 0 && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click()
}

/** The list in reading order with the fold open: what the older tests walk through. */
export async function readingOrder(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Sort claims' }).selectOption('reading')
  await openFold(page)
}

/** What the real `desk:load` handler answers right now (clusters, discrepancies, people included). */
export async function snapshot(page: Page): Promise<DeskSnapshot> {
  return page.evaluate(async () => {
    const result = await (globalThis as unknown as { api: { invoke: (c: string, r: object) => Promise<{ ok: boolean; value: unknown }> } }).api.invoke('desk:load', {})
    return result.value as DeskSnapshot
  })
}

export async function setEditorName(page: Page, name: string): Promise<void> {
  await page
    .getByRole('button', { name: /Set your name|Settings/ })
    .first()
    .click()
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Save settings' }).click()
  // Shortcuts are off while a dialog is open: wait until it has closed.
  await expect(page.getByRole('dialog')).toHaveCount(0)
}

/** Scrolls a scrolling element (the claims list, the detail pane) to `fraction` of its height. */
export async function scrollTo(locator: Locator, fraction: number): Promise<void> {
  await locator.evaluate((el, at) => {
    // Runs in the page; the tests compile without the DOM lib.
    const box = el as unknown as { scrollTo(x: number, y: number): void; scrollHeight: number }
    box.scrollTo(0, box.scrollHeight * at)
  }, fraction)
}

/** The claim ids of the rows in the page, in the order shown. */
export async function shownClaimIds(page: Page): Promise<string[]> {
  return claimRows(page).evaluateAll((rows) => (rows as unknown as { getAttribute(name: string): string | null }[]).map((r) => r.getAttribute('data-claim') ?? ''))
}

import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { test, expect } from './harness'
import { claimRows } from './deskPage'
import type { Page } from '@playwright/test'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core in the page. page.evaluate goes through CDP, so the desk's CSP (no inline scripts) is kept. */
async function seriousViolations(page: Page): Promise<string[]> {
  const source = await readFile(axePath, 'utf8')
  await page.evaluate(source)
  const violations = await page.evaluate(async () => {
    // No DOM lib in this tsconfig (the tests run in node; this body runs in the page).
    const page = globalThis as unknown as { document: unknown; axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: unknown[] }> } }
    return (await page.axe.run(page.document, { resultTypes: ['violations'] })).violations
  })
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`
    )
}

test('axe-core finds no serious or critical violations, light and dark, desk and dialogs', async ({ desk }) => {
  const { page } = desk
  await claimRows(page).nth(1).click()
  await page.keyboard.press('2')
  expect(await seriousViolations(page)).toEqual([])
  await page.getByTestId('low-value-fold').click()
  expect(await seriousViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Import…' }).click()
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await page.getByTestId('story').click()
  await expect(page.getByRole('dialog', { name: 'Stories' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

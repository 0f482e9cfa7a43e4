/**
 * The desk's responsiveness in Chromium with a large store: first contentful
 * paint, and the time from changing a filter (or typing a search) to the
 * claims list being painted. The real main process and renderer, as in the
 * e2e tests (main booted against the Electron stand-in, tests/e2e/electron).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import type { StoreData } from '../../src/core/model'
import { STORE_FILE_NAME } from '../../src/core/store/files'
import { openStore } from '../../src/core/store/jsonStore'
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium'
import { bootMain, ROOT } from '../e2e/electron/boot'

export interface DeskTimings {
  firstPaintMs: number
  filterMs: number
  searchMs: number | null
}

/** Runs `act` in the page and resolves once the frame showing its effect has been painted. */
function timeToPaint(page: Page, act: string): Promise<number> {
  return page.evaluate(async (script) => {
    const start = performance.now()
    new Function(script)()
    // Svelte flushes in a microtask; the second frame callback runs after the first frame painted.
    const frame = (globalThis as unknown as { requestAnimationFrame: (f: () => void) => void }).requestAnimationFrame
    await new Promise<void>((done) => frame(() => frame(done)))
    return performance.now() - start
  }, act)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]!
}

export async function measureDesk(data: StoreData): Promise<DeskTimings> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-bench-desk-'))
  const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: CHROMIUM_ARGS })
  try {
    // The app's store, written before the app starts, as a long shift leaves it.
    await openStore(join(dir, STORE_FILE_NAME), { seed: () => data })
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const main = await bootMain({ browser, context, page, appPath: ROOT, userData: dir, documents: dir })
    await main.mainWindow()
    await page.waitForSelector('[data-claim]', { timeout: 60_000 })
    const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN)

    const chip = (name: string): string => `document.querySelector('[data-filter="${name}"]').click()`
    const filter: number[] = []
    for (let i = 0; i < 5; i++) {
      filter.push(await timeToPaint(page, chip('unreviewed')))
      filter.push(await timeToPaint(page, chip('all')))
    }

    let searchMs: number | null = null
    if (await page.$('input[type="search"]')) {
      const search: number[] = []
      for (const word of ['Stoltenberg', 'troops', 'diplomacy', 'Kremlin', '']) {
        const type = `const el = document.querySelector('input[type="search"]'); el.value = ${JSON.stringify(word)}; el.dispatchEvent(new Event('input', { bubbles: true }))`
        search.push(await timeToPaint(page, type))
      }
      searchMs = round(median(search))
    }
    await main.quit()
    return { firstPaintMs: round(firstPaintMs), filterMs: round(median(filter)), searchMs }
  } finally {
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const round = (ms: number): number => Number(ms.toFixed(1))

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

/** What a measured step does in the page: click a filter chip, or type into the search box. */
type Act = { chip: string } | { search: string }

/** Does `act` in the page and resolves once the frame showing its effect has been painted. */
function timeToPaint(page: Page, act: Act): Promise<number> {
  return page.evaluate(async (act) => {
    // The page's DOM, as much as this needs (the tests compile without the DOM lib).
    type El = { click(): void; value: string; dispatchEvent(event: unknown): void }
    const page = globalThis as unknown as {
      document: { querySelector(selector: string): El }
      Event: new (type: string, init: object) => unknown
      requestAnimationFrame: (f: () => void) => void
    }
    const start = performance.now()
    if ('chip' in act) page.document.querySelector(`[data-filter="${act.chip}"]`).click()
    else {
      const box = page.document.querySelector('input[type="search"]')
      box.value = act.search
      box.dispatchEvent(new page.Event('input', { bubbles: true }))
    }
    // Svelte flushes in a microtask; the second frame callback runs after the first frame painted.
    await new Promise<void>((done) => page.requestAnimationFrame(() => page.requestAnimationFrame(done)))
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

    const filter: number[] = []
    for (let i = 0; i < 5; i++) {
      filter.push(await timeToPaint(page, { chip: 'unreviewed' }))
      filter.push(await timeToPaint(page, { chip: 'all' }))
    }

    let searchMs: number | null = null
    if (await page.$('input[type="search"]')) {
      const search: number[] = []
      for (const word of ['Stoltenberg', 'troops', 'diplomacy', 'Kremlin', '']) search.push(await timeToPaint(page, { search: word }))
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

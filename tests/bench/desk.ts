/**
 * The desk's responsiveness in Chromium with a large store: first contentful
 * paint, and the time from changing a filter (or typing a search) to the
 * claims list being painted. Same renderer bundle and handlers as the e2e tests.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import type { StoreData } from '../../src/core/model'
import { openStore } from '../../src/core/store/jsonStore'
import { createHandlers } from '../../src/main/ipc/handlers'
import { APP_URL, bridgeApi, CHROMIUM_ARGS, chromiumPath, serveRenderer } from '../e2e/bridge'

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
    const store = await openStore(join(dir, 'factdesk.json'), { seed: () => data })
    const handlers = createHandlers({ store, chooseSavePath: async () => null, writeFile: (p, c) => writeFile(p, c) })
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await serveRenderer(page)
    await bridgeApi(page, () => handlers)
    await page.goto(APP_URL)
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
    return { firstPaintMs: round(firstPaintMs), filterMs: round(median(filter)), searchMs }
  } finally {
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const round = (ms: number): number => Number(ms.toFixed(1))

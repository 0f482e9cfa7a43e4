/**
 * Runs the built desk (out/renderer) in Chromium with the real IPC handlers
 * over a real store file, bridged exactly as the preload does over Electron IPC:
 * `window.api.invoke(channel, request)` → `dispatch(handlers, channel, request)`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { openDeskStore } from '../../src/core/store/deskStore'
import type { StoreData } from '../../src/core/model'
import { chromiumPdf } from '../../src/cli/pdf'
import { createHandlers } from '../../src/main/ipc/handlers'
import { APP_URL, bridgeApi, ROOT, serveRenderer } from './bridge'
import type { Handlers } from '../../src/shared/contract'

export interface DeskHarness {
  page: Page
  dir: string
  storePath: string
  /** Re-opens the same store file (fresh handlers) and reloads the page: proves persistence. */
  reload(): Promise<void>
  /** The store file as it is on disk right now. */
  readStoreFile(): Promise<StoreData>
  /** Paths the desk asked to show in their folder (the app calls shell.showItemInFolder). */
  revealed: string[]
}

async function makeHandlers(dir: string, storePath: string, revealed: string[]): Promise<Handlers> {
  // Opened as the app opens it: an empty store is seeded with the bundled reports.
  const store = await openDeskStore(storePath, join(ROOT, 'seeds'))
  return createHandlers({
    store,
    chooseSavePath: async (name) => join(dir, name),
    writeFile: (p, c) => writeFile(p, c),
    // Chromium prints the PDF here, as printToPDF does in the app.
    renderPdf: chromiumPdf('A4'),
    revealPath: (p) => revealed.push(p)
  })
}

export const test = base.extend<{ desk: DeskHarness }>({
  desk: async ({ page }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'))
    const storePath = join(dir, 'factdesk.json')
    const revealed: string[] = []
    let handlers = await makeHandlers(dir, storePath, revealed)

    await serveRenderer(page)
    await bridgeApi(page, () => handlers)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      // The CSP asks for frame-ancestors as the spec'd policy; in a <meta> Chromium only notes it's ignored.
      if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored")) errors.push(m.text())
    })

    // Every test starts from a desk that has loaded its claims and listens for keys.
    const ready = () => page.locator('[data-claim]').first().waitFor({ timeout: 60_000 })
    await page.goto(APP_URL)
    await ready()
    await use({
      page,
      dir,
      storePath,
      async reload() {
        handlers = await makeHandlers(dir, storePath, revealed)
        await page.reload()
        await ready()
      },
      async readStoreFile() {
        return JSON.parse(await readFile(storePath, 'utf8')) as StoreData
      },
      revealed
    })
    // CSP violations and uncaught errors fail the test.
    expect(errors, 'errors in the page').toEqual([])
    await rm(dir, { recursive: true, force: true })
  }
})

export { APP_URL, expect }

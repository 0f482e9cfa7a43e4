/**
 * Runs the built desk (out/renderer) in Chromium with the real IPC handlers
 * over a real store file, bridged exactly as the preload does over Electron IPC:
 * `window.api.invoke(channel, request)` → `dispatch(handlers, channel, request)`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { readSeedReports } from '../../src/core/store/files'
import { openStore } from '../../src/core/store/jsonStore'
import { importReports } from '../../src/core/pipeline'
import type { StoreData } from '../../src/core/model'
import { createHandlers } from '../../src/main/ipc/handlers'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Handlers } from '../../src/shared/contract'

const ROOT = resolve(import.meta.dirname, '../..')
const RENDERER = join(ROOT, 'out/renderer')
export const APP_URL = 'http://app.test/index.html'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

export interface DeskHarness {
  page: Page
  dir: string
  storePath: string
  /** Re-opens the same store file (fresh handlers) and reloads the page: proves persistence. */
  reload(): Promise<void>
  /** The store file as it is on disk right now. */
  readStoreFile(): Promise<StoreData>
}

async function makeHandlers(dir: string, storePath: string): Promise<Handlers> {
  // Mirrors the app's first run: an empty store is seeded with the bundled reports.
  const seeds = await readSeedReports(join(ROOT, 'seeds'))
  const store = await openStore(storePath, { seed: (data) => importReports(data, seeds, new Date()).data })
  return createHandlers({ store, chooseSavePath: async (name) => join(dir, name), writeFile: (p, c) => writeFile(p, c, 'utf8') })
}

async function serveRenderer(page: Page): Promise<void> {
  await page.route('http://app.test/**', async (route) => {
    const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^[/\\]+/, '')
    const file = join(RENDERER, path || 'index.html')
    if (!file.startsWith(RENDERER)) return route.fulfill({ status: 403 })
    try {
      const body = await readFile(file)
      await route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' })
    } catch {
      await route.fulfill({ status: 404, body: 'not found' })
    }
  })
}

export const test = base.extend<{ desk: DeskHarness }>({
  desk: async ({ page }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'))
    const storePath = join(dir, 'factdesk.json')
    let handlers = await makeHandlers(dir, storePath)

    await serveRenderer(page)
    await page.exposeBinding('__factdeskInvoke', (_source, channel: unknown, payload: unknown) => dispatch(handlers, channel, payload))
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __factdeskInvoke: (c: unknown, p: unknown) => Promise<unknown>; api: unknown }
      w.api = { invoke: (c: unknown, p: unknown) => w.__factdeskInvoke(c, p), on: () => () => {} }
    })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      // The CSP asks for frame-ancestors as the spec'd policy; in a <meta> Chromium only notes it's ignored.
      if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored")) errors.push(m.text())
    })

    await page.goto(APP_URL)
    await use({
      page,
      dir,
      storePath,
      async reload() {
        handlers = await makeHandlers(dir, storePath)
        await page.reload()
      },
      async readStoreFile() {
        return JSON.parse(await readFile(storePath, 'utf8')) as StoreData
      }
    })
    // CSP violations and uncaught errors fail the test.
    expect(errors, 'errors in the page').toEqual([])
    await rm(dir, { recursive: true, force: true })
  }
})

export { expect }

/**
 * The Electron IPC transport, swapped: serves the built renderer to a Chromium
 * page and provides `window.api` by calling the real main-process handlers,
 * exactly as the preload does over ipcRenderer. Used by the e2e tests and the benchmark.
 */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Handlers } from '../../src/shared/contract'

export { CHROMIUM_ARGS, chromiumPath } from './chromium'

export const ROOT = resolve(import.meta.dirname, '../..')
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

/** Serves out/renderer at APP_URL without a server process (file:// blocks module scripts). */
export async function serveRenderer(page: Page): Promise<void> {
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

/** `window.api` over the given handlers; `handlers()` is read per call so a test can swap them (reload). */
export async function bridgeApi(page: Page, handlers: () => Handlers): Promise<void> {
  await page.exposeBinding('__factdeskInvoke', (_source, channel: unknown, payload: unknown) => dispatch(handlers(), channel, payload))
  // A string, not a function: a TypeScript runner's helpers (tsx's __name) must not leak into the page.
  await page.addInitScript({
    content: 'window.api = { invoke: (channel, request) => window.__factdeskInvoke(channel, request), on: () => () => {} }'
  })
}

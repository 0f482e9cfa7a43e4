/**
 * The brief's HTML printed to PDF by Chromium (through Playwright), for the CLI and
 * the tests; the app prints the same HTML with Electron's printToPDF instead, with
 * the same settings and the same way in (core/brief/print.ts).
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RenderPdf } from '../core/brief'
import { BRIEF_PRINT_PATH, PDF_FOOTER, PDF_HEADER, PDF_MARGINS_MM, type Paper } from '../core/brief/print'

export type { Paper }

/** Where the page finds the brief: answered from memory below, never looked up (.invalid). */
const BRIEF_URL = `http://brief.invalid${BRIEF_PRINT_PATH}`
const MARGIN = Object.fromEntries(Object.entries(PDF_MARGINS_MM).map(([side, mm]) => [side, `${mm}mm`]))

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function chromiumPdf(paper: Paper = 'A4'): RenderPdf {
  return async (html) => {
    // Loaded on demand: only PDF export needs a browser, and it must never be downloaded at run time.
    const { chromium } = await import('@playwright/test')
    const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
    // Chromium writes config and caches under XDG dirs: keep them in a throwaway folder, not the user's.
    const home = await mkdtemp(join(tmpdir(), 'factdesk-pdf-'))
    const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') }
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ARGS, env })
    try {
      const page = await browser.newPage({ javaScriptEnabled: false })
      // Nothing may load from outside: the brief is self-contained and its CSP says so too.
      await page.route('**/*', (route) => (route.request().url() === BRIEF_URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()))
      await page.goto(BRIEF_URL, { waitUntil: 'load' })
      await page.emulateMedia({ media: 'print' })
      const pdf = await page.pdf({
        format: paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: PDF_HEADER,
        footerTemplate: PDF_FOOTER,
        margin: MARGIN
      })
      return new Uint8Array(pdf)
    } finally {
      await browser.close()
      await rm(home, { recursive: true, force: true })
    }
  }
}

/**
 * The brief's HTML printed to PDF by Chromium (through Playwright), for the CLI and
 * the tests; the app prints the same HTML with Electron's printToPDF instead.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RenderPdf } from '../core/brief'

export type Paper = 'A4' | 'Letter'

/** Page numbers in the footer: Chromium fills .pageNumber and .totalPages. */
export const PDF_FOOTER =
  '<div style="width:100%;text-align:center;font:8pt Georgia,serif;color:#5f5f5f"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

export const PDF_MARGIN = { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' }

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
      await page.route('**/*', (route) => route.abort())
      await page.setContent(html, { waitUntil: 'load' })
      await page.emulateMedia({ media: 'print' })
      const pdf = await page.pdf({
        format: paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: PDF_FOOTER,
        margin: PDF_MARGIN
      })
      return new Uint8Array(pdf)
    } finally {
      await browser.close()
      await rm(home, { recursive: true, force: true })
    }
  }
}

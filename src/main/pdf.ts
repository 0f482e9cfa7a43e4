/**
 * The brief's HTML printed to PDF by Electron: a hidden, sandboxed window with
 * JavaScript off loads the self-contained document and prints it.
 */
import { BrowserWindow } from 'electron'
import type { RenderPdf } from '../core/brief'

/** Same footer as the CLI's Chromium printer (src/cli/pdf.ts), so both PDFs look alike. */
const FOOTER =
  '<div style="width:100%;text-align:center;font:8pt Georgia,serif;color:#5f5f5f"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

export function electronPdf(pageSize: 'A4' | 'Letter' = 'A4'): RenderPdf {
  return async (html) => {
    const win = new BrowserWindow({
      show: false,
      // Locked down like the main window, and with JavaScript off: the brief has no scripts.
      webPreferences: {
        // Its own in-memory session, so blocking the network here leaves the desk's session alone.
        partition: 'factdesk-pdf',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick'
      }
    })
    try {
      // Nothing leaves the window: the brief's own CSP forbids loading anything, and so does this.
      win.webContents.session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*'] }, (_details, callback) => callback({ cancel: true }))
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
      const pdf = await win.webContents.printToPDF({
        pageSize,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        // Inches: 18mm top, 20mm bottom, 16mm sides, as in the CLI's PDF.
        margins: { top: 0.71, bottom: 0.79, left: 0.63, right: 0.63 }
      })
      return new Uint8Array(pdf)
    } finally {
      win.destroy()
    }
  }
}

/**
 * The brief's HTML printed to PDF by Electron: a hidden, sandboxed window with
 * JavaScript off, in a session of its own, loads the self-contained document
 * from the app scheme (served from memory, of any size) and prints it. Same
 * settings and same way in as the CLI's Chromium printer (core/brief/print.ts).
 */
import { BrowserWindow, session, type Session } from 'electron'
import type { RenderPdf } from '../core/brief'
import { BRIEF_PRINT_PATH, PDF_FOOTER, PDF_HEADER, PDF_MARGINS_MM, type Paper } from '../core/brief/print'
import { APP_SCHEME } from './appProtocol'

/** In memory, apart from the desk's session: blocking the network here leaves the desk alone. */
const PDF_PARTITION = 'factdesk-pdf'
const MM_PER_INCH = 25.4

/** The briefs being printed, by the host they are served at (one per print, so prints may overlap). */
const printing = new Map<string, string>()
let next = 0
let printSession: Session | undefined

/** The print session, set up once: the app scheme answers with the brief being printed, and nothing goes out. */
function pdfSession(): Session {
  if (printSession) return printSession
  const ses = session.fromPartition(PDF_PARTITION)
  ses.protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url)
    const html = url.pathname === BRIEF_PRINT_PATH ? printing.get(url.host) : undefined
    return html === undefined ? new Response('Not found', { status: 404 }) : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
  })
  // The brief's own CSP forbids loading anything; so does this.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*'] }, (_details, callback) => callback({ cancel: true }))
  printSession = ses
  return ses
}

export function electronPdf(paper: Paper = 'A4'): RenderPdf {
  return async (html) => {
    const host = `brief-${++next}`
    printing.set(host, html)
    const win = new BrowserWindow({
      show: false,
      // Locked down like the main window, and with JavaScript off: the brief has no scripts.
      webPreferences: {
        session: pdfSession(),
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
      await win.loadURL(`${APP_SCHEME}://${host}${BRIEF_PRINT_PATH}`)
      const pdf = await win.webContents.printToPDF({
        pageSize: paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: PDF_HEADER,
        footerTemplate: PDF_FOOTER,
        margins: {
          top: PDF_MARGINS_MM.top / MM_PER_INCH,
          bottom: PDF_MARGINS_MM.bottom / MM_PER_INCH,
          left: PDF_MARGINS_MM.left / MM_PER_INCH,
          right: PDF_MARGINS_MM.right / MM_PER_INCH
        }
      })
      return new Uint8Array(pdf)
    } finally {
      printing.delete(host)
      win.destroy()
    }
  }
}

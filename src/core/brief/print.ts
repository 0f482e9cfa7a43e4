/**
 * How the brief is printed to PDF, by Electron in the app (main/pdf.ts) and by
 * Chromium in the CLI (cli/pdf.ts): the same page, footer and margins, and the
 * same way in. Both load the brief's HTML from a URL that serves it from memory,
 * never as a data: URL — Chromium refuses URLs over 2 MiB, and the brief of a
 * running story (1,000 reports and more) is larger than that.
 */

/** Page numbers in the footer: Chromium fills .pageNumber and .totalPages. */
export const PDF_FOOTER =
  '<div style="width:100%;text-align:center;font:8pt Georgia,serif;color:#5f5f5f"><span class="pageNumber"></span> / <span class="totalPages"></span></div>'

/** An empty header: Chromium prints the date and title there otherwise. */
export const PDF_HEADER = '<span></span>'

export const PDF_MARGINS_MM = { top: 18, bottom: 20, left: 16, right: 16 } as const

export type Paper = 'A4' | 'Letter'

/** The one path the printers serve the brief at; its host is never looked up. */
export const BRIEF_PRINT_PATH = '/brief.html'

/**
 * PDF reports (press releases, statements, court filings): the text layer of
 * each page, read by Mozilla's pdf.js offline (its Node build, no worker to
 * download, no fonts fetched, no script in the file run), with the page
 * breaks kept so claims can be cited by page. A PDF that is only pictures of
 * pages (a scan) has no text layer; one that needs a password cannot be read:
 * both are refused with the reason, as is a file that is not a readable PDF.
 */
import { UserError } from '../errors'
import { assertReportSize, cleanReportText } from './decode'

export const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46] // %PDF

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_SIGNATURE.every((b, i) => bytes[i] === b)
}

/** A PDF's text: its pages' texts, in order (a page may be empty). */
export interface PdfText {
  pages: string[]
}

/** Fewer letters than this on all pages together: the text layer is missing (a scan), not a short text. */
const MIN_TEXT_CHARS = 20

interface TextPiece {
  str: string
  hasEOL: boolean
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<PdfJs> | null = null
/** Loaded on the first PDF only: pdf.js is large, and most imports are text. */
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'))

function pageText(items: readonly TextPiece[]): string {
  let text = ''
  for (const item of items) {
    text += item.str
    if (item.hasEOL) text += '\n'
  }
  // Lines that a paragraph wraps over are one line of text again; blank lines stay paragraph breaks.
  return cleanReportText(text)
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .replace(/-\n(?=\p{Ll})/gu, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim()
    )
    .filter(Boolean)
    .join('\n\n')
}

export async function readPdf(bytes: Uint8Array, name: string): Promise<PdfText> {
  assertReportSize(bytes.byteLength, name)
  const { getDocument } = await loadPdfJs()
  // pdf.js takes the buffer over (transfers it): give it a copy, so the caller's bytes stay whole.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (error) {
    const kind = (error as Error).name
    if (kind === 'PasswordException')
      throw new UserError(`${name} is an encrypted PDF: it needs a password to open, so its text cannot be read. Save an unprotected copy and import that.`)
    throw new UserError(`${name} is not a readable PDF (${(error as Error).message}).`)
  }
  try {
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      pages.push(pageText(content.items.flatMap((item) => ('str' in item ? [item] : []))))
      page.cleanup()
    }
    const letters = pages.join('').replace(/[^\p{L}\p{N}]/gu, '').length
    if (letters < MIN_TEXT_CHARS) {
      throw new UserError(
        `${name} has no text layer: its ${doc.numPages === 1 ? 'page is a picture' : `${doc.numPages} pages are pictures`} (a scan?), so there is no text to check. Run it through OCR first.`
      )
    }
    return { pages }
  } finally {
    await doc.destroy()
  }
}

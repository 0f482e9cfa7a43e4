/**
 * Any report file the desk accepts (.txt, .md, .html, .docx, .pdf) → its text,
 * or a UserError naming the file and what is wrong with it. A PDF is known by
 * its first bytes, whatever its name, and keeps its pages.
 */
import { decodeReportBytes } from './decode'
import { docxToText, isDocx } from './docx'
import { isPdf, readPdf } from './pdf'

export const IMPORTABLE = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'] as const

export interface ReportContent {
  content: string
  /** A PDF's pages, in order. */
  pages?: string[]
}

export async function readReportContent(bytes: Uint8Array, name: string): Promise<ReportContent> {
  if (isPdf(bytes)) {
    const { pages } = await readPdf(bytes, name)
    return { content: pages.filter(Boolean).join('\n\n'), pages }
  }
  return { content: isDocx(name) ? await docxToText(bytes, name) : decodeReportBytes(bytes, name) }
}

export async function reportFileToText(bytes: Uint8Array, name: string): Promise<string> {
  return (await readReportContent(bytes, name)).content
}

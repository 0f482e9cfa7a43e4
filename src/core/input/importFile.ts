/**
 * Any report file the desk accepts (.txt, .md, .html, .docx) → text, or a
 * UserError naming the file and what is wrong with it.
 */
import { decodeReportBytes } from './decode'
import { docxToText, isDocx } from './docx'

export const IMPORTABLE = ['.txt', '.md', '.html', '.htm', '.docx'] as const

export async function reportFileToText(bytes: Uint8Array, name: string): Promise<string> {
  return isDocx(name) ? docxToText(bytes, name) : decodeReportBytes(bytes, name)
}

/**
 * Word (.docx) reports: the text of word/document.xml, one line per
 * paragraph. Only the zip's XML is read, as text; nothing in it is run.
 */
import JSZip from 'jszip'
import { UserError } from '../errors'
import { MAX_REPORT_BYTES } from './decode'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function xmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e]!
    )
}

export function isDocx(name: string): boolean {
  return /\.docx$/i.test(name)
}

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.length > MAX_REPORT_BYTES) throw new UserError(`${name} is too large to import (over ${MAX_REPORT_BYTES / 1024 / 1024} MB).`)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw new UserError(`${name} is not a Word document (.docx): it could not be opened as one.`)
  }
  const part = zip.file('word/document.xml')
  if (!part) throw new UserError(`${name} is not a Word document (.docx): it has no document body.`)
  const xml = await part.async('string')
  const paragraphs = [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((m) => xmlText(m[0]).trim())
  const text = paragraphs.filter((p) => p !== '').join('\n\n')
  if (text === '') throw new UserError(`${name} is empty: there is no text to check.`)
  return text
}

/**
 * Turns a report file's bytes into text, or refuses it with a reason the
 * editor can act on. Pure (no I/O), so every rule is unit-tested.
 */
import { UserError } from '../errors'
import { htmlToText, looksLikeHtml } from './html'

export const MAX_REPORT_BYTES = 20 * 1024 * 1024

/** Signatures of formats that are not text reports (docx is a zip). */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a zip archive (or a Word/ODF document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]]
]

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b)
}

function decodeText(bytes: Uint8Array, name: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    // ignoreBOM: false strips a UTF-8 byte-order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UserError(`${name} is not UTF-8 text. Save it as UTF-8 (or UTF-16 with a byte-order mark) and import it again.`)
  }
}

export function assertReportSize(byteCount: number, name: string): void {
  if (byteCount > MAX_REPORT_BYTES) {
    throw new UserError(`${name} is ${(byteCount / 1024 / 1024).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1024 / 1024} MB are not imported.`)
  }
}

/** Control characters no report needs: C0 (but tab, line feed, carriage return, and the page breaks \v \f), DEL and C1. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this filter is for
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

/**
 * The one filter every report's text passes, whatever its format (plain,
 * HTML entities, Word character references): control characters go (they
 * can rewrite a terminal line, or write the clipboard), page breaks become
 * line breaks. Linear, one pass.
 */
export function cleanReportText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the page breaks \v and \f, turned into line breaks
  return text.replace(CONTROLS, '').replace(/[\u000b\u000c]/g, '\n')
}

export function decodeReportBytes(bytes: Uint8Array, name: string): string {
  assertReportSize(bytes.length, name)
  const binary = BINARY_SIGNATURES.find(([, signature]) => startsWith(bytes, signature))
  if (binary) throw new UserError(`${name} is ${binary[0]}, not a text report.`)
  const text = decodeText(bytes, name)
  // Text never holds NUL or many control characters; binary data does.
  let controls = 0
  // eslint-disable-next-line no-control-regex -- counting control characters is what this line is for
  for (const _ of text.matchAll(/[\u0000-\u0008\u000e-\u001f]/g)) controls++
  if (text.includes('\u0000') || controls > Math.max(8, text.length / 100)) {
    throw new UserError(`${name} looks like a binary file, not a text report.`)
  }
  const plain = cleanReportText(looksLikeHtml(name, text) ? htmlToText(text) : text)
  if (plain.trim() === '') throw new UserError(`${name} is empty: there is no text to check.`)
  return plain
}

/**
 * Word (.docx) reports: the document's text, one paragraph per line, read by
 * mammoth (a maintained .docx reader with a real XML parser). Nothing in the
 * file is run, and nothing outside it is read (mammoth's external file access stays off).
 *
 * A .docx is a zip, and 1 MB of zip can inflate to gigabytes. Before mammoth
 * sees the file, every entry is inflated once as a stream and counted: the
 * whole, and each entry against its compressed size. The first byte past a
 * limit stops it, before any XML is built.
 */
import yauzl from 'yauzl'
import { UserError } from '../errors'
import { assertReportSize, cleanReportText } from './decode'

export const DOCX_LIMITS = {
  /** All entries together, inflated. A long report's document.xml is a few MB. */
  totalBytes: 64 * 1024 * 1024,
  /** Inflated / compressed, per entry, once it is past `ratioFloorBytes`: Word's XML compresses 5–50×; zip bombs 1,000×. */
  ratio: 200,
  ratioFloorBytes: 8 * 1024 * 1024,
  entries: 10_000
} as const

export function isDocx(name: string): boolean {
  return /\.docx$/i.test(name)
}

const MB = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`

/** Inflates every entry as a stream, counting; refuses the file at the first byte past a limit. */
async function checkInflation(bytes: Uint8Array, name: string): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let zip: yauzl.ZipFile
  try {
    // validateEntrySizes: an entry inflating past the size it declares is an error too.
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false })
  } catch {
    throw new UserError(`${name} is not a Word document (.docx): it could not be opened as one.`)
  }
  const tooBig = (what: string): UserError => new UserError(`${name} is refused: ${what} — far more than any report's text (a "zip bomb"). Nothing was imported.`)
  let total = 0
  let entries = 0
  try {
    for await (const entry of zip.eachEntry()) {
      if (++entries > DOCX_LIMITS.entries) throw tooBig(`it holds over ${DOCX_LIMITS.entries.toLocaleString('en')} files`)
      if (entry.fileName.endsWith('/')) continue
      const allowed = Math.max(DOCX_LIMITS.ratioFloorBytes, entry.compressedSize * DOCX_LIMITS.ratio)
      if (entry.uncompressedSize > allowed || total + entry.uncompressedSize > DOCX_LIMITS.totalBytes) {
        throw tooBig(`its parts say they inflate to ${MB(total + entry.uncompressedSize)}`)
      }
      const stream = await zip.openReadStreamPromise(entry)
      let inflated = 0
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length
        total += chunk.length
        if (inflated > allowed || total > DOCX_LIMITS.totalBytes) {
          stream.destroy()
          throw tooBig(`it inflates past ${MB(total)}`)
        }
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${name} is not a Word document (.docx), or it is damaged: ${(error as Error).message}.`)
  } finally {
    zip.close()
  }
}

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  assertReportSize(bytes.length, name)
  await checkInflation(bytes, name)
  let raw: string
  try {
    // Loaded when a .docx comes: it is the largest part of the import worker, and most reports are text.
    const { default: mammoth } = await import('mammoth')
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
    raw = result.value
  } catch (error) {
    const why = (error as Error).message.split('\n')[0]
    throw new UserError(`${name} is not a Word document (.docx), or it is damaged: ${why}.`)
  }
  // Character references (&#x1b;) arrive decoded here: the same filter as every other report.
  const text = cleanReportText(raw)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  if (text === '') throw new UserError(`${name} is empty: there is no text to check.`)
  return text
}

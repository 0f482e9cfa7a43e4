import { createHash } from 'node:crypto'
import type { Report } from '../model'

export interface ReportInput {
  /** The file name or label the report is imported under. */
  file: string
  content: string
}

/** Unicode NFC, one kind of line break, no stray spaces: offsets stay meaningful everywhere. */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

export function reportIdFor(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex').slice(0, 10)
}

const DATE_LINE = /^date (\d{4}-\d{2}-\d{2})\s+/
const CREDIT_LINE = /^\*\s*(With .+)$/gim

export function ingestReport(input: ReportInput, importedAt: string): Report {
  const normalised = normaliseText(input.content)
  let text = normalised
  let date: string | null = null
  const dateMatch = DATE_LINE.exec(text)
  if (dateMatch) {
    date = dateMatch[1] ?? null
    text = text.slice(dateMatch[0].length)
  }
  const credits = [...text.matchAll(CREDIT_LINE)].map((m) => (m[1] ?? '').trim())
  text = text.replace(CREDIT_LINE, '').trim()
  const firstLine = text.split('\n', 1)[0] ?? ''
  return {
    id: reportIdFor(normalised),
    file: input.file,
    title: firstLine.length > 0 && firstLine.length <= 160 ? firstLine : null,
    date,
    credits,
    dateline: null,
    text,
    original: input.content,
    importedAt
  }
}

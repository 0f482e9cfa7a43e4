/** Every claim as one CSV row (RFC 4180), for spreadsheets and the newsroom's own tools. */
import { reviewOf, type StoreData } from '../model'

export const CSV_COLUMNS = ['id', 'report', 'speaker', 'text', 'cluster', 'verdict', 'note', 'editor', 'reviewed at'] as const

/**
 * Quotes a field per RFC 4180. Report text is untrusted, and a spreadsheet would run a
 * cell starting with = + - @ (or a tab/CR) as a formula: such cells get a leading
 * apostrophe, which spreadsheets show as plain text (OWASP's CSV-injection advice).
 * Where the list separator is ";" (much of Europe), a spreadsheet splits the line at
 * every ";", quotes or not, so each part after a ";" is a cell of its own and is
 * neutralised the same way.
 */
export function csvField(value: string): string {
  const safe = value.replace(/(^|;)([\s"]*)(?=[=+\-@\t\r])/g, "$1$2'")
  return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** All claims, reviewed or not (the CSV is the full record, not the brief's selection). */
export function renderCsv(data: StoreData): string {
  const label = new Map(data.reports.map((r) => [r.id, r.title?.trim() || r.file]))
  const rows = data.claims.map((claim) => {
    const review = reviewOf(data, claim.id)
    return [
      claim.id,
      label.get(claim.reportId) ?? claim.reportId,
      claim.speaker ?? '',
      claim.text,
      claim.clusterId,
      review.verdict,
      review.note,
      review.editor ?? '',
      review.updatedAt ?? ''
    ]
  })
  // CRLF line ends, as RFC 4180 specifies; a BOM so Excel reads the file as UTF-8.
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** Every claim the brief's scope lets in, one CSV row each (RFC 4180), for spreadsheets and the newsroom's own tools. */
import { reviewOf } from '../model'
import { sourceName } from './phrases'
import type { Selection } from './selection'
import { sourceOf } from './sources'
import { claimWording, plainText } from './wording'

export const CSV_COLUMNS = ['id', 'source', 'outlet', 'url', 'speaker', 'claim', 'cluster', 'verdict', 'note', 'editor', 'reviewed at'] as const

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

/** One row per claim in scope, in the store's order; `claim` is worded as the brief words it (quotation marks only around quoted words). */
export function renderCsv(sel: Selection): string {
  const sources = new Map(sel.reports.map((r) => [r.id, sourceOf(r, sel.numberOf.get(r.id)!)]))
  const rows = sel.claims
    .filter((c) => sel.included.has(c.id))
    .map((claim) => {
      const review = reviewOf(sel.data, claim.id)
      const source = sources.get(claim.reportId)
      return [
        claim.id,
        source ? String(source.n) : '',
        source ? sourceName(source) : '',
        source?.url ?? '',
        claim.speaker ?? '',
        plainText(claimWording(claim)),
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

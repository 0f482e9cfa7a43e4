/** The brief's fixed lines, worded once for every format (Markdown, HTML, PDF, Word). */
import { formatDate } from './title'
import type { BriefAccount, BriefArchived, BriefDisagreement, BriefDisagreementSide, BriefEvidence, BriefModel, BriefSource } from './types'
import { SCOPE_LABELS } from './types'

/** "12 of 81 claims reviewed". */
export function coverageLine(model: BriefModel): string {
  const { reviewed, total } = model.coverage
  return `${reviewed} of ${total} ${total === 1 ? 'claim' : 'claims'} reviewed`
}

/** "15 Feb 2022, 18:40 CET · 12 of 81 claims reviewed · 5 reports · Reviewed claims only · Prepared by …". */
export function metaLine(model: BriefModel): string {
  const n = model.sources.length
  return [
    model.asOfLabel,
    coverageLine(model),
    `${n} ${n === 1 ? 'report' : 'reports'}`,
    SCOPE_LABELS[model.scope],
    model.preparedBy ? `Prepared by ${model.preparedBy}` : null
  ]
    .filter(Boolean)
    .join(' · ')
}

/** What a source is called first: its outlet, else its headline, else its file. */
export function sourceName(s: BriefSource): string {
  return s.outlet ?? s.headline ?? s.file
}

/** The headline when the name above is not already it. */
export function sourceHeadline(s: BriefSource): string | null {
  return s.outlet !== null ? s.headline : null
}

/** Date, dateline, byline and agency credits: the rest of what editors cite a report by; then when the page was archived. */
export function sourceDetails(s: BriefSource): string[] {
  return [s.date ? formatDate(s.date) : 'undated', s.dateline, s.byline, ...s.credits, s.archived ? archivedLine(s.archived) : null].filter((d): d is string =>
    Boolean(d)
  )
}

/**
 * "archived 1 Dec 2026, 06:10 UTC, SHA-256 3f2a9c0b1d4e…": what the page said when
 * it was checked is kept on the desk under that hash, so a changed page can be shown.
 */
function archivedLine(archived: BriefArchived): string {
  const at = new Date(archived.at)
  const time = Number.isNaN(at.getTime()) ? archived.at : `${formatDate(archived.at.slice(0, 10))}, ${at.toISOString().slice(11, 16)} UTC`
  return `archived ${time}, SHA-256 ${archived.sha256.slice(0, 12)}…`
}

/** What follows an evidence link: when its page was archived, or why it could not be. */
export function evidenceStatus(e: BriefEvidence): string {
  if (e.archived) return archivedLine(e.archived)
  return e.problem ? `not archived: ${e.problem}` : 'not archived'
}

/** Where a report without a web address came from: its file, so it can still be found. */
export function sourceFile(s: BriefSource): string | null {
  return s.url === null && sourceName(s) !== s.file ? `file ${s.file}` : null
}

/** Where a side stands when no report states it: the lexicon's world data. */
export const REFERENCE = 'reference data'

/** "Figures — people (killed)": what a disagreement is about, the same in every format. */
export function disagreementHeading(d: BriefDisagreement): string {
  return `${d.label} — ${d.topic}`
}

/** A side's status: "verified", "disputed and verified", "not reviewed", or where a reference-data side stands. */
export function sideStatus(side: BriefDisagreementSide): string {
  if (side.citations.length === 0) return REFERENCE
  return side.verdicts.length === 0 ? 'not reviewed' : side.verdicts.join(' and ')
}

/** One account per report: what each source says, not every claim of it. */
export function oneAccountPerSource(accounts: readonly BriefAccount[]): BriefAccount[] {
  const seen = new Set<number>()
  return accounts.filter((a) => !seen.has(a.citation) && seen.add(a.citation))
}

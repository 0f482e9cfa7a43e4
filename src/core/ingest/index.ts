/**
 * A file's text → a Report: the body claims are extracted from, and the page
 * furniture set aside from it with its role (headline, subheads, captions and
 * picture credits, bylines and time stamps, summary boxes, banners), the page
 * address, publication date, dateline and agency credits read from it.
 *
 * Every rule goes by shape and the general furniture lexicon (../lexicon/data/
 * furniture.json), never by strings from particular reports. Each line is
 * looked at once, and only a bounded head of it, so ingest is linear in the
 * size of the file.
 */
import type { ArchivedPage, Report } from '../model'
import { locatePages } from './pages'
import type { Part } from './headers'
import { readHeaders } from './headers'
import { scanDateline } from './dateline'
import { layOut } from './layout'
import { dominantScript } from './lines'
import { normaliseText, reportIdFor } from './normalise'
import { deriveTitle } from './title'

export { normaliseText, reportIdFor } from './normalise'
export { parseDate } from './dates'

/** What the source itself says about the report, when it says it apart from the text (a web page's metadata). */
export interface ReportMeta {
  title?: string | null
  url?: string | null
  date?: string | null
  byline?: string | null
  outlet?: string | null
  archive?: ArchivedPage
}

export interface ReportInput {
  /** The file name or label the report is imported under. */
  file: string
  content: string
  /** Read from the source's metadata: preferred to what is read from the text. */
  meta?: ReportMeta
  /** A paged source's pages (a PDF): `content` is their text, and the report keeps where each begins. */
  pages?: string[]
}

/** The first `chars` characters of the lines joined, without joining them all. */
function headOf(lines: string[], chars: number): string {
  const out: string[] = []
  let length = 0
  for (let i = 0; i < lines.length && length < chars; i++) {
    out.push(lines[i]!)
    length += lines[i]!.length + 1
  }
  return out.join('\n').slice(0, chars)
}

/** A day as a Date at noon UTC, so a year taken from it is that day's year in any zone. */
const noon = (iso: string): Date => new Date(`${iso}T12:00:00Z`)

export function ingestReport(input: ReportInput, importedAt: string): Report {
  const normalised = normaliseText(input.content)
  const lines = normalised === '' ? [] : normalised.split('\n')
  const imported = new Date(importedAt)
  const header = readHeaders(lines, Number.isNaN(imported.getTime()) ? new Date() : imported)
  const rest = lines.slice(header.consumed)
  if (header.remainder !== null) rest.unshift(header.remainder)
  // Days without a year take it from the report's own date when it has one.
  const reference = header.date ? noon(header.date) : imported
  const script = dominantScript(headOf(rest, 20_000)) ?? 'latin'
  const layout = layOut(rest, script, Number.isNaN(reference.getTime()) ? new Date() : reference)

  const furniture: Part[] = [...header.parts]
  const credits = [...header.credits]
  const kept: string[] = []
  let dateline = layout.dateline?.place ?? null
  let datelineDate = layout.dateline?.date ?? null
  let lede = true
  for (let i = 0; i < rest.length; i++) {
    const aside = layout.aside[i]
    if (aside) {
      furniture.push(...aside)
      const credit = layout.creditAt.get(i)
      if (credit !== undefined) credits.push(credit)
      continue
    }
    let line = rest[i]!
    if (lede && line !== '') {
      lede = false
      // The lede may open with its dateline: "RABAT (Morocco), Sept 9: …", "(CNN) — …", "(15 Feb 2022) …".
      const d = scanDateline(line, reference, false)
      if (d) {
        const prefix = line.slice(0, d.end).trim()
        furniture.push({ role: d.place !== null ? 'dateline' : d.credit !== null ? 'credit' : 'timestamp', text: prefix })
        if (d.place !== null) dateline ??= d.place
        if (d.credit !== null) credits.push(d.credit)
        datelineDate ??= d.date
        line = line.slice(d.end)
      }
    }
    kept.push(line)
  }
  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

  const meta = input.meta ?? {}
  const report: Report = {
    id: reportIdFor(normalised),
    file: input.file,
    title: meta.title ?? header.title ?? layout.headline ?? deriveTitle(text),
    date: meta.date ?? header.date ?? layout.publishedDate ?? datelineDate ?? layout.stampDate,
    credits,
    dateline,
    url: meta.url ?? header.url,
    byline: meta.byline ?? header.byline ?? layout.byline,
    outlet: meta.outlet ?? header.outlet,
    furniture,
    named: [],
    text,
    original: input.content,
    importedAt
  }
  if (meta.archive) report.archive = meta.archive
  if (input.pages && input.pages.length > 1) report.pages = locatePages(text, input.pages)
  return report
}

/** The reports as a brief cites them: numbered, and named as editors know them (outlet, headline, date, link). */
import type { Report } from '../model'
import { linkOf, outletOf } from '../reports/label'
import type { BriefSource } from './types'

const baseName = (file: string): string => file.split(/[\\/]/).at(-1) || file

export function sourceOf(report: Report, n: number): BriefSource {
  return {
    n,
    reportId: report.id,
    outlet: outletOf(report),
    headline: report.title?.trim() || null,
    date: report.date,
    url: linkOf(report),
    credits: report.credits,
    byline: report.byline,
    dateline: report.dateline,
    file: baseName(report.file),
    archived: report.archive ? { at: report.archive.fetchedAt, sha256: report.archive.sha256 } : null
  }
}

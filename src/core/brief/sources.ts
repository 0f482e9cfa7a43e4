/** The reports as a brief cites them: numbered, and named as editors know them (outlet, headline, date, link). */
import type { Report } from '../model'
import type { BriefSource } from './types'

/**
 * The outlet of a report: the name it gives itself (an `outlet:` line, an HTML
 * page's site name), else the host of the page it came from ("apnews.com" for
 * https://www.apnews.com/article/…), or null when the report has neither.
 * Agency credits are listed beside it, never in its place: a wire story
 * reprinted by a newspaper is still that newspaper's page.
 */
export function outletOf(report: Pick<Report, 'url' | 'outlet'>): string | null {
  const named = report.outlet?.trim()
  if (named) return named
  if (!report.url) return null
  try {
    const { hostname, protocol } = new URL(report.url)
    if (protocol !== 'http:' && protocol !== 'https:') return null
    return hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}

/** The page's address when it is one a reader can open (http or https), normalised (spaces and angle brackets escaped); null otherwise. */
export function linkOf(report: Pick<Report, 'url'>): string | null {
  if (!report.url) return null
  try {
    const url = new URL(report.url)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

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
    file: baseName(report.file)
  }
}

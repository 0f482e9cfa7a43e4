/**
 * How a report is named wherever it is listed: "outlet · headline · date"
 * (Harbour Times · Port strike halts Rotterdam · 2024-03-05). The outlet is
 * the name the report gives itself (an `outlet:` line, a web page's site name), else its address's host; a file that names
 * neither is labelled by its headline and date alone. Types only from the
 * model: the renderer uses this without pulling zod into its bundle.
 */
import type { Report } from '../model'

export interface ReportLabel {
  outlet: string | null
  headline: string
  date: string | null
}

type Labelled = Pick<Report, 'title' | 'date' | 'url' | 'file' | 'outlet'>

/** Long headlines are cut at a word, so a list row stays one line. */
const HEADLINE_CHARS = 90

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
  const link = linkOf(report)
  return link ? new URL(link).hostname.replace(/^www\./, '') || null : null
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

function shorten(text: string): string {
  if (text.length <= HEADLINE_CHARS) return text
  const cut = text.slice(0, HEADLINE_CHARS)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), HEADLINE_CHARS / 2)).replace(/[\s,;:–—-]+$/, '')}…`
}

export function reportLabel(report: Labelled): ReportLabel {
  return {
    outlet: outletOf(report),
    headline: shorten(report.title?.trim() || report.file.split(/[\\/]/).pop() || report.file),
    date: report.date
  }
}

export function reportLabelText(report: Labelled): string {
  const { outlet, headline, date } = reportLabel(report)
  return [outlet, headline, date].filter(Boolean).join(' · ')
}

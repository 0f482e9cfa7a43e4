/**
 * How a report is named wherever it is listed: "outlet · headline · date"
 * (Harbour Times · Port strike halts Rotterdam · 2024-03-05). The outlet is
 * the site a web page names, else its address's host; a file that names
 * neither is labelled by its headline and date alone. Types only from the
 * model: the renderer uses this without pulling zod into its bundle.
 */
import type { Report } from '../model'

export interface ReportLabel {
  outlet: string | null
  headline: string
  date: string | null
}

type Labelled = Pick<Report, 'title' | 'date' | 'url' | 'file'> & { site?: string | null | undefined }

/** Long headlines are cut at a word, so a list row stays one line. */
const HEADLINE_CHARS = 90

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
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
    outlet: report.site?.trim() || hostOf(report.url),
    headline: shorten(report.title?.trim() || report.file.split(/[\\/]/).pop() || report.file),
    date: report.date
  }
}

export function reportLabelText(report: Labelled): string {
  const { outlet, headline, date } = reportLabel(report)
  return [outlet, headline, date].filter(Boolean).join(' · ')
}

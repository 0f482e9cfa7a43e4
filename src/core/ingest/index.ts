import type { Report } from '../model'
import { takeLeadingDate } from './dates'
import { classifyLine, dominantScript, takeInlineDateline } from './lines'
import { normaliseText, reportIdFor } from './normalise'
import { deriveTitle } from './title'

export { normaliseText, reportIdFor } from './normalise'
export { parseDate } from './dates'

export interface ReportInput {
  /** The file name or label the report is imported under. */
  file: string
  content: string
}

interface Body {
  text: string
  date: string | null
  credits: string[]
  dateline: string | null
}

/**
 * Moves metadata out of the body and drops page chrome. Dropped lines only leave
 * `text`; `original` keeps everything, so nothing is lost.
 */
function splitBody(normalised: string): Body {
  const { date, rest } = takeLeadingDate(normalised)
  const script = dominantScript(rest) ?? 'latin'
  const credits: string[] = []
  let dateline: string | null = null
  const kept: string[] = []
  for (const raw of rest.split('\n')) {
    let line = raw
    const verdict = classifyLine(line, script)
    if (verdict.role === 'credit') credits.push(verdict.value ?? line)
    if (verdict.role === 'dateline' && dateline === null) dateline = verdict.value ?? line
    if (verdict.role !== 'body') continue
    if (dateline === null && kept.every((l) => l === '')) {
      const inline = takeInlineDateline(line)
      if (inline) ({ dateline, rest: line } = inline)
    }
    kept.push(line)
  }
  const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  return { text, date, credits, dateline }
}

export function ingestReport(input: ReportInput, importedAt: string): Report {
  const normalised = normaliseText(input.content)
  const body = splitBody(normalised)
  return {
    id: reportIdFor(normalised),
    file: input.file,
    title: deriveTitle(body.text),
    date: body.date,
    credits: body.credits,
    dateline: body.dateline,
    url: null,
    byline: null,
    furniture: [],
    named: [],
    text: body.text,
    original: input.content,
    importedAt
  }
}

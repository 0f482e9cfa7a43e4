/** The brief as data: what goes in it and in which order, independent of the output format. */
import { reviewOf, type Claim, type Report, type ReviewState, type StoreData } from '../model'
import { deriveTitle, formatDate } from './title'

export interface BriefOptions {
  includeUnreviewed: boolean
  title?: string | undefined
}

export interface BriefSource {
  /** 1-based citation number, in import order. */
  n: number
  reportId: string
  /** The report's title, or its file name when it has none. */
  label: string
  file: string
  date: string | null
  credits: string[]
  dateline: string | null
}

export interface BriefNote {
  note: string
  editor: string | null
}

export interface BriefItem {
  clusterId: string
  claimIds: string[]
  /** The longest wording among the grouped claims: it usually carries the most context. */
  text: string
  speaker: string | null
  notes: BriefNote[]
  /** Source numbers of the reports carrying these claims, ascending. */
  citations: number[]
}

export interface BriefSection {
  verdict: ReviewState
  heading: string
  /** What to print when the section has no items. */
  empty: string
  items: BriefItem[]
}

export interface BriefModel {
  title: string
  /** YYYY-MM-DD: the latest report date, or `now` when no report is dated. */
  date: string
  dateLabel: string
  preparedBy: string | null
  sources: BriefSource[]
  sections: BriefSection[]
}

const SECTIONS: Array<Omit<BriefSection, 'items'>> = [
  { verdict: 'verified', heading: 'What we know', empty: 'No claims verified yet.' },
  { verdict: 'disputed', heading: 'What is disputed', empty: 'No claims disputed.' },
  { verdict: 'unconfirmed', heading: 'Not yet confirmed', empty: 'No claims awaiting confirmation.' },
  { verdict: 'unreviewed', heading: 'Not yet reviewed', empty: 'Every claim has been reviewed.' }
]

export function buildBrief(data: StoreData, options: BriefOptions, now: Date): BriefModel {
  const sources = data.reports.map((r, i) => sourceOf(r, i + 1))
  const numberOf = new Map(sources.map((s) => [s.reportId, s.n]))
  const date = latestDate(data.reports) ?? now.toISOString().slice(0, 10)
  const title = options.title?.trim() || deriveTitle(data.reports, date)

  // A verdict belongs to a claim, not a cluster: group by (cluster, verdict) so a
  // cluster whose claims were judged differently appears in each section concerned.
  const groups = new Map<string, { verdict: ReviewState; claims: Claim[] }>()
  for (const claim of data.claims) {
    const verdict = reviewOf(data, claim.id).verdict
    const key = `${verdict}\u0000${claim.clusterId}`
    const group = groups.get(key) ?? { verdict, claims: [] }
    group.claims.push(claim)
    groups.set(key, group)
  }

  const sections = SECTIONS.filter((s) => options.includeUnreviewed || s.verdict !== 'unreviewed').map((section) => ({
    ...section,
    items: [...groups.values()]
      .filter((g) => g.verdict === section.verdict)
      .map((g) => itemOf(data, g.claims, numberOf))
      .sort(byFirstCitation)
  }))

  const { editorName, organisation } = data.settings
  const preparedBy = [editorName.trim(), organisation.trim()].filter(Boolean).join(', ') || null
  return { title, date, dateLabel: formatDate(date), preparedBy, sources, sections }
}

function sourceOf(report: Report, n: number): BriefSource {
  return {
    n,
    reportId: report.id,
    label: report.title?.trim() || report.file,
    file: report.file,
    date: report.date,
    credits: report.credits,
    dateline: report.dateline
  }
}

function latestDate(reports: Report[]): string | null {
  const dates = reports.map((r) => r.date).filter((d): d is string => d !== null)
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null
}

function itemOf(data: StoreData, claims: Claim[], numberOf: Map<string, number>): BriefItem {
  const canonical = claims.reduce((best, c) => (c.text.length > best.text.length ? c : best))
  const notes: BriefNote[] = []
  for (const claim of claims) {
    const { note, editor } = reviewOf(data, claim.id)
    const text = note.trim()
    if (text && !notes.some((n) => n.note === text)) notes.push({ note: text, editor })
  }
  const citations = [...new Set(claims.map((c) => numberOf.get(c.reportId)).filter((n): n is number => n !== undefined))]
  return {
    clusterId: canonical.clusterId,
    claimIds: claims.map((c) => c.id),
    text: canonical.text,
    speaker: claims.find((c) => c.speaker)?.speaker ?? null,
    notes,
    citations: citations.sort((a, b) => a - b)
  }
}

/** Items follow the order of the sources; within one, the claims' order in the store (stable sort). */
function byFirstCitation(a: BriefItem, b: BriefItem): number {
  return (a.citations[0] ?? Infinity) - (b.citations[0] ?? Infinity)
}

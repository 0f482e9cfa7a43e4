/** Builds the brief model from the store: what goes in it and in which order, independent of the format. */
import { reviewOf, type Claim, type Report, type ReviewState, type StoreData } from '../model'
import { citationOf, type BriefContext } from './context'
import { analyseClaims, liveClaims, type ClaimAnalysis } from '../analysis'
import { ledeOf, disagreementsOf, speakersOf } from './parts'
import { balanceQuotes } from './quotes'
import { deriveTitle, formatDate } from './title'
import { groupByTopic } from './topics'
import { groupBy } from '../groupBy'
import type { BriefItem, BriefModel, BriefNote, BriefOptions, BriefSection, BriefSource } from './types'

export type * from './types'

const SECTIONS: Array<Omit<BriefSection, 'items' | 'topics'>> = [
  { verdict: 'verified', heading: 'What we know', empty: 'No claims verified yet.' },
  { verdict: 'disputed', heading: 'What is disputed', empty: 'No claims disputed.' },
  { verdict: 'unconfirmed', heading: 'Not yet confirmed', empty: 'No claims awaiting confirmation.' },
  { verdict: 'unreviewed', heading: 'Not yet reviewed', empty: 'Every claim has been reviewed.' }
]

export function buildBrief(
  data: StoreData,
  options: BriefOptions,
  now: Date,
  derived: Pick<ClaimAnalysis, 'discrepancies' | 'people'> = analyseClaims(data.claims, data.reports)
): BriefModel {
  // Claims dismissed as "not a claim" take no part in the brief.
  const claims = liveClaims(data.claims)
  const numberOf = new Map(data.reports.map((r, i) => [r.id, i + 1]))
  const claimsById = new Map(claims.map((c) => [c.id, c]))
  const date = latestDate(data.reports) ?? now.toISOString().slice(0, 10)
  const title = options.title?.trim() || deriveTitle(data.reports, date)
  const wanted = (v: ReviewState) => options.includeUnreviewed || v !== 'unreviewed'
  const included = new Set(claims.filter((c) => wanted(reviewOf(data, c.id).verdict)).map((c) => c.id))
  const ctx: BriefContext = { data, numberOf, claimsById, included }

  // A verdict belongs to a claim, not a cluster: group by (cluster, verdict) so a
  // cluster whose claims were judged differently appears in each section concerned.
  const groups = new Map<string, { verdict: ReviewState; claims: Claim[] }>()
  for (const claim of claims) {
    const verdict = reviewOf(data, claim.id).verdict
    const key = `${verdict}\u0000${claim.clusterId}`
    const group = groups.get(key) ?? { verdict, claims: [] }
    group.claims.push(claim)
    groups.set(key, group)
  }

  const sections = SECTIONS.filter((s) => wanted(s.verdict)).map((section) => {
    const items = [...groups.values()]
      .filter((g) => g.verdict === section.verdict)
      .map((g) => itemOf(ctx, g.claims))
      .sort(byFirstCitation)
    return { ...section, items, topics: groupByTopic(items, claimsById) }
  })

  const { editorName, organisation } = data.settings
  const preparedBy = [editorName.trim(), organisation.trim()].filter(Boolean).join(', ') || null
  const editorLede = options.lede?.trim()
  return {
    title,
    date,
    dateLabel: formatDate(date),
    preparedBy,
    lede: editorLede ? [{ text: editorLede, speaker: null, citations: [], quoted: false }] : ledeOf(sections[0]?.items ?? []),
    sections,
    disagreements: disagreementsOf(ctx, derived.discrepancies),
    speakers: speakersOf(ctx, derived.people),
    closing: options.closing?.trim() || null,
    sources: sourcesOf(ctx)
  }
}

/** Every report as a numbered source, with how many of its claims the brief uses (claims grouped once, not scanned per report). */
function sourcesOf(ctx: BriefContext): BriefSource[] {
  const usedBy = groupBy(ctx.data.claims, (c) => (ctx.included.has(c.id) ? c.reportId : null))
  return ctx.data.reports.map((r, i) => sourceOf(ctx, r, i + 1, usedBy.get(r.id) ?? []))
}

function sourceOf({ data }: BriefContext, report: Report, n: number, used: Claim[]): BriefSource {
  return {
    n,
    reportId: report.id,
    label: report.title?.trim() || report.file,
    file: report.file,
    date: report.date,
    credits: report.credits,
    dateline: report.dateline,
    claimsUsed: used.length,
    verified: used.filter((c) => reviewOf(data, c.id).verdict === 'verified').length
  }
}

function latestDate(reports: Report[]): string | null {
  const dates = reports.map((r) => r.date).filter((d): d is string => d !== null)
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null
}

function itemOf(ctx: BriefContext, claims: Claim[]): BriefItem {
  const canonical = claims.reduce((best, c) => (c.text.length > best.text.length ? c : best))
  const notes: BriefNote[] = []
  for (const claim of claims) {
    const { note, editor } = reviewOf(ctx.data, claim.id)
    const text = note.trim()
    if (text && !notes.some((n) => n.note === text)) notes.push({ note: text, editor })
  }
  const accounts = claims
    .map((c) => ({ claimId: c.id, text: balanceQuotes(c.text), speaker: c.speaker, citation: citationOf(ctx, c) }))
    .sort((a, b) => a.citation - b.citation)
  return {
    clusterId: canonical.clusterId,
    claimIds: claims.map((c) => c.id),
    text: balanceQuotes(canonical.text),
    speaker: claims.find((c) => c.speaker)?.speaker ?? null,
    notes,
    citations: [...new Set(accounts.map((a) => a.citation))],
    accounts
  }
}

/** Items follow the order of the sources; within one, the claims' order in the store (stable sort). */
function byFirstCitation(a: BriefItem, b: BriefItem): number {
  return (a.citations[0] ?? Infinity) - (b.citations[0] ?? Infinity)
}

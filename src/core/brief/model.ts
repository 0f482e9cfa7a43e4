/** Builds the brief model from the store: what goes in it and in which order, independent of the format. */
import { analyseClaims, type ClaimAnalysis } from '../analysis'
import { reviewOf, type Claim, type ClusterSummary, type ReviewState, type StoreData } from '../model'
import { editorLede, ledeOf } from './lede'
import { accountsOf, disagreementsOf, speakersOf, spoken } from './parts'
import { citationsOf, inScope, selectionOf, type Selection } from './selection'
import { sourceOf } from './sources'
import { formatTime } from './time'
import { deriveTitle } from './title'
import { groupByTopic } from './topics'
import type { BriefEvidence, BriefItem, BriefModel, BriefNote, BriefOptions, BriefSection } from './types'
import { canonicalOf, quotedBy, quotedWords, text } from './wording'

export type * from './types'

const SECTIONS: Array<Omit<BriefSection, 'items' | 'topics'>> = [
  { verdict: 'verified', heading: 'What we know', empty: 'No claims verified yet.' },
  { verdict: 'disputed', heading: 'What is disputed', empty: 'No claims disputed.' },
  { verdict: 'unconfirmed', heading: 'Not yet confirmed', empty: 'No claims awaiting confirmation.' },
  { verdict: 'unreviewed', heading: 'Not yet reviewed', empty: 'Every claim has been reviewed.' }
]

export function buildBrief(data: StoreData, options: BriefOptions, now: Date, derived?: ClaimAnalysis): BriefModel {
  return briefOf(selectionOf(data, options.scope, options.reportIds), options, now, derived)
}

/** The brief of a selection (selection.ts): the reports and claims it covers. */
export function briefOf(sel: Selection, options: BriefOptions, now: Date, derived: ClaimAnalysis = analyseClaims(sel.data.claims, sel.data.reports)): BriefModel {
  const data = sel.data
  const confirmed = confirmedMembers(derived.clusters)

  // A verdict belongs to a claim, not a cluster: group by (cluster, verdict) so a
  // cluster whose claims were judged differently appears in each section concerned.
  const groups = new Map<string, { verdict: ReviewState; claims: Claim[] }>()
  for (const claim of sel.claims) {
    const verdict = sel.verdictOf(claim.id)
    const key = `${verdict}\u0000${claim.clusterId}`
    const group = groups.get(key) ?? { verdict, claims: [] }
    group.claims.push(claim)
    groups.set(key, group)
  }
  const itemsOf = (verdict: ReviewState): BriefItem[] =>
    [...groups.values()]
      .filter((g) => g.verdict === verdict)
      .map((g) => itemOf(sel, g.claims, g.verdict, confirmed))
      .sort(byFirstCitation)
  const sections = SECTIONS.filter((s) => inScope(options.scope, s.verdict)).map((section) => {
    const items = itemsOf(section.verdict)
    return { ...section, items, topics: groupByTopic(items, sel.claimsById) }
  })
  // The lede tells the whole situation of the chosen reports, each sentence with its status: what is not yet
  // reviewed is part of it ("reported by 4 of 5 sources, not yet verified"). A verified-only brief tells only that.
  const told =
    options.scope === 'verified'
      ? sections
      : SECTIONS.map((section) => sections.find((s) => s.verdict === section.verdict) ?? { ...section, items: itemsOf(section.verdict), topics: [] })

  const sources = sel.reports.map((r) => sourceOf(r, sel.numberOf.get(r.id)!))
  const disagreements = disagreementsOf(sel, derived.discrepancies)
  const derivedLede = ledeOf(sel, told, disagreements, derived.people)
  const editorText = options.lede?.trim()
  const { editorName, organisation } = data.settings
  return {
    title: options.title?.trim() || deriveTitle(sel.claims),
    scope: options.scope,
    asOf: now.toISOString(),
    asOfLabel: formatTime(now, options.timeZone),
    coverage: { total: sel.claims.length, reviewed: sel.claims.filter((c) => sel.verdictOf(c.id) !== 'unreviewed').length },
    preparedBy: [editorName.trim(), organisation.trim()].filter(Boolean).join(', ') || null,
    lede: editorText
      ? editorLede(editorText, new Set(sources.map((s) => s.n)))
      : derivedLede.length > 0
        ? [derivedLede.flatMap((s, i) => (i > 0 ? [text(' '), ...s] : s))]
        : [],
    ledeByEditor: Boolean(editorText),
    derivedLede,
    sections,
    disagreements,
    speakers: speakersOf(sel, derived.people),
    closing: options.closing?.trim() || null,
    sources
  }
}

/** Claims that are confirmed members of their cluster: what corroboration counts (suggested members do not). */
function confirmedMembers(clusters: readonly ClusterSummary[]): Set<string> {
  return new Set(clusters.flatMap((c) => c.members.map((m) => m.claimId)))
}

function itemOf(sel: Selection, claims: Claim[], verdict: ReviewState, confirmed: ReadonlySet<string>): BriefItem {
  // Printed in the words of a confirmed member: a suggested one, matched below the bar, may say something else.
  const sure = claims.filter((c) => confirmed.has(c.id))
  const canonical = canonicalOf(sure.length > 0 ? sure : claims)
  const notes: BriefNote[] = []
  const evidence = new Map<string, BriefEvidence>()
  let reviewedAt: string | null = null
  for (const claim of claims) {
    const { note, editor, updatedAt, evidence: links, archives } = reviewOf(sel.data, claim.id)
    const written = note.trim()
    if (written && !notes.some((n) => n.note === written)) notes.push({ note: written, editor })
    for (const link of links) {
      if (evidence.has(link)) continue
      const kept = archives?.find((a) => a.link === link)
      evidence.set(link, {
        link,
        archived: kept?.page ? { at: kept.page.fetchedAt, sha256: kept.page.sha256 } : null,
        problem: kept?.problem ?? null
      })
    }
    if (updatedAt && (reviewedAt === null || updatedAt > reviewedAt)) reviewedAt = updatedAt
  }
  const accounts = accountsOf(sel, claims)
  // A quotation some sources word differently: each source's own words are shown, so none is misquoted.
  const words = quotedWords(canonical)
  const wordedApart = words !== null && claims.some((c) => c.reportId !== canonical.reportId && !quotedBy(words.text, [c], sel.reportsById))
  const speaking = canonical.speaker ? canonical : claims.find((c) => c.speaker)
  return {
    anchor: `claim-${claims[0]!.id.replace(/[^A-Za-z0-9_-]/g, '-')}`,
    clusterId: canonical.clusterId,
    claimIds: claims.map((c) => c.id),
    claimId: canonical.id,
    wording: spoken(canonical),
    speaker: speaking?.speaker ?? null,
    speakerKind: speaking?.speaker ? (speaking.speakerKind ?? 'person') : null,
    notes,
    evidence: [...evidence.values()],
    citations: citationsOf(sel, claims),
    accounts,
    showAccounts: accounts.length > 1 && (verdict === 'disputed' || wordedApart),
    corroborating: citationsOf(sel, sure.length > 0 ? sure : [canonical]),
    score: Math.max(0, ...claims.map((c) => c.score ?? 0)),
    reviewedAt
  }
}

/** Items follow the order of the sources; within one, the claims' order in the store (stable sort). */
function byFirstCitation(a: BriefItem, b: BriefItem): number {
  return (a.citations[0] ?? Infinity) - (b.citations[0] ?? Infinity)
}

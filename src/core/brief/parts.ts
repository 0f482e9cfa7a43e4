/** The brief's parts beyond the verdict sections: lede, disagreements, who said what. */
import { DISCREPANCY_LABELS } from '../discrepancy/labels'
import { reviewOf, type Claim, type Discrepancy, type Person, type ReviewState } from '../model'
import { citationOf, type BriefContext } from './context'
import { balanceQuotes } from './quotes'
import type { BriefDisagreement, BriefItem, BriefLedeSentence, BriefSpeaker, BriefStatement } from './types'

/** At most this many lede sentences and statements per speaker: a brief, not a transcript. */
const LEDE_SENTENCES = 3
const STATEMENTS_PER_SPEAKER = 4

/** The lede quotes the verified claims most reports carry (ties: earliest source first). */
export function ledeOf(verified: BriefItem[]): BriefLedeSentence[] {
  return [...verified]
    .sort((a, b) => b.citations.length - a.citations.length || (a.citations[0] ?? 0) - (b.citations[0] ?? 0))
    .slice(0, LEDE_SENTENCES)
    .map((item) => ({ text: item.text, speaker: item.speaker, citations: item.citations, quoted: true }))
}

/**
 * A disagreement belongs in the brief when it touches at least one claim the brief carries.
 * Each side cites its own reports by source number, from the reports' ids.
 */
export function disagreementsOf(ctx: BriefContext, discrepancies: Discrepancy[]): BriefDisagreement[] {
  return discrepancies
    .filter((d) => d.claimIds.some((id) => ctx.included.has(id)))
    .map((d) => ({
      kind: d.kind,
      label: DISCREPANCY_LABELS[d.kind],
      topic: d.topic,
      sides: d.sides.map((side) => ({
        text: side.text,
        citations: [...new Set(side.reportIds.map((id) => ctx.numberOf.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b),
        accounts: side.claimIds
          .map((id) => ctx.claimsById.get(id))
          .filter((c): c is Claim => c !== undefined)
          .map((c) => ({ claimId: c.id, text: balanceQuotes(c.text), speaker: c.speaker, citation: citationOf(ctx, c) }))
          .sort((a, b) => a.citation - b.citation)
      }))
    }))
}

/** Each person's statements the brief carries, one per cluster and verdict, most corroborated first. */
export function speakersOf(ctx: BriefContext, people: Person[]): BriefSpeaker[] {
  const speakers: BriefSpeaker[] = []
  for (const person of people) {
    const groups = new Map<string, { verdict: ReviewState; claims: Claim[] }>()
    for (const id of person.saidClaimIds) {
      const claim = ctx.claimsById.get(id)
      if (!claim || !ctx.included.has(id)) continue
      const verdict = reviewOf(ctx.data, id).verdict
      const key = `${verdict}\u0000${claim.clusterId}`
      groups.set(key, { verdict, claims: [...(groups.get(key)?.claims ?? []), claim] })
    }
    if (groups.size === 0) continue
    const statements: BriefStatement[] = [...groups.values()].map(({ verdict, claims }) => ({
      text: balanceQuotes(claims.reduce((best, c) => (c.text.length > best.text.length ? c : best)).text),
      verdict,
      citations: [...new Set(claims.map((c) => citationOf(ctx, c)))].sort((a, b) => a - b)
    }))
    statements.sort((a, b) => b.citations.length - a.citations.length || (a.citations[0] ?? 0) - (b.citations[0] ?? 0))
    speakers.push({ name: person.name, role: person.roles[0] ?? null, statements: statements.slice(0, STATEMENTS_PER_SPEAKER) })
  }
  return speakers.sort((a, b) => b.statements.length - a.statements.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

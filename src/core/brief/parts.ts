/** The brief's parts beyond the verdict sections: where sources disagree, and who said what. */
import { DISCREPANCY_LABELS } from '../discrepancy/labels'
import { speechVerb } from '../lexicon'
import type { Claim, Discrepancy, Person, ReviewState } from '../model'
import { citationOf, citationsOf, type Selection } from './selection'
import type { BriefAccount, BriefDisagreement, BriefDisagreementSide, BriefSpeaker, BriefStatement, Wording } from './types'
import { attributed, canonicalOf, claimWording, quote, text, verbatimStretch, wordsOf } from './wording'

type Reviewed = Exclude<ReviewState, 'unreviewed'>

/** Each claim in its own words, its speaker put back in front of a bare reporting verb. */
export function accountsOf(sel: Selection, claims: readonly Claim[]): BriefAccount[] {
  return claims
    .map((c) => ({ claimId: c.id, wording: spoken(c), speaker: c.speaker, citation: citationOf(sel, c), verdict: sel.verdictOf(c.id) }))
    .sort((a, b) => a.citation - b.citation)
}

/** The claim's wording with its speaker in front of a bare reporting verb ("urged that…"). */
export function spoken(claim: Claim): Wording {
  return attributed(claimWording(claim), claim.speaker, isReportingVerb)
}

export const isReportingVerb = (word: string): boolean => speechVerb(word) !== undefined

/**
 * Every disagreement between the brief's reports, reviewed or not: the desk
 * flags them all, and the brief must not hide one because nobody has judged
 * its claims yet. Each side cites its own reports and carries the verdicts its
 * claims were given. A side taken from reference data (which country a capital
 * is in) cites no report. A disagreement left with fewer than two sides once
 * unchosen reports are set aside is no disagreement of this brief.
 */
export function disagreementsOf(sel: Selection, discrepancies: readonly Discrepancy[]): BriefDisagreement[] {
  const out: BriefDisagreement[] = []
  for (const d of discrepancies) {
    const sides: BriefDisagreementSide[] = []
    let stated = 0
    for (const side of d.sides) {
      const claims = side.claimIds.map((id) => sel.claimsById.get(id)).filter((c): c is Claim => c !== undefined)
      const reference = side.claimIds.length === 0
      if (!reference && claims.length === 0) continue
      if (!reference) stated++
      const verdicts = [...new Set(claims.map((c) => sel.verdictOf(c.id)).filter((v): v is Reviewed => v !== 'unreviewed'))]
      // A quotation's wording is the speaker's words, in quotation marks, as a report prints them.
      const quoted = d.kind === 'quote-wording' ? verbatimStretch(side.text, claims, sel.reportsById) : null
      // Each report's account that states the side's words first, so one account per report shows them.
      const mentions = (a: BriefAccount): number => (wordsOf(a.wording).toLowerCase().includes(side.text.toLowerCase()) ? 0 : 1)
      const accounts = accountsOf(sel, claims).sort((a, b) => a.citation - b.citation || mentions(a) - mentions(b))
      sides.push({ wording: [quoted ? quote(quoted) : text(side.text)], citations: citationsOf(sel, claims), verdicts, accounts })
    }
    if (stated >= 2 || (stated === 1 && sides.length >= 2)) out.push({ id: d.id, kind: d.kind, label: DISCREPANCY_LABELS[d.kind], topic: d.topic, sides })
  }
  return out
}

/**
 * Each person's (or speaking organisation's) statements the brief carries, all
 * of them: one per cluster and verdict, in the words of its most complete
 * quotation, with its verdict and every report carrying it. Exact words stay
 * in quotation marks, reported speech stays reported speech (claimWording).
 */
export function speakersOf(sel: Selection, people: readonly Person[]): BriefSpeaker[] {
  const speakers: BriefSpeaker[] = []
  for (const person of people) {
    const groups = new Map<string, { verdict: ReviewState; claims: Claim[] }>()
    for (const id of person.saidClaimIds) {
      const claim = sel.claimsById.get(id)
      if (!claim || !sel.included.has(id)) continue
      const verdict = sel.verdictOf(id)
      const key = `${verdict}\u0000${claim.clusterId}`
      groups.set(key, { verdict, claims: [...(groups.get(key)?.claims ?? []), claim] })
    }
    if (groups.size === 0) continue
    const statements: BriefStatement[] = [...groups.values()].map(({ verdict, claims }) => ({
      wording: spoken(canonicalOf(claims)),
      verdict,
      citations: citationsOf(sel, claims)
    }))
    statements.sort((a, b) => b.citations.length - a.citations.length || (a.citations[0] ?? 0) - (b.citations[0] ?? 0))
    speakers.push({ name: person.name, kind: person.kind, role: person.roles[0] ?? null, statements })
  }
  return speakers.sort((a, b) => b.statements.length - a.statements.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

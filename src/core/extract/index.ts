import { namesIn } from '../entities'
import type { ClaimDraft, Report } from '../model'
import { splitClauses } from './clauses'
import { enrich } from './enrich'
import { isClaimLike, kindOf } from './kind'
import { collectPeople, findMentions } from './people'
import { maskQuotes, quoteSpans, quotedWords } from './quotes'
import { sentences } from './sentences'
import { attributionIn, hasReportingVerb, reportingVerbs } from './speaker'
import { overlaps } from './spans'

export { sentences, paragraphs } from './sentences'
export { quoteSpans } from './quotes'

/**
 * One claim per check-worthy sentence. Offsets always slice back out of
 * `report.text`; speakers come from the sentence's own attribution, else from
 * the attribution of the quotation it belongs to.
 */
export function extractClaims(report: Report): ClaimDraft[] {
  const text = report.text
  const quotes = quoteSpans(text)
  const masked = maskQuotes(text, quotes)
  const mentions = findMentions(text, collectPeople(text))
  const verbs = reportingVerbs(masked)
  const names = namesIn(text)
  const spans = sentences(text).flatMap((s) => splitClauses(masked, s))

  // A quotation's speaker is named once, usually after it closes or before it opens.
  const quoteSpeaker = quotes.map((q) => {
    // The attribution may open the next sentence ("…continue.” Stoltenberg said.") but never the next paragraph.
    const around = spans.filter((s) => overlaps(s, q) || (s.start >= q.end && /^[ ,]{0,2}$/.test(text.slice(q.end, s.start))))
    for (const s of [...around].reverse()) {
      const a = attributionIn(masked, s, mentions, verbs)
      if (a?.person) return a.person.name
    }
    return null
  })

  const claims: ClaimDraft[] = []
  let prevEnd = -1
  let prevSpeaker: string | null = null
  for (const s of spans) {
    const claimText = text.slice(s.start, s.end)
    if (!isClaimLike(claimText)) continue
    const inQuotes = quotes.map((q, i) => ({ q, i })).filter(({ q }) => overlaps(q, s))
    const words = inQuotes.reduce((n, { q }) => n + quotedWords(text, { start: Math.max(q.start, s.start), end: Math.min(q.end, s.end) }), 0)
    const inLongQuote = inQuotes.some(({ q }) => (q.start < s.start || q.end > s.end) && quotedWords(text, q) >= 5)
    const own = attributionIn(masked, s, mentions, verbs)
    const fromQuote = inQuotes.map(({ i }) => quoteSpeaker[i]).find((n) => n != null) ?? null
    const quoted = inLongQuote || words >= 5
    // The second half of a split clause ("but warned that …") has the first half's subject.
    const continues: boolean = prevEnd >= 0 && /^,?\s*$/.test(text.slice(prevEnd, s.start)) && /^(?:but|and|while)\b/.test(claimText)
    const inherited: string | null = continues ? prevSpeaker : null
    const speaker: string | null = quoted ? (fromQuote ?? own?.person?.name ?? inherited) : (own?.person?.name ?? inherited)
    prevEnd = s.end
    prevSpeaker = speaker
    const reporting = hasReportingVerb(verbs, s)
    const kind = kindOf({ quotedWords: words, inLongQuote, reporting, text: claimText })
    claims.push({
      id: `${report.id}-${claims.length + 1}`,
      reportId: report.id,
      text: claimText,
      start: s.start,
      end: s.end,
      kind,
      speaker,
      ...enrich(report, s, { kind, speaker, reporting }, { mentions, names })
    })
  }
  return claims
}

/**
 * ClaimReview JSON-LD (https://schema.org/ClaimReview): one review per reviewed
 * item of the brief, with what fact-check aggregators (Google's Fact Check
 * Explorer, Meedan, Duke's Fact-Check Insights) read: the review's url (the
 * newsroom's URL plus the item's anchor), the newsroom as author, a short
 * claimReviewed, a rating named in plain words, and the claim with its speaker
 * as author and one appearance per report that carries it.
 */
import type { ReviewState, Settings } from '../model'
import { newsroomUrlProblem } from './newsroom'
import type { BriefItem, BriefModel, BriefSource } from './types'
import { plainText, shorten } from './wording'

/** The rating scale, stated in every review: best 3 (verified) to worst 1 (disputed). */
export const RATING: Record<Exclude<ReviewState, 'unreviewed'>, number> = { verified: 3, unconfirmed: 2, disputed: 1 }

/** The rating in plain words: a desk that could not confirm a claim has not found it false. */
export const RATING_NAMES: Record<Exclude<ReviewState, 'unreviewed'>, string> = { verified: 'Verified', unconfirmed: 'Unverified', disputed: 'Disputed' }

/** Around a sentence: what aggregators show as the claim. */
const CLAIM_REVIEWED_CHARS = 200

/** factdesk reads English copy (its lexicon is English), and writes its reviews in English. */
const LANGUAGE = 'en'

export function renderClaimReview(model: BriefModel, settings: Settings, now: Date): string {
  const sourcesByNumber = new Map(model.sources.map((s) => [s.n, s]))
  const reviews = model.sections
    .filter((s) => s.verdict !== 'unreviewed')
    .flatMap((s) => s.items.map((item) => claimReview(item, s.verdict as keyof typeof RATING, sourcesByNumber, settings, now)))
  // "<" as \u003c: the same JSON, but hostile report text cannot close the <script type="application/ld+json"> it is pasted into.
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2).replace(/</g, '\\u003c')}\n`
}

function claimReview(item: BriefItem, verdict: keyof typeof RATING, sourcesByNumber: ReadonlyMap<number, BriefSource>, settings: Settings, now: Date): object {
  const organisation = settings.organisation.trim()
  const editor = settings.editorName.trim()
  // A URL that is no web address (a store edited by hand) is left out, as when none is set.
  const url = newsroomUrlProblem(settings.url) === null ? settings.url.trim() : ''
  const sources = item.citations.map((n) => sourcesByNumber.get(n)).filter((s): s is BriefSource => s !== undefined)
  const firstDate = sources
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort()[0]
  const note = item.notes.map((n) => n.note).join(' ')
  return {
    '@type': 'ClaimReview',
    ...(url ? { url: `${url}#${item.anchor}` } : {}),
    claimReviewed: plainText(shorten(item.wording, CLAIM_REVIEWED_CHARS)),
    datePublished: (item.reviewedAt ?? now.toISOString()).slice(0, 10),
    inLanguage: LANGUAGE,
    // The newsroom from Settings; without one, the editor; without either, no author rather than an invented one.
    ...(organisation
      ? { author: { '@type': 'Organization', name: organisation, ...(url ? { url: new URL(url).origin } : {}) } }
      : editor
        ? { author: { '@type': 'Person', name: editor } }
        : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: RATING_NAMES[verdict],
      ...(note ? { ratingExplanation: note } : {})
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(item.speaker ? { author: { '@type': item.speakerKind === 'organisation' ? 'Organization' : 'Person', name: item.speaker } } : {}),
      ...(firstDate ? { datePublished: firstDate } : {}),
      appearance: sources.map(appearance)
    }
  }
}

/** A report the claim appears in, as a creative work: its page, headline, date, outlet and credits. */
function appearance(s: BriefSource): object {
  return {
    '@type': 'CreativeWork',
    ...(s.url ? { url: s.url } : {}),
    ...(s.headline ? { headline: s.headline } : {}),
    ...(s.date ? { datePublished: s.date } : {}),
    inLanguage: LANGUAGE,
    ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
    ...(s.credits.length > 0 ? { creditText: s.credits.join('; ') } : {})
  }
}

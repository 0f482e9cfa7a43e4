/**
 * ClaimReview JSON-LD (https://schema.org/ClaimReview): one review per reviewed
 * claim cluster, as search engines and fact-check aggregators read them.
 */
import { reviewOf, type ReviewState, type StoreData } from '../model'
import type { BriefItem, BriefModel } from './types'

/** The rating scale, stated in every review: best 3 (verified) to worst 1 (disputed). */
export const RATING: Record<Exclude<ReviewState, 'unreviewed'>, number> = { verified: 3, unconfirmed: 2, disputed: 1 }

export function renderClaimReview(model: BriefModel, data: StoreData, now: Date): string {
  const reviews = model.sections
    .filter((s) => s.verdict !== 'unreviewed')
    .flatMap((s) => s.items.map((item) => claimReview(item, s.verdict as keyof typeof RATING, model, data, now)))
  // "<" as \u003c: the same JSON, but hostile report text cannot close the <script type="application/ld+json"> it is pasted into.
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2).replace(/</g, '\\u003c')}\n`
}

function claimReview(item: BriefItem, verdict: keyof typeof RATING, model: BriefModel, data: StoreData, now: Date): object {
  const { organisation, editorName, url } = data.settings
  const sources = item.citations.map((n) => model.sources[n - 1]).filter((s) => s !== undefined)
  const reportDates = sources
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort()
  const reviewed = item.claimIds
    .map((id) => reviewOf(data, id).updatedAt)
    .filter((t): t is string => t !== null)
    .sort()
  const note = item.notes.map((n) => n.note).join(' ')
  return {
    '@type': 'ClaimReview',
    ...(url.trim() ? { url: `${url.trim()}#claim-${encodeURIComponent(item.clusterId)}` } : {}),
    claimReviewed: item.text,
    datePublished: (reviewed.at(-1) ?? now.toISOString()).slice(0, 10),
    // The newsroom from Settings; without one, the editor; without either, no author rather than an invented one.
    ...(organisation.trim()
      ? { author: { '@type': 'Organization', name: organisation.trim(), ...(url.trim() ? { url: url.trim() } : {}) } }
      : editorName.trim()
        ? { author: { '@type': 'Person', name: editorName.trim() } }
        : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: verdict,
      ...(note ? { ratingExplanation: note } : {})
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(item.speaker ? { author: { '@type': 'Person', name: item.speaker } } : {}),
      ...(reportDates[0] ? { datePublished: reportDates[0] } : {}),
      appearance: sources.map((s) => ({
        '@type': 'CreativeWork',
        name: s.label,
        headline: s.label,
        ...(s.date ? { datePublished: s.date } : {}),
        ...(s.credits.length > 0 ? { creditText: s.credits.join('; ') } : {})
      }))
    }
  }
}

/**
 * How each review state looks. Every state has a distinct glyph *and* colour,
 * so the desk reads the same for colour-blind editors and in greyscale print.
 */
import type { ReviewState, Verdict } from '../../../core/model'

export interface VerdictLook {
  label: string
  glyph: string
  key: string | null
}

export const LOOKS: Record<ReviewState, VerdictLook> = {
  unreviewed: { label: 'Unreviewed', glyph: '○', key: null },
  verified: { label: 'Verified', glyph: '✓', key: '1' },
  disputed: { label: 'Disputed', glyph: '✕', key: '2' },
  // Not "?": that key opens the list of shortcuts, and one sign should not mean two things.
  unconfirmed: { label: 'Unconfirmed', glyph: '…', key: '3' }
}

// Listed here rather than imported from core/model, which would pull zod into the bundle.
export const VERDICT_LIST: Verdict[] = ['verified', 'disputed', 'unconfirmed']
export const STATES: ReviewState[] = ['unreviewed', 'verified', 'disputed', 'unconfirmed']
export const VERDICT_KEYS: Record<string, Verdict> = { '1': 'verified', '2': 'disputed', '3': 'unconfirmed' }

export type Counts = Record<ReviewState, number>

export function countStates(items: { review: { verdict: ReviewState } }[]): Counts {
  const counts: Counts = { unreviewed: 0, verified: 0, disputed: 0, unconfirmed: 0 }
  for (const item of items) counts[item.review.verdict]++
  return counts
}

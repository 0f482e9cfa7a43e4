import { UserError } from '../errors'
import { reviewOf, type Review, type ReviewState, type StoreData } from '../model'

export interface ReviewChange {
  claimId: string
  /** Omitted: keep the current verdict (e.g. when only the note changes). */
  verdict?: ReviewState
  /** Omitted: keep the current note. */
  note?: string
  editor?: string | null
}

/** Who signs a change: the editor named with it, else the desk's editor name, else nobody. */
export function signedBy(data: StoreData, editor?: string | null): string | null {
  return editor?.trim() || data.settings.editorName.trim() || null
}

/**
 * One claim's review after a change, with the change appended to its
 * history; null when the change alters nothing, so autosave cannot flood the
 * history.
 */
export function reviewAfter(current: Review, change: Omit<ReviewChange, 'claimId' | 'editor'>, editor: string | null, at: string): Review | null {
  const verdict = change.verdict ?? current.verdict
  const note = change.note ?? current.note
  if (verdict === current.verdict && note === current.note) return null
  return {
    verdict,
    note,
    editor,
    updatedAt: at,
    history: [...current.history, { at, editor, verdict, note }],
    evidence: current.evidence
  }
}

/**
 * Records a review change and appends it to the claim's history.
 * Pure: returns a new store value and leaves `data` untouched.
 */
export function applyReview(data: StoreData, change: ReviewChange, now: Date): StoreData {
  if (!data.claims.some((c) => c.id === change.claimId)) {
    throw new UserError(`Unknown claim id "${change.claimId}".`, 'not-found')
  }
  const next = reviewAfter(reviewOf(data, change.claimId), change, signedBy(data, change.editor), now.toISOString())
  return next ? { ...data, reviews: { ...data.reviews, [change.claimId]: next } } : data
}

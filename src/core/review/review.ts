import { UserError } from '../errors'
import { reviewOf, type ReviewState, type StoreData } from '../model'

export interface ReviewChange {
  claimId: string
  /** Omitted: keep the current verdict (e.g. when only the note changes). */
  verdict?: ReviewState
  /** Omitted: keep the current note. */
  note?: string
  editor?: string | null
}

/**
 * Records a review change and appends it to the claim's history.
 * Pure: returns a new store value and leaves `data` untouched. A change that
 * alters nothing is not recorded, so autosave cannot flood the history.
 */
export function applyReview(data: StoreData, change: ReviewChange, now: Date): StoreData {
  if (!data.claims.some((c) => c.id === change.claimId)) {
    throw new UserError(`Unknown claim id "${change.claimId}".`, 'not-found')
  }
  const current = reviewOf(data, change.claimId)
  const verdict = change.verdict ?? current.verdict
  const note = change.note ?? current.note
  if (verdict === current.verdict && note === current.note) return data

  const editor = change.editor?.trim() || data.settings.editorName.trim() || null
  const at = now.toISOString()
  return {
    ...data,
    reviews: {
      ...data.reviews,
      [change.claimId]: {
        verdict,
        note,
        editor,
        updatedAt: at,
        history: [...current.history, { at, editor, verdict, note }],
        evidence: current.evidence
      }
    }
  }
}

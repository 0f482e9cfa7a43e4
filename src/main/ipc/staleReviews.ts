/**
 * A review change refused as stale (core/store/team/conflict.ts), as the desk
 * is sent it: for each claim, the review stored now (who, when, at which
 * version) and mine, structured (the contract's StaleWrite), so the desk shows
 * both and lets the editor choose. "Mine" is the editor's change on top of
 * theirs: exactly what applying it again writes, if theirs is still there.
 */
import { UserError } from '../../core/errors'
import type { ReviewState } from '../../core/model'
import type { UpdateOptions } from '../../core/store/jsonStore'
import { isStaleWrite, type StaleRow } from '../../core/store/team/conflict'
import type { SeenVersions, StaleReview, StaleWrite } from '../../shared/contract'

/** What a review change sets; a field left out keeps the review's. */
export interface ReviewFields {
  verdict?: ReviewState | undefined
  note?: string | undefined
  evidence?: string[] | undefined
}

/** Carries the structured sides across IPC (dispatch puts them in the error it returns). */
export class StaleReviewError extends UserError {
  constructor(
    message: string,
    readonly stale: StaleWrite
  ) {
    super(message, 'conflict')
  }
}

function staleReview(row: StaleRow, fields: ReviewFields): StaleReview {
  const theirs = row.theirs ?? { verdict: 'unreviewed' as const, note: '', evidence: [], editor: null, at: null, version: 0 }
  return {
    claimId: row.id,
    theirs: { verdict: theirs.verdict, note: theirs.note, evidence: theirs.evidence, editor: theirs.editor, at: theirs.at, version: theirs.version },
    mine: { verdict: fields.verdict ?? theirs.verdict, note: fields.note ?? theirs.note, evidence: fields.evidence ?? theirs.evidence },
    changed: (['verdict', 'note', 'evidence'] as const).filter((f) => fields[f] !== undefined)
  }
}

/** The store's options for a change the editor made on `seen` (nothing to compare when the desk sent none). */
export function seenOptions(seen: SeenVersions | undefined): UpdateOptions {
  return seen ? { seenReviews: new Map(Object.entries(seen)) } : {}
}

/**
 * Runs a review change; a stale write comes out as a StaleReviewError with both sides of each claim.
 * `covered()` names the claims the change covered (known once it ran: a cluster's members).
 */
export async function reviewChange<T>(fields: ReviewFields, covered: () => string[], work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!isStaleWrite(error)) throw error
    const reviews = error.conflicts.filter((row) => row.table === 'reviews').map((row) => staleReview(row, fields))
    if (reviews.length === 0) throw error
    throw new StaleReviewError(error.message, { claimIds: covered(), reviews })
  }
}

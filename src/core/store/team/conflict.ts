/**
 * A write made on a stale version: another editor changed the row since this
 * desk read it. Nothing of the write was applied; the error carries both
 * sides, so the editor sees theirs and the other editor's and chooses.
 */
import { UserError } from '../../errors'
import type { ReviewState, Table } from '../../model'

/** One side of a conflict on a claim's review. */
export interface ReviewSide {
  verdict: ReviewState
  note: string
  editor: string | null
  at: string | null
}

export interface StaleRow {
  table: Table
  id: string
  /** For a review: what this desk tried to write, and what the database holds now (null: the review is gone). */
  mine: ReviewSide | null
  theirs: ReviewSide | null
}

function describe(side: ReviewSide | null): string {
  if (!side) return 'nothing (it was removed)'
  const who = side.editor ?? 'someone'
  return `${side.verdict}${side.note ? ` (“${side.note}”)` : ''} by ${who}${side.at ? ` at ${side.at}` : ''}`
}

export class StaleWriteError extends UserError {
  override readonly name = 'UserError'
  constructor(readonly conflicts: readonly StaleRow[]) {
    const first = conflicts[0]!
    const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : ''
    const what =
      first.table === 'reviews'
        ? `Claim ${first.id} was changed by another editor after this desk read it: theirs is ${describe(first.theirs)}; yours, ${describe(first.mine)}, was not saved`
        : `The ${first.table === 'claims' ? 'claim' : 'report'} ${first.id} was changed by another editor after this desk read it; your change was not saved`
    super(`${what}${more}. Nothing was overwritten: the desk now shows their version; apply yours again to replace it.`, 'conflict')
  }
}

export function isStaleWrite(error: unknown): error is StaleWriteError {
  return error instanceof StaleWriteError
}

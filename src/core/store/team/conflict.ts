/**
 * A write made on a stale version: another editor changed the row since this
 * desk read it (or since the editor saw it). Nothing of the write was applied;
 * the error carries both sides, so the editor sees theirs and the other
 * editor's, with who and when, and chooses.
 */
import { UserError } from '../../errors'
import type { Review, ReviewState, Table } from '../../model'

/** One side of a conflict on a claim's review. */
export interface ReviewSide {
  verdict: ReviewState
  note: string
  evidence: string[]
  editor: string | null
  at: string | null
}

/** What the database holds now: a side, and the version it is at (what a new compare-and-set write must name). */
export interface StoredSide extends ReviewSide {
  version: number
}

export interface StaleRow {
  table: Table
  id: string
  /** For a review: what this desk tried to write (null: a removal), and what the database holds now (null: no review, it was removed). */
  mine: ReviewSide | null
  theirs: StoredSide | null
}

export function sideOf(review: Review): ReviewSide {
  return { verdict: review.verdict, note: review.note, evidence: review.evidence, editor: review.editor, at: review.updatedAt }
}

function describe(side: ReviewSide | null): string {
  if (!side) return 'nothing (it was removed)'
  const who = side.editor ?? 'someone'
  return `${side.verdict}${side.note ? ` (“${side.note}”)` : ''} by ${who}${side.at ? ` at ${side.at}` : ''}`
}

function what(row: StaleRow): string {
  return `${row.table === 'reports' ? 'report' : 'claim'} ${row.id}`
}

function sides(row: StaleRow): string {
  if (row.table !== 'reviews') return 'your change was not saved'
  const version = row.theirs ? ` (version ${row.theirs.version})` : ''
  return `theirs is ${describe(row.theirs)}${version}; yours, ${describe(row.mine)}, was not saved`
}

/** Theirs and mine for one stale row, in words (the CLI prints them; the desk shows the structured sides). */
export function describeStale(row: StaleRow): string {
  return `${what(row)}: ${sides(row)}`
}

const CLOSING = 'Nothing was overwritten; give yours again on what is there now to replace theirs.'

export class StaleWriteError extends UserError {
  override readonly name = 'UserError'
  constructor(readonly conflicts: readonly StaleRow[]) {
    const first = conflicts[0]!
    super(
      conflicts.length === 1
        ? `Another editor changed ${what(first)} since it was read: ${sides(first)}. ${CLOSING}`
        : `Other editors changed ${conflicts.length} rows since they were read:\n${conflicts.map((c) => `  ${describeStale(c)}.`).join('\n')}\n${CLOSING}`,
      'conflict'
    )
  }
}

export function isStaleWrite(error: unknown): error is StaleWriteError {
  return error instanceof StaleWriteError
}

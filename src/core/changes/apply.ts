/**
 * Applying recorded row changes to a store, each checked first (compare and
 * set): a row is changed only if it is still as the op expects, so an undo
 * never overwrites what was done since. A database adapter applies the same
 * ops the same way, one conditional write per row, in one transaction.
 */
import { UserError } from '../errors'
import { UNREVIEWED, type Claim, type Report, type Review, type ReviewEvent, type RowOp, type StoreData, type Table } from '../model'
import { sameValue } from './same'

type Row = Record<string, unknown>

/** Who makes the change and when: stamped on reviews it changes and on its log entry. */
export interface Stamp {
  editor: string | null
  at: string
}

export class ChangeConflictError extends UserError {
  constructor(
    readonly table: Table,
    readonly id: string,
    message: string
  ) {
    super(message, 'conflict')
  }
}

/** The ops that undo `ops`: inserts become deletes and the reverse, updates swap before and after. */
export function invertOps(ops: readonly RowOp[]): RowOp[] {
  return ops.map((op): RowOp => {
    if (op.op === 'insert') return { ...op, op: 'delete' }
    if (op.op === 'delete') return { ...op, op: 'insert' }
    return { ...op, before: op.after, after: op.before }
  })
}

const NOUN: Record<Table, string> = { reports: 'report', claims: 'claim', reviews: 'review of claim' }

function conflict(op: RowOp, why: string): ChangeConflictError {
  return new ChangeConflictError(op.table, op.id, `The ${NOUN[op.table]} ${op.id} ${why}, so this change cannot be applied; nothing was changed.`)
}

function matches(row: Row, op: Extract<RowOp, { op: 'update' }>): boolean {
  return op.fields.every((field) => sameValue(row[field], op.before[field]))
}

function updated(row: Row, op: Extract<RowOp, { op: 'update' }>): Row {
  const next = { ...row }
  for (const field of op.fields) {
    if (op.after[field] === undefined) delete next[field]
    else next[field] = op.after[field]
  }
  return next
}

/** Applies ops on one list (reports or claims): deletes and updates by id, then inserts at their index. */
function applyToList<T extends { id: string }>(list: readonly T[], ops: readonly RowOp[]): T[] {
  if (ops.length === 0) return list as T[]
  const at = new Map(list.map((row, i) => [row.id, i]))
  const rows: (T | null)[] = [...list]
  const inserts: Extract<RowOp, { op: 'insert' }>[] = []
  for (const op of ops) {
    const i = at.get(op.id)
    if (op.op === 'insert') {
      if (i !== undefined && rows[i] !== null) throw conflict(op, 'exists already')
      inserts.push(op)
      continue
    }
    const row = i === undefined ? null : rows[i]!
    if (row === null) throw conflict(op, 'is no longer there')
    if (op.op === 'delete') {
      if (!sameValue(row, op.row)) throw conflict(op, 'has changed since')
      rows[i!] = null
    } else {
      if (!matches(row, op)) throw conflict(op, 'has changed since')
      rows[i!] = updated(row, op) as unknown as T
    }
  }
  const next = rows.filter((row): row is T => row !== null)
  for (const op of inserts.sort((a, b) => a.index - b.index)) next.splice(Math.min(op.index, next.length), 0, op.row as unknown as T)
  return next
}

function applyToReviews(reviews: StoreData['reviews'], ops: readonly RowOp[], stamp: Stamp): StoreData['reviews'] {
  if (ops.length === 0) return reviews
  const next = { ...reviews }
  for (const op of ops) {
    const current = Object.hasOwn(next, op.id) ? next[op.id] : undefined
    if (op.op === 'insert') {
      if (current) throw conflict(op, 'exists already')
      next[op.id] = op.row as unknown as Review
    } else if (op.op === 'delete') {
      if (!current || !sameValue(current, op.row)) throw conflict(op, 'has changed since')
      delete next[op.id]
    } else {
      const row = (current ?? UNREVIEWED) as unknown as Row
      if (!matches(row, op)) throw conflict(op, 'has changed since')
      const review = updated(row, op) as unknown as Review
      // An event-style update (see RowOp): signed and stamped now, and appended to the trail.
      if (!op.fields.includes('history')) {
        const event: ReviewEvent = { at: stamp.at, editor: stamp.editor, verdict: review.verdict, note: review.note, evidence: review.evidence }
        next[op.id] = { ...review, editor: stamp.editor, updatedAt: stamp.at, history: [...review.history, event] }
      } else {
        next[op.id] = review
      }
    }
  }
  return next
}

/** The store after `ops`, or a ChangeConflictError naming the first row that is not as they expect (the store is left as it was). */
export function applyOps(data: StoreData, ops: readonly RowOp[], stamp: Stamp): StoreData {
  const of = (table: Table) => ops.filter((op) => op.table === table)
  return {
    ...data,
    reports: applyToList<Report>(data.reports, of('reports')),
    claims: applyToList<Claim>(data.claims, of('claims')),
    reviews: applyToReviews(data.reviews, of('reviews'), stamp)
  }
}

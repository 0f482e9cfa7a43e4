/**
 * What a change did, read off the store before and after it: one RowOp per
 * row that appeared, went or changed. Linear, and cheap where nothing changed:
 * the store's pure functions replace only the rows (and lists) they change,
 * so unchanged rows are the very same objects and are skipped by identity.
 */
import type { Review, RowOp, StoreData, Table } from '../model'
import { sameValue } from './same'

type Row = Record<string, unknown>

/** The fields whose values differ, with their values before and after (absent values left out). */
export function fieldChanges(before: Row, after: Row, ignore: ReadonlySet<string> = new Set()): { fields: string[]; before: Row; after: Row } {
  const fields: string[] = []
  const was: Row = {}
  const now: Row = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.has(key) || sameValue(before[key], after[key])) continue
    fields.push(key)
    if (before[key] !== undefined) was[key] = before[key]
    if (after[key] !== undefined) now[key] = after[key]
  }
  return { fields, before: was, after: now }
}

function diffList(table: Table, before: readonly { id: string }[], after: readonly { id: string }[]): RowOp[] {
  if (before === after) return []
  const ops: RowOp[] = []
  const old = new Map(before.map((row, index) => [row.id, { row, index }]))
  const kept = new Set<string>()
  after.forEach((row, index) => {
    const was = old.get(row.id)
    if (!was) return void ops.push({ op: 'insert', table, id: row.id, index, row: row })
    kept.add(row.id)
    if (was.row === row) return
    const change = fieldChanges(was.row, row)
    if (change.fields.length > 0) ops.push({ op: 'update', table, id: row.id, ...change })
  })
  for (const [id, { row, index }] of old) if (!kept.has(id)) ops.push({ op: 'delete', table, id, index, row: row })
  return ops
}

/** Review fields an event records; `editor` and `updatedAt` are the change's own. */
export const REVIEW_EVENT_FIELDS = ['verdict', 'note', 'evidence', 'archives'] as const
const STAMP_FIELDS = new Set(['editor', 'updatedAt', 'history'])

/**
 * A review that only gained one history event is recorded as that event's
 * fields (see RowOp): applying it again, or its inverse, appends an event of
 * its own, so undo adds to the trail instead of cutting it. Any other change
 * (a merge rewrites histories) is recorded field by field, history included.
 */
function diffReview(id: string, before: Review | undefined, after: Review | undefined): RowOp | null {
  if (before === after) return null
  if (!after) return { op: 'delete', table: 'reviews', id, index: 0, row: before as unknown as Row }
  const base = before ?? { verdict: 'unreviewed', note: '', editor: null, updatedAt: null, history: [], evidence: [] }
  const appendedOne = after.history.length === base.history.length + 1 && base.history.every((event, i) => event === after.history[i])
  if (appendedOne) {
    const change = fieldChanges(base, after, STAMP_FIELDS)
    if (change.fields.length > 0) return { op: 'update', table: 'reviews', id, ...change }
  }
  if (!before) return { op: 'insert', table: 'reviews', id, index: 0, row: after as unknown as Row }
  const change = fieldChanges(before, after)
  return change.fields.length > 0 ? { op: 'update', table: 'reviews', id, ...change } : null
}

function diffReviews(before: StoreData['reviews'], after: StoreData['reviews']): RowOp[] {
  if (before === after) return []
  const ops: RowOp[] = []
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const op = diffReview(id, Object.hasOwn(before, id) ? before[id] : undefined, Object.hasOwn(after, id) ? after[id] : undefined)
    if (op) ops.push(op)
  }
  return ops
}

export function diffStores(before: StoreData, after: StoreData): RowOp[] {
  return [...diffList('reports', before.reports, after.reports), ...diffList('claims', before.claims, after.claims), ...diffReviews(before.reviews, after.reviews)]
}

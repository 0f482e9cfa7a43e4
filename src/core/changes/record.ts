/**
 * Recording changes in the store's change log, and undoing them. Every edit
 * of the desk (verdicts, notes, evidence, wording, splits, merges, dismissals,
 * cluster decisions, report removal) is one pure function from store to store;
 * `recordChange` reads off what it did (diff.ts) and appends it to the log, so
 * the edit and its record are one write. Undo applies a change's inverse with
 * compare-and-set (apply.ts) and is recorded as a change in turn: undoing an
 * undo is redo.
 */
import { UserError } from '../errors'
import type { ChangeKind, ChangeRecord, RowOp, StoreData } from '../model'
import { applyOps, invertOps, type Stamp } from './apply'
import { diffStores } from './diff'

export type { Stamp } from './apply'

export interface Recorded {
  data: StoreData
  /** Null when the edit changed nothing (nothing is logged then). */
  change: ChangeRecord | null
}

/** Who signs a change: the editor named with it, else the desk's editor name, else nobody. */
export function stampFor(data: StoreData, now: Date, editor?: string | null): Stamp {
  return { editor: editor?.trim() || data.settings.editorName.trim() || null, at: now.toISOString() }
}

/** The claims and reports a change touched, in the order its ops name them. */
function touched(data: StoreData, before: StoreData, ops: readonly RowOp[]): { claimIds: string[]; reportIds: string[] } {
  const claimIds = new Set<string>()
  const reportIds = new Set<string>()
  for (const op of ops) {
    if (op.table === 'reports') reportIds.add(op.id)
    else claimIds.add(op.id)
  }
  // Claims' reports, from the rows the ops carry, else the store after or before (one map, however many claims).
  const reportOf = new Map<string, string>()
  for (const c of before.claims) if (claimIds.has(c.id)) reportOf.set(c.id, c.reportId)
  for (const c of data.claims) if (claimIds.has(c.id)) reportOf.set(c.id, c.reportId)
  for (const id of claimIds) {
    const reportId = reportOf.get(id)
    if (reportId) reportIds.add(reportId)
  }
  return { claimIds: [...claimIds], reportIds: [...reportIds] }
}

function nextSeq(data: StoreData): number {
  return (data.changes.at(-1)?.seq ?? 0) + 1
}

function append(data: StoreData, change: ChangeRecord): StoreData {
  return { ...data, changes: [...data.changes, change] }
}

/** `after` (an edit's result from `before`) with the edit appended to the change log. */
export function recordChange(before: StoreData, after: StoreData, kind: ChangeKind, stamp: Stamp): Recorded {
  const ops = diffStores(before, after)
  if (ops.length === 0) return { data: before, change: null }
  const change: ChangeRecord = { seq: nextSeq(after), kind, at: stamp.at, editor: stamp.editor, ...touched(after, before, ops), ops }
  return { data: append(after, change), change }
}

export function findChange(data: StoreData, seq: number): ChangeRecord {
  // The log is in seq order: a binary search finds a change among thousands at once.
  let lo = 0
  let hi = data.changes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const change = data.changes[mid]!
    if (change.seq === seq) return change
    if (change.seq < seq) lo = mid + 1
    else hi = mid - 1
  }
  throw new UserError(`There is no change number ${seq} on this desk.`, 'not-found')
}

/**
 * Reverts change `seq`: its inverse is applied only where every row is as
 * the change left it (else a ChangeConflictError, and nothing changes), and
 * is recorded as an `undo` change, in one write however many rows it touches.
 */
export function undoChange(data: StoreData, seq: number, stamp: Stamp): { data: StoreData; change: ChangeRecord } {
  const target = findChange(data, seq)
  const ops = invertOps(target.ops)
  const applied = applyOps(data, ops, stamp)
  const change: ChangeRecord = {
    seq: nextSeq(data),
    kind: 'undo',
    at: stamp.at,
    editor: stamp.editor,
    claimIds: target.claimIds,
    reportIds: target.reportIds,
    ops,
    undoes: { seq: target.seq, kind: target.kind }
  }
  return { data: append(applied, change), change }
}

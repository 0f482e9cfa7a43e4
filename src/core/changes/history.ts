/**
 * A claim's history, read from the change log: every change that touched it
 * (or a claim merged into it), newest first, with who, when, and each field
 * before and after. Derived here once; the desk and the CLI only render it.
 */
import type { ChangeKind, ChangeRecord, RowOp, StoreData } from '../model'

/** Fields kept for the reader; offsets and stamps are how, not what. */
const SHOWN = ['verdict', 'note', 'evidence', 'editedText', 'text', 'dismissed', 'clusterDecision'] as const
export type ShownField = (typeof SHOWN)[number]

export interface FieldChange {
  field: ShownField
  before: unknown
  after: unknown
}

export interface HistoryEntry {
  seq: number
  kind: ChangeKind
  at: string
  editor: string | null
  /** For an undo: the change it reverted. */
  undoes: { seq: number; kind: ChangeKind } | null
  /** The claim this entry is about: the one asked for, or one merged into it. */
  claimId: string
  /** `created`: the claim (or its review) appeared; `removed`: it went (its report removed, merged away); else changed. */
  row: 'created' | 'removed' | 'changed'
  fields: FieldChange[]
  /** How many claims the change touched (a bulk verdict, a report's removal). */
  claimCount: number
}

function fieldsOf(op: RowOp): FieldChange[] {
  if (op.op !== 'update') return []
  return SHOWN.filter((f) => op.fields.includes(f)).map((field) => ({ field, before: op.before[field] ?? null, after: op.after[field] ?? null }))
}

function entryFor(change: ChangeRecord, claimId: string): HistoryEntry | null {
  const ops = change.ops.filter((op) => op.table !== 'reports' && op.id === claimId)
  if (ops.length === 0) return null
  const claimOp = ops.find((op) => op.table === 'claims')
  const row = claimOp?.op === 'insert' ? 'created' : claimOp?.op === 'delete' ? 'removed' : 'changed'
  return {
    seq: change.seq,
    kind: change.kind,
    at: change.at,
    editor: change.editor,
    undoes: change.undoes ?? null,
    claimId,
    row,
    fields: ops.flatMap(fieldsOf),
    claimCount: change.claimIds.length
  }
}

export function historyOf(data: StoreData, claimId: string): HistoryEntry[] {
  // Newest first; a merge brings the absorbed claim's earlier history along.
  const tracked = new Set([claimId])
  const entries: HistoryEntry[] = []
  for (let i = data.changes.length - 1; i >= 0; i--) {
    const change = data.changes[i]!
    if (!change.claimIds.some((id) => tracked.has(id))) continue
    if (change.kind === 'merge') for (const id of change.claimIds) tracked.add(id)
    for (const id of change.claimIds) {
      if (!tracked.has(id)) continue
      const entry = entryFor(change, id)
      if (entry) entries.push(entry)
    }
  }
  return entries
}

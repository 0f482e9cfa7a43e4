/**
 * What a change writes to the team database: the rows the new state differs
 * from the old in (core/changes/diff.ts), each with the version this desk read
 * it at (or, for a review, the version the editor saw: the desk may show an
 * older one than this store holds) and, for reports and claims, its position
 * in the story. And, once the write committed, the versions and positions the
 * desk holds from then on. The write itself is write.ts.
 */
import { diffStores } from '../../changes/diff'
import type { Claim, Report, Review, StoreData, Table } from '../../model'
import type { RowWrite, WritePlan } from './write'

/** The version of every row this desk read, and the position of every report and claim. */
export interface RowBook {
  versions: Record<Table, Map<string, number>>
  positions: Record<'reports' | 'claims', Map<string, number>>
}

/** Positions for rows new in `list` (in list order): between their neighbours' positions, else after the last. */
export function positionsFor(list: readonly { id: string }[], known: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>()
  let i = 0
  while (i < list.length) {
    if (known.has(list[i]!.id)) {
      i++
      continue
    }
    let j = i
    while (j < list.length && !known.has(list[j]!.id)) j++
    const before = i > 0 ? known.get(list[i - 1]!.id)! : null
    const after = j < list.length ? known.get(list[j]!.id)! : null
    const count = j - i
    const low = before ?? (after !== null ? after - count - 1 : 0)
    const high = after ?? low + count + 1
    for (let k = 0; k < count; k++) out.set(list[i + k]!.id, low + ((high - low) * (k + 1)) / (count + 1))
    i = j
  }
  return out
}

export interface PlanContext {
  book: RowBook
  deskId: string
  at: string
  /** The review versions the editor saw, by claim id (UpdateOptions.seenReviews). */
  seen: ReadonlyMap<string, number> | undefined
}

/** The rows `next` differs from `before` in, as compare-and-set writes; see the module comment. */
export function planWrite(before: StoreData, next: StoreData, { book, deskId, at, seen }: PlanContext): WritePlan {
  if (next.changes.length < before.changes.length || next.changes.slice(0, before.changes.length).some((c, i) => c !== before.changes[i])) {
    throw new Error('A change may only add to the change log.')
  }
  const added = next.changes.slice(before.changes.length)
  if (added.length > 1) throw new Error('One write records at most one change.')
  const ops = diffStores(before, next)
  const newPositions = {
    reports: positionsFor(next.reports, book.positions.reports),
    claims: positionsFor(next.claims, book.positions.claims)
  }
  // Looked up by id once per write, not searched per row: an import writes thousands of claims.
  const reportsAfter = new Map(next.reports.map((r) => [r.id, r]))
  const claimsAfter = new Map(next.claims.map((c) => [c.id, c]))
  const rows: RowWrite[] = ops.map((op) => {
    const version = (op.table === 'reviews' ? seen?.get(op.id) : undefined) ?? book.versions[op.table].get(op.id) ?? 0
    const position = op.table === 'reviews' ? 0 : (book.positions[op.table].get(op.id) ?? newPositions[op.table].get(op.id) ?? 0)
    const after = op.table === 'reports' ? reportsAfter.get(op.id) : op.table === 'claims' ? claimsAfter.get(op.id) : next.reviews[op.id]
    if (op.op === 'delete') return { table: op.table, id: op.id, write: 'delete', version, position, row: op.row as unknown as Review }
    // A review this desk never read is new here (an update of the unreviewed default is its first write).
    const write = op.op === 'insert' || version === 0 ? 'insert' : 'update'
    return { table: op.table, id: op.id, write, version, position, row: after as Report | Claim | Review }
  })
  const metaChanged = next.story.name !== before.story.name || next.settings.organisation !== before.settings.organisation || next.settings.url !== before.settings.url
  return {
    rows,
    change: added[0] ?? null,
    deskId,
    at,
    meta: metaChanged ? { storyName: next.story.name, organisation: next.settings.organisation, url: next.settings.url } : null,
    briefs: next.briefVersions.length > before.briefVersions.length ? next.briefVersions.slice(before.briefVersions.length) : []
  }
}

/** Whether the plan writes anything at all. */
export function writesNothing(plan: WritePlan): boolean {
  return plan.rows.length === 0 && !plan.meta && plan.briefs.length === 0
}

/** After the plan committed: each row it wrote is at its next version (a new one at 1), a removed one is gone. */
export function recordWritten(book: RowBook, plan: WritePlan): void {
  for (const r of plan.rows) {
    if (r.write === 'delete') {
      book.versions[r.table].delete(r.id)
      if (r.table !== 'reviews') book.positions[r.table].delete(r.id)
    } else {
      book.versions[r.table].set(r.id, r.write === 'insert' ? 1 : r.version + 1)
      if (r.table !== 'reviews') book.positions[r.table].set(r.id, r.position)
    }
  }
}

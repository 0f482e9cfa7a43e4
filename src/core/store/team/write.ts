/**
 * One write to the team database: every row a change touched, compare-and-set
 * on the version this desk read, the change's event in the log, and the
 * notification, in one transaction. A row that is not at the version this
 * desk read is a conflict: the transaction is rolled back, nothing is written,
 * and both sides are returned. A bulk change is one transaction however many
 * rows it touches (one statement per table and kind of write).
 */
import type { Pool, PoolClient } from 'pg'
import type { BriefVersion, ChangeRecord, Claim, Report, Review, RowOp, Table } from '../../model'
import { sideOf, type StaleRow } from './conflict'
import { teamProblem, type TeamAddress } from './connection'
import { EVENT_CHANNEL } from './migrations'

export interface RowWrite {
  table: Table
  id: string
  /** insert: the row is new here; update: replace the row at `version`; delete: remove it at `version`. */
  write: 'insert' | 'update' | 'delete'
  /** The version this desk read (0: it read no such row). */
  version: number
  position: number
  /** The row after the change (the row before it, for a delete). */
  row: Report | Claim | Review
}

export interface WritePlan {
  rows: RowWrite[]
  /** The change-log record the write carries, if it is an edit (an import carries none). */
  change: ChangeRecord | null
  deskId: string
  at: string
  meta: { storyName: string; organisation: string; url: string } | null
  briefs: BriefVersion[]
}

export type WriteOutcome = { ok: true; eventId: number; previousEvent: number; briefSeqs: number[] } | { ok: false; conflicts: StaleRow[] }

const SQL_TABLE: Record<Table, { name: string; key: string }> = {
  reports: { name: 'report', key: 'id' },
  claims: { name: 'claim', key: 'id' },
  reviews: { name: 'claim_review', key: 'claim_id' }
}

/** Columns derived from the row, per table, for inserts and updates (the row's JSON is `x.row`). */
const DERIVED: Record<Table, { columns: string[]; values: string[] }> = {
  reports: { columns: ['position'], values: ['x.position'] },
  claims: { columns: ['report_id', 'cluster_id', 'position'], values: ["x.row->>'reportId'", "x.row->>'clusterId'", 'x.position'] },
  reviews: {
    columns: ['verdict', 'note', 'editor', 'updated_at'],
    values: ["x.row->>'verdict'", "x.row->>'note'", "x.row->>'editor'", "(x.row->>'updatedAt')::timestamptz"]
  }
}

const RECORDS = `jsonb_to_recordset($1::jsonb) AS x(id text, version int, position float8, row jsonb)`

async function writeTable(client: PoolClient, table: Table, write: RowWrite['write'], rows: RowWrite[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set()
  const { name, key } = SQL_TABLE[table]
  const { columns, values } = DERIVED[table]
  const payload = JSON.stringify(rows.map((r) => ({ id: r.id, version: r.version, position: r.position, row: r.row })))
  let sql: string
  if (write === 'insert') {
    sql = `INSERT INTO ${name} (${key}, version, row, ${columns.join(', ')}) SELECT x.id, 1, x.row, ${values.join(', ')} FROM ${RECORDS}
           ON CONFLICT (${key}) DO NOTHING RETURNING ${key} AS id`
  } else if (write === 'update') {
    sql = `UPDATE ${name} t SET version = t.version + 1, row = x.row, ${columns.map((c, i) => `${c} = ${values[i]}`).join(', ')}
           FROM ${RECORDS} WHERE t.${key} = x.id AND t.version = x.version RETURNING t.${key} AS id`
  } else {
    sql = `DELETE FROM ${name} t USING ${RECORDS} WHERE t.${key} = x.id AND t.version = x.version RETURNING t.${key} AS id`
  }
  const done = await client.query<{ id: string }>(sql, [payload])
  return new Set(done.rows.map((r) => r.id))
}

/** What the database holds now for each row that could not be written, with its version. */
async function conflictsOf(client: PoolClient, failed: RowWrite[]): Promise<StaleRow[]> {
  const reviewIds = failed.filter((r) => r.table === 'reviews').map((r) => r.id)
  const current = new Map<string, { row: Review; version: number }>()
  if (reviewIds.length > 0) {
    const rows = await client.query<{ id: string; row: Review; version: number }>(
      'SELECT claim_id AS id, row, version FROM claim_review WHERE claim_id = ANY($1::text[])',
      [reviewIds]
    )
    for (const r of rows.rows) current.set(r.id, { row: r.row, version: r.version })
  }
  return failed.map((r) => {
    if (r.table !== 'reviews') return { table: r.table, id: r.id, mine: null, theirs: null }
    const now = current.get(r.id)
    return { table: r.table, id: r.id, mine: r.write === 'delete' ? null : sideOf(r.row as Review), theirs: now ? { ...sideOf(now.row), version: now.version } : null }
  })
}

/** Which rows an event names, for the desks that catch up on it. */
function touchedRows(rows: RowWrite[]): [Table, string][] {
  return rows.map((r) => [r.table, r.id])
}

/** Runs the plan in the transaction the caller has begun on `client` (and ends it); see the module comment. */
export async function writePlan(client: PoolClient, plan: WritePlan): Promise<WriteOutcome> {
  try {
    const clusters = [...new Set(plan.rows.filter((r) => r.table === 'claims' && r.write !== 'delete').map((r) => (r.row as Claim).clusterId))]
    if (clusters.length > 0) await client.query('INSERT INTO cluster (id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [clusters])
    const failed: RowWrite[] = []
    for (const table of ['reports', 'claims', 'reviews'] as const) {
      for (const write of ['delete', 'update', 'insert'] as const) {
        const rows = plan.rows.filter((r) => r.table === table && r.write === write)
        const done = await writeTable(client, table, write, rows)
        for (const r of rows) if (!done.has(r.id)) failed.push(r)
      }
    }
    if (failed.length > 0) {
      const conflicts = await conflictsOf(client, failed)
      await client.query('ROLLBACK')
      return { ok: false, conflicts }
    }
    // From here to COMMIT this writer holds the desk row, so events commit in id order: a desk that has
    // seen event n has seen every event before it. The rows above are already written (each row locked
    // by its own compare-and-set), so writers wait on each other only for the last two round trips.
    if (plan.meta || plan.briefs.length > 0) await client.query('SELECT 1 FROM desk WHERE id = 1 FOR UPDATE')
    if (plan.meta) {
      await client.query('UPDATE desk SET story_name = $1, organisation = $2, url = $3 WHERE id = 1', [plan.meta.storyName, plan.meta.organisation, plan.meta.url])
    }
    const briefSeqs: number[] = []
    for (const brief of plan.briefs) {
      const r = await client.query<{ seq: string }>('INSERT INTO brief_version (id, row) VALUES ($1, $2) RETURNING seq', [brief.id, JSON.stringify(brief)])
      briefSeqs.push(Number(r.rows[0]!.seq))
    }
    const change = plan.change
    // The desk's next event id, the event, and the notification (only the id: a desk reads the events
    // themselves, so a missed notification loses nothing), in one statement.
    const event = await client.query<{ id: string }>(
      `WITH desk AS (UPDATE desk SET last_event = last_event + 1 WHERE id = 1 RETURNING last_event),
       event AS (
         INSERT INTO review_event (id, at, editor, desk_id, kind, claim_ids, report_ids, ops, undoes, rows)
         SELECT last_event, $1, session_user, $2, $3, $4, $5, $6, $7, $8 FROM desk RETURNING id)
       SELECT id, pg_notify('${EVENT_CHANNEL}', id::text) FROM event`,
      [
        change?.at ?? plan.at,
        plan.deskId,
        change?.kind ?? null,
        change?.claimIds ?? [...new Set(plan.rows.filter((r) => r.table !== 'reports').map((r) => r.id))],
        change?.reportIds ?? [...new Set(plan.rows.filter((r) => r.table === 'reports').map((r) => r.id))],
        change ? JSON.stringify(change.ops satisfies RowOp[]) : null,
        change?.undoes ? JSON.stringify(change.undoes) : null,
        JSON.stringify(touchedRows(plan.rows))
      ]
    )
    const eventId = Number(event.rows[0]!.id)
    await client.query('COMMIT')
    return { ok: true, eventId, previousEvent: eventId - 1, briefSeqs }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

/** PostgreSQL's deadlock_detected: the transaction was rolled back, so it may be run again. */
const DEADLOCK = '40P01'

/** Runs the plan in a transaction of its own on a pooled connection; see the module comment. */
export async function runWrite(pool: Pool, address: TeamAddress, plan: WritePlan): Promise<WriteOutcome> {
  // A pooled connection the server has since dropped fails at BEGIN: one more try then is safe, since
  // nothing was written. Other failures later in the transaction are not retried (it may have committed).
  for (let attempt = 0; ; attempt++) {
    let client: PoolClient
    try {
      client = await pool.connect()
    } catch (error) {
      throw teamProblem(error, address, 'save this change')
    }
    try {
      await client.query('BEGIN')
    } catch (error) {
      client.release(true)
      if (attempt === 0) continue
      throw teamProblem(error, address, 'save this change')
    }
    try {
      const outcome = await writePlan(client, plan)
      client.release()
      return outcome
    } catch (error) {
      client.release(true)
      // Two bulk writes that lock the same rows in different orders: the server rolled one back whole; do it again.
      if ((error as { code?: string }).code === DEADLOCK && attempt < 5) continue
      throw teamProblem(error, address, 'save this change')
    }
  }
}

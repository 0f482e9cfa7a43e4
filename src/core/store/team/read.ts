/**
 * Reading the team database: a whole desk (on opening) and the rows a list of
 * events touched (on catching up), each in one repeatable-read snapshot, so
 * the rows read agree with the newest event read.
 */
import type { PoolClient } from 'pg'
import { BriefVersion, ChangeKind, Claim, Report, Review, RowOp, type ChangeRecord, type Table } from '../../model'
import { UserError } from '../../errors'

export interface Versioned<T> {
  id: string
  version: number
  position: number
  row: T
}

export interface DeskRow {
  story_name: string
  organisation: string
  url: string
  last_event: number
}

export interface EventRow {
  id: number
  at: string
  editor: string
  desk_id: string
  kind: ChangeKind | null
  claim_ids: string[]
  report_ids: string[]
  ops: RowOp[] | null
  undoes: ChangeRecord['undoes'] | null
  rows: [Table, string][]
}

export interface Snapshot {
  desk: DeskRow
  reports: Versioned<Report>[]
  claims: Versioned<Claim>[]
  reviews: Versioned<Review>[]
  briefs: { seq: number; row: BriefVersion }[]
  events: EventRow[]
}

const EVENT_COLUMNS = `id::float8 AS id, to_json(at)#>>'{}' AS at, editor, desk_id, kind, claim_ids, report_ids, ops, undoes, rows`

/** A row read back is checked against the model: a row edited by hand in SQL is named, not loaded half-right. */
function checked<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } },
  what: string,
  id: string,
  value: unknown,
  shown: string
): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new UserError(`The team database ${shown} holds a ${what} ${id} that factdesk cannot read: ${parsed.error.message.slice(0, 300)}`, 'store')
  return parsed.data
}

interface RawRow {
  id: string
  version: number
  position: number
  row: unknown
}

export function toChangeRecord(event: EventRow): ChangeRecord | null {
  if (event.kind === null || event.ops === null) return null
  return {
    seq: event.id,
    kind: event.kind,
    // timestamptz comes back in the server's zone: the model's stamps are UTC ISO strings.
    at: new Date(event.at).toISOString(),
    editor: event.editor,
    claimIds: event.claim_ids,
    reportIds: event.report_ids,
    ops: event.ops,
    ...(event.undoes ? { undoes: event.undoes } : {})
  }
}

export async function readDesk(client: PoolClient): Promise<DeskRow> {
  const desk = (await client.query<DeskRow>('SELECT story_name, organisation, url, last_event::float8 AS last_event FROM desk WHERE id = 1')).rows[0]
  if (!desk) throw new Error('The desk row is missing from the team database.')
  return desk
}

/** Rows of each table: all of them (`ids` null), or those with the given ids (a table with none is not read). */
async function readRows(client: PoolClient, shown: string, ids: Record<Table, string[]> | null): Promise<Pick<Snapshot, 'reports' | 'claims' | 'reviews'>> {
  const read = async (table: Table, sql: string): Promise<RawRow[]> => {
    if (ids === null) return (await client.query<RawRow>(sql.replace('%WHERE', ''))).rows
    if (ids[table].length === 0) return []
    return (await client.query<RawRow>(sql.replace('%WHERE', `WHERE ${table === 'reviews' ? 'claim_id' : 'id'} = ANY($1::text[])`), [ids[table]])).rows
  }
  const reports = await read('reports', 'SELECT id, version, position, row FROM report %WHERE ORDER BY position, id')
  const claims = await read('claims', 'SELECT id, version, position, row FROM claim %WHERE ORDER BY position, id')
  const reviews = await read('reviews', 'SELECT claim_id AS id, version, 0 AS position, row FROM claim_review %WHERE')
  return {
    reports: reports.map((r) => ({ ...r, row: checked(Report, 'report', r.id, r.row, shown) })),
    claims: claims.map((r) => ({ ...r, row: checked(Claim, 'claim', r.id, r.row, shown) })),
    reviews: reviews.map((r) => ({ ...r, row: checked(Review, 'review of claim', r.id, r.row, shown) }))
  }
}

async function snapshot<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const out = await work()
    await client.query('COMMIT')
    return out
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

/** The whole desk. */
export function readSnapshot(client: PoolClient, shown: string): Promise<Snapshot> {
  return snapshot(client, async () => {
    const desk = await readDesk(client)
    const rows = await readRows(client, shown, null)
    const briefs = await client.query<{ seq: number; row: unknown }>('SELECT seq::float8 AS seq, row FROM brief_version ORDER BY seq')
    const events = await client.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM review_event WHERE kind IS NOT NULL ORDER BY id`)
    return {
      desk,
      ...rows,
      briefs: briefs.rows.map((b) => ({ seq: b.seq, row: checked(BriefVersion, 'brief version', String(b.seq), b.row, shown) })),
      events: events.rows
    }
  })
}

export interface CatchUp {
  desk: DeskRow
  events: EventRow[]
  /** The current rows of everything the events touched (a row missing here is gone). */
  touched: Map<Table, Set<string>>
  rows: Pick<Snapshot, 'reports' | 'claims' | 'reviews'>
  briefs: Snapshot['briefs']
}

/** Every event after `lastSeen`, and the current state of the rows they touched. */
export function readSince(client: PoolClient, shown: string, lastSeen: number, lastBrief: number): Promise<CatchUp | null> {
  return snapshot(client, async () => {
    const desk = await readDesk(client)
    if (desk.last_event <= lastSeen) return null
    const events = (await client.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM review_event WHERE id > $1 ORDER BY id`, [lastSeen])).rows
    const touched = new Map<Table, Set<string>>([
      ['reports', new Set()],
      ['claims', new Set()],
      ['reviews', new Set()]
    ])
    for (const event of events) for (const [table, id] of event.rows) touched.get(table)?.add(id)
    const rows = await readRows(client, shown, { reports: [...touched.get('reports')!], claims: [...touched.get('claims')!], reviews: [...touched.get('reviews')!] })
    const briefs = await client.query<{ seq: number; row: unknown }>('SELECT seq::float8 AS seq, row FROM brief_version WHERE seq > $1 ORDER BY seq', [lastBrief])
    return {
      desk,
      events,
      touched,
      rows,
      briefs: briefs.rows.map((b) => ({ seq: b.seq, row: checked(BriefVersion, 'brief version', String(b.seq), b.row, shown) }))
    }
  })
}

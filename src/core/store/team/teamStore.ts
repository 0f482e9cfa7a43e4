/**
 * The store on a team database (PostgreSQL): the same Store the file gives,
 * so every use-case, IPC handler and CLI command works on it unchanged.
 *
 * The desk keeps the whole story in memory, as with a file, plus the version
 * of every row it read. A change is computed on that state (what the editor
 * saw), planned as the rows it changes (plan.ts), then written with
 * compare-and-set on those versions, or on the review versions the editor's
 * desk showed (write.ts): a row another editor changed since is a
 * StaleWriteError carrying both sides (conflict.ts), and nothing is written. Every write appends one event to review_event and
 * notifies its id; desks read every event newer than the last they saw and
 * re-read the rows those events touched (read.ts), so a missed notification
 * delays an update but never loses one. Reviews are signed by the PostgreSQL
 * role the desk connects as: the editor's name is the role's.
 */
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { UserError } from '../../errors'
import { SCHEMA_VERSION as MODEL_SCHEMA, StoreData, type ChangeRecord, type Table } from '../../model'
import { sha256Of, type PageArchive } from '../archive'
import type { Store, StoreChange, UpdateOptions } from '../jsonStore'
import { StaleWriteError } from './conflict'
import { scrub, secretsOf, teamAddress, teamProblem, withLibpqSsl, type TeamAddress } from './connection'
import { EventListener, type ConnectionStatus } from './listen'
import { migrate, PRESENCE_CHANNEL } from './migrations'
import { readSince, readSnapshot, toChangeRecord, type CatchUp, type Snapshot, type Versioned } from './read'
import { planWrite, recordWritten, writesNothing, type RowBook } from './plan'
import { runWrite } from './write'

export interface Presence {
  deskId: string
  editor: string
  claimId: string
  /** When this desk last heard from it (ms since the epoch). */
  seenAt: number
}

export interface TeamStatus {
  status: ConnectionStatus
  /** Why the connection is down (scrubbed of credentials), while reconnecting. */
  problem: string | null
}

export interface TeamStore extends Store {
  readonly editor: string
  readonly deskId: string
  readonly address: TeamAddress
  readonly status: TeamStatus
  onStatus(listener: (status: TeamStatus) => void): () => void
  /** Reads every event newer than the last one this desk saw, and the rows they touched. */
  catchUp(): Promise<StoreData>
  /** Tells the other desks which claim this editor has open (null: none). */
  setPresence(claimId: string | null): Promise<void>
  /** The other editors on this desk and the claim each has open. */
  onPresence(listener: (present: Presence[]) => void): () => void
}

export interface TeamStoreOptions {
  /** Names this desk in the events it writes; a new id per desk opened by default. */
  deskId?: string
  /** The role's password when the URL does not carry it (the app keeps it with safeStorage): held in memory only. */
  password?: string
  reconnect?: { minMs: number; maxMs: number; checkMs: number }
  /** Presence notices older than this are forgotten (the other desk went away without saying so). */
  presenceTtlMs?: number
  /** Listen for other desks' changes (the app); false for a one-off command, which catches up only when asked or refused. */
  live?: boolean
}

function isTeamStoreLike(store: Store): store is TeamStore {
  return 'catchUp' in store && 'deskId' in store
}
export { isTeamStoreLike as isTeamStore }

class PgTeamStore implements TeamStore {
  private data_: StoreData
  private readonly versions: Record<Table, Map<string, number>> = { reports: new Map(), claims: new Map(), reviews: new Map() }
  private readonly positions: Record<'reports' | 'claims', Map<string, number>> = { reports: new Map(), claims: new Map() }
  /** Both, as the write's plan reads and records them (plan.ts). */
  private readonly book: RowBook = { versions: this.versions, positions: this.positions }
  private lastSeen = 0
  /** The seq of every change in data.changes, so a catch-up skips the ones this desk wrote itself. */
  private readonly seqs = new Set<number>()
  private lastBrief = 0
  private queue: Promise<unknown> = Promise.resolve()
  private catchUpQueued = false
  private readonly listeners = new Set<(change: StoreChange) => void>()
  private readonly statusListeners = new Set<(status: TeamStatus) => void>()
  private readonly presenceListeners = new Set<(present: Presence[]) => void>()
  private readonly present = new Map<string, Presence>()
  private ownPresence: string | null = null
  private presenceTimer: NodeJS.Timeout | null = null
  status: TeamStatus = { status: 'connected', problem: null }
  listener: EventListener | null = null
  readonly archive: PageArchive

  constructor(
    readonly address: TeamAddress,
    private readonly pool: pg.Pool,
    readonly editor: string,
    readonly deskId: string,
    snapshot: Snapshot,
    private readonly presenceTtlMs: number
  ) {
    this.data_ = this.fromSnapshot(snapshot)
    this.archive = {
      put: async (sha256, bytes) => {
        if (sha256Of(bytes) !== sha256) throw new Error(`An archived page's bytes do not match their hash ${sha256}.`)
        await this.query('keep an archived page', 'INSERT INTO page_archive (sha256, bytes) VALUES ($1, $2) ON CONFLICT DO NOTHING', [sha256, Buffer.from(bytes)])
      },
      read: async (sha256) => {
        const rows = await this.query<{ bytes: Buffer }>('read an archived page', 'SELECT bytes FROM page_archive WHERE sha256 = $1', [sha256])
        if (!rows[0]) throw new UserError(`The archived page ${sha256} is missing from ${this.address.shown}.`, 'not-found')
        return new Uint8Array(rows[0].bytes)
      }
    }
  }

  get path(): string {
    return this.address.shown
  }
  get data(): StoreData {
    return this.data_
  }

  private scrub = (text: string): string => scrub(text, secretsOf(this.address.url))

  private async query<R extends pg.QueryResultRow>(doing: string, sql: string, params: unknown[]): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows
    } catch (error) {
      throw teamProblem(error, this.address, doing)
    }
  }

  private remember(table: Table, rows: Versioned<unknown>[]): void {
    for (const r of rows) {
      this.versions[table].set(r.id, r.version)
      if (table !== 'reviews') this.positions[table].set(r.id, r.position)
    }
  }

  private fromSnapshot(snapshot: Snapshot): StoreData {
    this.remember('reports', snapshot.reports)
    this.remember('claims', snapshot.claims)
    this.remember('reviews', snapshot.reviews)
    this.lastSeen = snapshot.desk.last_event
    this.lastBrief = snapshot.briefs.at(-1)?.seq ?? 0
    const data = {
      schemaVersion: MODEL_SCHEMA,
      reports: snapshot.reports.map((r) => r.row),
      claims: snapshot.claims.map((r) => r.row),
      reviews: Object.fromEntries(snapshot.reviews.map((r) => [r.id, r.row])),
      settings: { editorName: this.editor, organisation: snapshot.desk.organisation, url: snapshot.desk.url },
      briefVersions: snapshot.briefs.map((b) => b.row),
      story: { name: snapshot.desk.story_name },
      changes: snapshot.events.map(toChangeRecord).filter((c): c is ChangeRecord => c !== null)
    }
    for (const change of data.changes) this.seqs.add(change.seq)
    const parsed = StoreData.safeParse(data)
    if (!parsed.success) throw new UserError(`The team database ${this.address.shown} holds a desk factdesk cannot read: ${parsed.error.message.slice(0, 300)}`, 'store')
    return parsed.data
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work)
    this.queue = run.catch(() => undefined)
    return run
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change)
  }

  reviewVersion(claimId: string): number {
    return this.versions.reviews.get(claimId) ?? 0
  }

  update(change: (data: StoreData) => StoreData, options: UpdateOptions = {}): Promise<StoreData> {
    return this.serial(async () => {
      const before = this.data_
      const proposed = change(before)
      if (proposed === before) return before
      // The editor's name is the role's, whatever a settings change says.
      const next = proposed.settings.editorName === this.editor ? proposed : { ...proposed, settings: { ...proposed.settings, editorName: this.editor } }
      const at = new Date().toISOString()
      const plan = planWrite(before, next, { book: this.book, deskId: this.deskId, at, seen: options.seenReviews })
      if (writesNothing(plan)) {
        this.data_ = next
        return next
      }
      const outcome = await runWrite(this.pool, this.address, plan)
      if (!outcome.ok) {
        // Show the editor what is there now, then say what was not saved.
        await this.catchUpNow().catch(() => undefined)
        throw new StaleWriteError(outcome.conflicts)
      }
      recordWritten(this.book, plan)
      if (plan.change) {
        // The database numbers changes (event ids, in commit order). The record is the fresh object this
        // edit made (recordChange), so whoever holds it (commitEdit's caller, for undo) sees the number too.
        plan.change.seq = outcome.eventId
        plan.change.editor = this.editor
        this.seqs.add(outcome.eventId)
      }
      this.lastBrief = Math.max(this.lastBrief, ...outcome.briefSeqs)
      this.data_ = next
      // Events committed before ours and not yet read: read them now, so the log stays in order.
      if (outcome.previousEvent > this.lastSeen) await this.catchUpNow().catch(() => undefined)
      else this.lastSeen = outcome.eventId
      this.emit({ data: this.data_, changes: plan.change ? [plan.change] : [], remote: false })
      return this.data_
    })
  }

  /** Merges what other desks wrote; runs inside the queue. */
  private async catchUpNow(): Promise<void> {
    let client: pg.PoolClient
    try {
      client = await this.pool.connect()
    } catch (error) {
      throw teamProblem(error, this.address, 'read the latest changes')
    }
    let read: CatchUp | null
    try {
      read = await readSince(client, this.address.shown, this.lastSeen, this.lastBrief)
      client.release()
    } catch (error) {
      client.release(true)
      throw teamProblem(error, this.address, 'read the latest changes')
    }
    if (!read) return
    this.merge(read)
  }

  private merge(read: CatchUp): void {
    const data = this.data_
    const added = read.events.map(toChangeRecord).filter((c): c is ChangeRecord => c !== null && !this.seqs.has(c.seq))
    for (const change of added) this.seqs.add(change.seq)
    const lastSeq = data.changes.at(-1)?.seq ?? 0
    const inOrder = added.length === 0 || added[0]!.seq > lastSeq
    const mergeList = <T extends { id: string }>(table: 'reports' | 'claims', list: readonly T[], fresh: Versioned<T>[]): T[] => {
      const touched = read.touched.get(table)!
      if (touched.size === 0) return list as T[]
      for (const id of touched) {
        this.versions[table].delete(id)
        this.positions[table].delete(id)
      }
      this.remember(table, fresh)
      const kept = list.filter((row) => !touched.has(row.id))
      const merged = [...kept, ...fresh.map((r) => r.row)]
      const position = this.positions[table]
      return merged.sort((a, b) => position.get(a.id)! - position.get(b.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    }
    const reviews = { ...data.reviews }
    for (const id of read.touched.get('reviews')!) {
      delete reviews[id]
      this.versions.reviews.delete(id)
    }
    for (const r of read.rows.reviews) reviews[r.id] = r.row
    this.remember('reviews', read.rows.reviews)
    this.data_ = {
      ...data,
      reports: mergeList('reports', data.reports, read.rows.reports),
      claims: mergeList('claims', data.claims, read.rows.claims),
      reviews: read.touched.get('reviews')!.size > 0 ? reviews : data.reviews,
      settings: { editorName: this.editor, organisation: read.desk.organisation, url: read.desk.url },
      story: { name: read.desk.story_name },
      briefVersions: read.briefs.length > 0 ? [...data.briefVersions, ...read.briefs.map((b) => b.row)] : data.briefVersions,
      changes: added.length === 0 ? data.changes : inOrder ? [...data.changes, ...added] : [...data.changes, ...added].sort((a, b) => a.seq - b.seq)
    }
    this.lastSeen = read.desk.last_event
    this.lastBrief = read.briefs.at(-1)?.seq ?? this.lastBrief
    this.emit({ data: this.data_, changes: added, remote: true })
  }

  catchUp(): Promise<StoreData> {
    return this.serial(async () => {
      await this.catchUpNow()
      return this.data_
    })
  }

  /** Called for every notification: coalesced, so a burst of events is one catch-up. */
  heard(id: number | null): void {
    if (id !== null && id <= this.lastSeen) return
    if (this.catchUpQueued) return
    this.catchUpQueued = true
    void this.serial(async () => {
      this.catchUpQueued = false
      await this.catchUpNow()
    }).catch(() => undefined)
  }

  setStatus(status: TeamStatus): void {
    this.status = status
    for (const listener of this.statusListeners) listener(status)
  }

  heardPresence(payload: string): void {
    try {
      const p = JSON.parse(payload) as { deskId?: unknown; editor?: unknown; claimId?: unknown }
      if (typeof p.deskId !== 'string' || typeof p.editor !== 'string' || p.deskId === this.deskId) return
      if (typeof p.claimId === 'string') this.present.set(p.deskId, { deskId: p.deskId, editor: p.editor, claimId: p.claimId, seenAt: Date.now() })
      else this.present.delete(p.deskId)
      this.announcePresence()
    } catch {
      // Not ours: presence is a courtesy, a malformed notice is ignored.
    }
  }

  private announcePresence(): void {
    const now = Date.now()
    for (const [id, p] of this.present) if (now - p.seenAt > this.presenceTtlMs) this.present.delete(id)
    const list = [...this.present.values()]
    for (const listener of this.presenceListeners) listener(list)
  }

  async setPresence(claimId: string | null): Promise<void> {
    this.ownPresence = claimId
    await this.listener?.notify(PRESENCE_CHANNEL, JSON.stringify({ deskId: this.deskId, editor: this.editor, claimId }))
  }

  startPresence(): void {
    // Repeated, so a desk that opens later hears who is where, and a desk that vanished fades out.
    this.presenceTimer = setInterval(
      () => {
        if (this.ownPresence !== null) void this.setPresence(this.ownPresence)
        this.announcePresence()
      },
      Math.max(1000, this.presenceTtlMs / 3)
    )
    this.presenceTimer.unref()
  }

  onPresence(listener: (present: Presence[]) => void): () => void {
    this.presenceListeners.add(listener)
    return () => void this.presenceListeners.delete(listener)
  }

  onStatus(listener: (status: TeamStatus) => void): () => void {
    this.statusListeners.add(listener)
    return () => void this.statusListeners.delete(listener)
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  async close(): Promise<void> {
    if (this.presenceTimer) clearInterval(this.presenceTimer)
    if (this.ownPresence !== null) await this.setPresence(null)
    await this.queue
    await this.listener?.close()
    await this.pool.end().catch(() => undefined)
  }
}

function withPassword(url: string, password: string | undefined): string {
  if (!password) return url
  const parsed = new URL(url)
  parsed.password = encodeURIComponent(password)
  return parsed.toString()
}

/**
 * Opens the desk on a team database: connects, brings the schema up to date
 * (the first desk to connect must be allowed to create tables; see README),
 * reads the whole desk, and starts listening for other editors' changes.
 */
export async function openTeamStore(url: string, options: TeamStoreOptions = {}): Promise<TeamStore> {
  const address = teamAddress(url)
  const connectionString = withLibpqSsl(withPassword(address.url, options.password))
  const secrets = [...secretsOf(address.url), ...(options.password ? [options.password] : [])]
  const shownAddress: TeamAddress = { ...address, url: connectionString }
  const config: pg.PoolConfig = { connectionString, application_name: 'factdesk', connectionTimeoutMillis: 10_000, max: 4 }
  const pool = new pg.Pool(config)
  // An idle connection the server closed (a restart) must not bring the process down: the next use reconnects.
  pool.on('error', () => undefined)
  let store: PgTeamStore
  try {
    const client = await pool.connect()
    try {
      await migrate(client, address.shown)
      const editor = (await client.query<{ role: string }>('SELECT session_user AS role')).rows[0]!.role
      const snapshot = await readSnapshot(client, address.shown)
      store = new PgTeamStore(shownAddress, pool, editor, options.deskId ?? randomUUID(), snapshot, options.presenceTtlMs ?? 45_000)
    } finally {
      client.release()
    }
    if (options.live === false) return store
    const timing = options.reconnect ?? { minMs: 250, maxMs: 5_000, checkMs: 15_000 }
    const listener = new EventListener(
      { connectionString, application_name: 'factdesk-listen', connectionTimeoutMillis: 10_000 },
      {
        onEvent: (id) => store.heard(id),
        onPresence: (payload) => store.heardPresence(payload),
        onStatus: (status, problem) => store.setStatus({ status, problem })
      },
      { ...timing, scrub: (text) => scrub(text, secrets) }
    )
    await listener.start()
    store.listener = listener
    store.startPresence()
    return store
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw teamProblem(error instanceof UserError ? new UserError(scrub(error.message, secrets), error.code) : error, shownAddress, 'open the desk')
  }
}

/**
 * The team store under load and failure, on a real server: 20 editors writing
 * at once lose nothing; a client killed mid-transaction leaves nothing
 * half-written; a server restart is survived, and desks catch up after it.
 */
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewOf, type RowOp } from '../../src/core/model'
import { isStaleWrite } from '../../src/core/store/team/conflict'
import type { TeamStatus, TeamStore } from '../../src/core/store/team/teamStore'
import { ROOT } from '../cli/spawn'
import { ADMIN_PASSWORD, pgMissing, startCluster, type PgCluster } from './pgCluster'
import { createEditors, EDITORS, heard, openAs, seededDesk, setVerdict } from './teamDesk'

const missing = pgMissing()
if (missing) console.warn(missing)

const WRITERS = 20
const VERDICTS_EACH = 200

function statusReached(store: TeamStore, status: TeamStatus['status'], ms = 20_000): Promise<TeamStatus> {
  if (store.status.status === status) return Promise.resolve(store.status)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`status ${status} not reached within ${ms} ms (now ${store.status.status})`)), ms)
    const stop = store.onStatus((s) => {
      if (s.status !== status) return
      clearTimeout(timer)
      stop()
      resolve(s)
    })
  })
}

describe.skipIf(missing !== null)('the team store under load and failure', () => {
  let cluster: PgCluster
  const open: TeamStore[] = []

  beforeAll(async () => {
    cluster = await startCluster()
    await createEditors(cluster)
    for (let w = 0; w < WRITERS; w++) await cluster.createRole(`editor${w}`, `pw-${w}`)
  })
  afterAll(async () => {
    for (const s of open) await s.close()
    cluster?.destroy()
  })

  it(`${WRITERS} editors × ${VERDICTS_EACH} verdicts at once: every one in the log, no update lost, every desk agrees`, async () => {
    const db = await seededDesk(cluster)
    const { openTeamStore } = await import('../../src/core/store/team/teamStore')
    const writers = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) => openTeamStore(cluster.url(`editor${w}`, `pw-${w}`, db), { reconnect: { minMs: 100, maxMs: 1000, checkMs: 2000 } }))
    )
    open.push(...writers)
    // Few claims, so editors keep meeting on the same ones: most writes race another.
    const claimIds = writers[0]!.data.claims.slice(0, 30).map((c) => c.id)
    const verdicts = ['verified', 'disputed', 'unconfirmed'] as const
    let conflicts = 0
    const saved = await Promise.all(
      writers.map(async (store, w) => {
        const seqs: number[] = []
        for (let i = 0; i < VERDICTS_EACH; i++) {
          const claimId = claimIds[(w * 7 + i * 3) % claimIds.length]!
          for (;;) {
            try {
              // A note unique to this write, so every write changes the review and can be traced.
              const { change } = await setVerdict(store, claimId, verdicts[(w + i) % 3]!, `editor${w} #${i}`)
              seqs.push(change!.seq)
              break
            } catch (error) {
              if (!isStaleWrite(error)) throw error
              conflicts++
            }
          }
        }
        return seqs
      })
    )
    const events = await cluster.sql<{ id: number; editor: string; ops: RowOp[] }>(`SELECT id::int, editor, ops FROM review_event WHERE kind = 'verdict' ORDER BY id`, db)
    expect(events.length).toBe(WRITERS * VERDICTS_EACH)
    // Every acknowledged write is in the log under its number, signed by its writer.
    const bySeq = new Map(events.map((e) => [e.id, e]))
    saved.forEach((seqs, w) => {
      expect(seqs.length).toBe(VERDICTS_EACH)
      for (const seq of seqs) expect(bySeq.get(seq)?.editor).toBe(`editor${w}`)
    })
    // No lost update: each write's "before" is the previous write's "after", so the log chains, and the
    // final row is the last write's result; the version counts the writes.
    const rows = await cluster.sql<{ claim_id: string; version: number; verdict: string; note: string; history: number }>(
      `SELECT claim_id, version, verdict, note, jsonb_array_length(row->'history') AS history FROM claim_review`,
      db
    )
    expect(rows.length).toBe(claimIds.length)
    for (const row of rows) {
      const chain = events.map((e) => e.ops[0]!).filter((op) => op.id === row.claim_id) as Extract<RowOp, { op: 'update' }>[]
      expect(row.version).toBe(chain.length)
      expect(row.history).toBe(chain.length)
      for (let k = 1; k < chain.length; k++) expect(chain[k]!.before['note']).toBe(chain[k - 1]!.after['note'])
      // Replaying the log gives the row: an op names only the fields it changed.
      const replayed = chain.reduce<Record<string, unknown>>((state, op) => ({ ...state, ...op.after }), { verdict: 'unreviewed', note: '' })
      expect(replayed).toMatchObject({ verdict: row.verdict, note: row.note })
    }
    // Every desk, caught up, holds the same reviews and the same log as the database.
    for (const store of writers) await store.catchUp()
    const final = writers[0]!.data
    for (const store of writers) {
      expect(store.data.reviews).toEqual(final.reviews)
      expect(store.data.changes.map((c) => c.seq)).toEqual(events.map((e) => e.id))
    }
    for (const row of rows) expect(reviewOf(final, row.claim_id)).toMatchObject({ verdict: row.verdict, note: row.note })
    console.info(`team store: ${WRITERS * VERDICTS_EACH} verdicts by ${WRITERS} editors, ${conflicts} stale writes refused and redone`)
  }, 240_000)

  it('leaves nothing half-written when a client is killed mid-transaction', async () => {
    const db = await seededDesk(cluster)
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/teamKilledWriter.ts', cluster.url('ana', EDITORS.ana, db)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve()
      })
      child.on('exit', (code) => reject(new Error(`the writer exited (${code}) before its transaction: ${stderr}`)))
    })
    // Mid-transaction: every review row written, the event inserted, the notification queued; COMMIT not sent.
    const exited = new Promise((resolve) => child.on('exit', resolve))
    child.kill('SIGKILL')
    await exited
    // The server ends the dead client's transaction; a new writer gets the desk at once.
    const ben = await openAs(cluster, 'ben', db)
    open.push(ben)
    const claimId = ben.data.claims[0]!.id
    await setVerdict(ben, claimId, 'verified', 'after the crash')
    expect(await cluster.sql(`SELECT count(*)::int AS n FROM claim_review`, db)).toEqual([{ n: 1 }])
    expect(await cluster.sql(`SELECT kind, editor FROM review_event ORDER BY id`, db)).toEqual([
      { kind: null, editor: 'postgres' },
      { kind: 'verdict', editor: 'ben' }
    ])
    expect(await cluster.sql(`SELECT count(*)::int AS n FROM claim_review WHERE note = 'half-written?'`, db)).toEqual([{ n: 0 }])
  }, 60_000)

  it('survives a server restart: desks reconnect, catch up on what they missed, and say so meanwhile', async () => {
    const db = await seededDesk(cluster)
    const ana = await openAs(cluster, 'ana', db)
    const ben = await openAs(cluster, 'ben', db)
    open.push(ana, ben)
    const [first, second] = [ana.data.claims[0]!.id, ana.data.claims[1]!.id]
    await setVerdict(ana, first, 'verified', 'before the restart')
    await heard(ben, () => reviewOf(ben.data, first).verdict === 'verified')

    cluster.stop('fast')
    const down = await statusReached(ben, 'reconnecting')
    expect(down.problem).not.toContain(EDITORS.ben)
    // A write while the server is down is refused with a reason, and no password.
    const refused = (await setVerdict(ana, second, 'disputed', 'while down').catch((e: unknown) => e)) as Error
    expect(refused.message).toMatch(/Could not save this change on the team database postgresql:\/\/ana@127\.0\.0\.1/)
    expect(refused.message).not.toContain(EDITORS.ana)
    expect(reviewOf(ana.data, second).verdict).toBe('unreviewed')

    cluster.start()
    // Written before Ben's desk is back: no notification reaches it, the log does.
    await setVerdict(ana, second, 'disputed', 'after the restart')
    await statusReached(ben, 'connected')
    await heard(ben, () => reviewOf(ben.data, second).verdict === 'disputed').catch(() => undefined)
    expect(reviewOf(ben.data, second)).toMatchObject({ verdict: 'disputed', note: 'after the restart', editor: 'ana' })
    // And live again afterwards.
    const third = ana.data.claims[2]!.id
    const seen = heard(ben, (c) => c.remote && c.changes.some((r) => r.claimIds.includes(third)))
    await setVerdict(ana, third, 'unconfirmed')
    await seen
    expect(ben.data.changes.map((c) => c.seq)).toEqual(ana.data.changes.map((c) => c.seq))
    expect(ADMIN_PASSWORD).toBeTruthy()
  }, 60_000)
})

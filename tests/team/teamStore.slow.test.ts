/**
 * The store on a real PostgreSQL server (a throwaway cluster on loopback):
 * loading, live updates between desks, compare-and-set conflicts, the log's
 * append-only rule and signatures, and credentials kept out of messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewOf, type RowOp } from '../../src/core/model'
import { StaleWriteError } from '../../src/core/store/team/conflict'
import { openTeamStore, type TeamStore } from '../../src/core/store/team/teamStore'
import { pgMissing, startCluster, type PgCluster } from './pgCluster'
import { createEditors, EDITORS, heard, openAs, seededDesk, setVerdict } from './teamDesk'

const missing = pgMissing()
if (missing) console.warn(missing)

describe.skipIf(missing !== null)('the team store on PostgreSQL', () => {
  let cluster: PgCluster
  const open: TeamStore[] = []
  const track = async (store: Promise<TeamStore>): Promise<TeamStore> => {
    const s = await store
    open.push(s)
    return s
  }

  beforeAll(async () => {
    cluster = await startCluster()
    await createEditors(cluster)
  })
  afterAll(async () => {
    for (const s of open) await s.close()
    cluster?.destroy()
  })

  it('loads the desk another desk wrote, row for row, signed by the role', async () => {
    const db = await seededDesk(cluster)
    const ana = await track(openAs(cluster, 'ana', db))
    expect(ana.editor).toBe('ana')
    expect(ana.data.settings.editorName).toBe('ana')
    expect(ana.data.story.name).toBe('Sample story')
    expect(ana.data.reports.length).toBe(5)
    expect(ana.data.claims.length).toBeGreaterThan(50)
    const claim = ana.data.claims[3]!
    const { change } = await setVerdict(ana, claim.id, 'disputed', 'No outlet names a source')
    expect(change!.editor).toBe('ana')
    const ben = await track(openAs(cluster, 'ben', db))
    expect(ben.data.claims).toEqual(ana.data.claims)
    expect(ben.data.reports).toEqual(ana.data.reports)
    expect(reviewOf(ben.data, claim.id)).toEqual(reviewOf(ana.data, claim.id))
    expect(ben.data.changes.map((c) => [c.seq, c.kind, c.editor])).toEqual([[change!.seq, 'verdict', 'ana']])
    const events = await cluster.sql<{ editor: string; desk_id: string; kind: string | null; ops: RowOp[] | null }>(
      `SELECT editor, desk_id, kind, ops FROM review_event ORDER BY id`,
      db
    )
    // The import (no change-log kind), then ana's verdict, with before and after.
    expect(events.map((r) => [r.editor, r.kind])).toEqual([
      ['postgres', null],
      ['ana', 'verdict']
    ])
    expect(events[1]!.desk_id).toBe(ana.deskId)
    expect(events[1]!.ops![0]).toMatchObject({ op: 'update', table: 'reviews', id: claim.id, before: { verdict: 'unreviewed' }, after: { verdict: 'disputed' } })
  })

  it('shows one editor’s verdict on another desk live, through the log', async () => {
    const db = await seededDesk(cluster)
    const ana = await track(openAs(cluster, 'ana', db))
    const ben = await track(openAs(cluster, 'ben', db))
    const claimId = ana.data.claims[0]!.id
    const seen = heard(ben, (c) => c.remote && c.changes.some((r) => r.claimIds.includes(claimId)))
    await setVerdict(ana, claimId, 'verified', 'Checked against the NATO transcript')
    const change = await seen
    expect(reviewOf(change.data, claimId)).toMatchObject({ verdict: 'verified', note: 'Checked against the NATO transcript', editor: 'ana' })
    expect(ben.data).toBe(change.data)
  })

  it('refuses a write made on a stale version with both sides, and overwrites nothing', async () => {
    const db = await seededDesk(cluster)
    const ana = await track(openAs(cluster, 'ana', db))
    // Ben's desk does not listen: it writes on what it read before Ana's verdict.
    const ben = await track(openAs(cluster, 'ben', db, { live: false }))
    const claimId = ana.data.claims[1]!.id
    const benBefore = ben.data
    await setVerdict(ana, claimId, 'disputed', 'Moscow denies it')
    expect(ben.data).toBe(benBefore)
    const attempt = setVerdict(ben, claimId, 'verified', 'Looks right to me')
    await expect(attempt).rejects.toBeInstanceOf(StaleWriteError)
    const error = (await attempt.catch((e: unknown) => e)) as StaleWriteError
    expect(error.code).toBe('conflict')
    expect(error.conflicts).toMatchObject([
      {
        table: 'reviews',
        id: claimId,
        mine: { verdict: 'verified', note: 'Looks right to me', editor: 'ben' },
        theirs: { verdict: 'disputed', note: 'Moscow denies it', editor: 'ana' }
      }
    ])
    expect(error.conflicts[0]!.theirs!.at).toBe(reviewOf(ana.data, claimId).updatedAt)
    expect(error.message).toContain('disputed (“Moscow denies it”) by ana')
    // Nothing overwritten: the database keeps Ana's verdict, the log only her event; Ben's desk now shows hers.
    const row = await cluster.sql(`SELECT version, verdict, note, editor FROM claim_review WHERE claim_id = '${claimId}'`, db)
    expect(row).toEqual([{ version: 1, verdict: 'disputed', note: 'Moscow denies it', editor: 'ana' }])
    expect(await cluster.sql(`SELECT count(*)::int AS n FROM review_event WHERE kind IS NOT NULL`, db)).toEqual([{ n: 1 }])
    expect(reviewOf(ben.data, claimId).verdict).toBe('disputed')
    // Ben chooses his: applied again on the version he now sees, it is saved, and both stay in the history.
    await setVerdict(ben, claimId, 'verified', 'Looks right to me')
    const after = await cluster.sql(`SELECT version, verdict, editor, jsonb_array_length(row->'history') AS events FROM claim_review WHERE claim_id = '${claimId}'`, db)
    expect(after).toEqual([{ version: 2, verdict: 'verified', editor: 'ben', events: 2 }])
  })

  it('keeps the log append-only and signed by the role that wrote', async () => {
    const db = await seededDesk(cluster)
    const ana = await track(openAs(cluster, 'ana', db))
    await setVerdict(ana, ana.data.claims[0]!.id, 'verified')
    const client = (await import('pg')).default
    const asAna = new client.Client({ connectionString: cluster.url('ana', EDITORS.ana, db) })
    await asAna.connect()
    try {
      await expect(asAna.query('DELETE FROM review_event')).rejects.toThrow(/append-only|permission denied/)
      await expect(asAna.query(`UPDATE review_event SET kind = 'note'`)).rejects.toThrow(/append-only|permission denied/)
      // A role cannot sign as another: the trigger writes the session's role.
      await asAna.query(`INSERT INTO review_event (id, at, editor, desk_id, claim_ids, report_ids, rows) VALUES (999, now(), 'ben', 'x', '{}', '{}', '[]')`)
      expect((await asAna.query<{ editor: string }>('SELECT editor FROM review_event WHERE id = 999')).rows).toEqual([{ editor: 'ana' }])
    } finally {
      await asAna.end()
    }
  })

  it('never shows a password: wrong ones, unreachable servers and the shown URL', async () => {
    const db = await seededDesk(cluster)
    const wrong = openTeamStore(cluster.url('ana', 'not-the-Pw-42', db))
    const error = (await wrong.catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(/password was refused/)
    expect(error.message).not.toContain('not-the-Pw-42')
    expect(error.message).toContain(`postgresql://ana@127.0.0.1:${cluster.port}/${db}`)
    const nobody = (await openTeamStore(`postgresql://ana:s3cret-pw@127.0.0.1:1/${db}`).catch((e: unknown) => e)) as Error
    expect(nobody.message).toMatch(/is the server running/)
    expect(nobody.message).not.toContain('s3cret-pw')
    const ana = await track(openAs(cluster, 'ana', db))
    expect(ana.path).toBe(`postgresql://ana@127.0.0.1:${cluster.port}/${db}`)
    expect(JSON.stringify(ana.data)).not.toContain(EDITORS.ana)
    // A password given apart from the URL (the app's, from safeStorage) works and is not shown either.
    const ben = await track(openTeamStore(`postgresql://ben@127.0.0.1:${cluster.port}/${db}`, { password: EDITORS.ben }))
    expect(ben.editor).toBe('ben')
    expect(ben.path).not.toContain(EDITORS.ben)
  })
})

describe.skipIf(missing !== null)('the team store over TLS', () => {
  let cluster: PgCluster & { certificate: string }
  let db: string
  const open: TeamStore[] = []
  beforeAll(async () => {
    cluster = await startCluster({ tls: true })
    await createEditors(cluster)
    db = await seededDesk(cluster)
  })
  afterAll(async () => {
    for (const s of open) await s.close()
    cluster?.destroy()
  })
  /** Whether Ana's listening connection is encrypted, as the server sees it. */
  const encrypted = async (): Promise<boolean[]> =>
    (
      await cluster.sql<{ ssl: boolean }>(
        `SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'factdesk-listen' AND a.usename = 'ana' AND a.backend_type = 'client backend'`
      )
    ).map((r) => r.ssl)

  it('encrypts when the URL asks (sslmode=require, as psql reads it) and checks the certificate with verify-full', async () => {
    const ana = await openTeamStore(`${cluster.url('ana', EDITORS.ana, db)}?sslmode=require`)
    open.push(ana)
    expect(await encrypted()).toEqual([true])
    const verified = await openTeamStore(`${cluster.url('ben', EDITORS.ben, db)}?sslmode=verify-full&sslrootcert=${encodeURIComponent(cluster.certificate)}`)
    open.push(verified)
    expect(verified.data.claims.length).toBe(ana.data.claims.length)
    // A certificate nobody vouches for is refused under verify-full, by name, without the password.
    const refused = (await openTeamStore(`${cluster.url('ben', EDITORS.ben, db)}?sslmode=verify-full`).catch((e: unknown) => e)) as Error
    expect(refused.message).toMatch(/Could not open the desk on the team database postgresql:\/\/ben@127\.0\.0\.1:\d+\/desk\d+\?sslmode=verify-full: .*certificate/)
    expect(refused.message).not.toContain(EDITORS.ben)
  })
})

/**
 * The CLI on a team database, run as a user runs it (child processes) against
 * a real server: every command takes --store postgresql://…, `team push`
 * moves a story from a file, `history` prints the review events, and no
 * password reaches the terminal.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../../src/core/changes/history'
import { spawnCli, spawnCliAsync, type CliResult } from '../cli/spawn'
import { ADMIN_PASSWORD, pgMissing, startCluster, type PgCluster } from './pgCluster'
import { createEditors, EDITORS } from './teamDesk'

const missing = pgMissing()
if (missing) console.warn(missing)

interface ClaimRow {
  id: string
  verdict: string
  note: string
  text: string
}

// Each command is a child process (tsx start-up each): generous on a loaded machine.
describe.skipIf(missing !== null)('the CLI on a team database', { timeout: 180_000 }, () => {
  let cluster: PgCluster
  let dir: string
  let file: string
  let admin: string
  let ana: string
  const cli = (...args: string[]): CliResult => spawnCli(dir, args)
  const ok = (...args: string[]): string => {
    const r = cli(...args)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    return r.stdout
  }

  beforeAll(async () => {
    cluster = await startCluster()
    await createEditors(cluster)
    await cluster.createDatabase('desk')
    dir = mkdtempSync(join(tmpdir(), 'factdesk-team-cli-'))
    file = join(dir, 'story.json')
    admin = cluster.url('postgres', ADMIN_PASSWORD)
    ana = cluster.url('ana', EDITORS.ana)
  })
  afterAll(() => {
    cluster?.destroy()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('pushes a local story into an empty team database, once', () => {
    ok('import', 'seeds/000_96f84a8b6cd11933.txt', 'seeds/001_a118197baa28df96.txt', '--store', file)
    const first = (JSON.parse(ok('claims', '--json', '--store', file)) as ClaimRow[])[0]!
    ok('verdict', first.id, 'verified', '--note', 'Checked on the wire', '--editor', 'Local Lou', '--store', file)
    const pushed = ok('team', 'push', '--store', file, '--to', admin)
    expect(pushed).toMatch(new RegExp(`pushed 2 reports, \\d+ claims and 1 verdicts from .*story\\.json → postgresql://postgres@127\\.0\\.0\\.1:${cluster.port}/desk`))
    expect(pushed).not.toContain(ADMIN_PASSWORD)
    // The same claims, verdicts and notes, read back from the database.
    expect(JSON.parse(ok('claims', '--json', '--store', ana))).toEqual(JSON.parse(ok('claims', '--json', '--store', file)))
    const again = cli('team', 'push', '--store', file, '--to', admin)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already holds a story (2 reports)')
    expect(again.stderr).not.toContain(ADMIN_PASSWORD)
  })

  it('works on the team database as on a file: verdict, history, import, brief', () => {
    const claims = JSON.parse(ok('claims', '--json', '--store', ana)) as ClaimRow[]
    const claim = claims[2]!
    expect(ok('verdict', claim.id, 'disputed', '--note', 'Moscow denies it', '--store', ana)).toBe(`recorded   ${claim.id}: disputed — note: Moscow denies it\n`)
    const history = JSON.parse(ok('history', claim.id, '--json', '--store', ana)) as HistoryEntry[]
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      kind: 'verdict',
      editor: 'ana',
      claimId: claim.id,
      fields: [
        { field: 'verdict', before: 'unreviewed', after: 'disputed' },
        { field: 'note', before: '', after: 'Moscow denies it' }
      ]
    })
    const readable = ok('history', '--store', ana)
    expect(readable).toContain(`ana          verdict  ${claim.id}: verdict unreviewed → disputed; note — → Moscow denies it`)
    // Signed by the role: another name is refused, not written.
    const other = cli('verdict', claim.id, 'verified', '--editor', 'ben', '--store', ana)
    expect(other.code).toBe(2)
    expect(other.stderr).toContain('signed by your PostgreSQL role (ana)')
    expect(ok('import', 'tests/fixtures/made-up/100_harbour_a.txt', '--store', ana)).toMatch(
      /^added {4}tests\/fixtures\/made-up\/100_harbour_a\.txt .*\n1 added, 0 skipped, 0 refused → postgresql:\/\/ana@/
    )
    expect((JSON.parse(ok('claims', '--json', '--store', ana)) as ClaimRow[]).length).toBeGreaterThan(claims.length)
    expect(ok('brief', '--format', 'md', '--store', ana)).toContain('Moscow denies it')
  })

  it('names the database and the cause on a mistake, never the password', () => {
    const wrong = cli('claims', '--store', cluster.url('ana', 'Wrong-Horse-99'))
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain(`the password was refused`)
    expect(wrong.stderr).toContain(`postgresql://ana@127.0.0.1:${cluster.port}/desk`)
    expect(wrong.stderr).not.toContain('Wrong-Horse-99')
    const noDb = cli('claims', '--store', cluster.url('ana', EDITORS.ana, 'nodesk'))
    expect(noDb.code).toBe(2)
    expect(noDb.stderr).toContain('that database does not exist')
    expect(noDb.stderr).not.toContain(EDITORS.ana)
    const unknown = cli('history', 'no-such-claim', '--store', ana)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown claim id "no-such-claim"')
  })

  it('a verdict on a claim another editor changed meanwhile prints both sides, exits 2 and overwrites nothing', async () => {
    const claim = (JSON.parse(ok('claims', '--json', '--store', ana)) as ClaimRow[])[3]!
    ok('verdict', claim.id, 'disputed', '--note', 'Moscow denies it', '--store', ana)
    // Ben's change is being written (its transaction holds the row) while Ana's command reads the claim and writes
    // on the version it read: it waits for Ben's, then finds the row at a newer version. Stale for certain, not by a race.
    const ben = cluster.admin('desk')
    await ben.connect()
    try {
      await ben.query('BEGIN')
      await ben.query(
        `UPDATE claim_review SET version = version + 1, verdict = 'verified', note = 'Confirmed by the port', editor = 'ben',
           row = row || '{"verdict": "verified", "note": "Confirmed by the port", "editor": "ben", "updatedAt": "2026-12-01T10:00:00.000Z"}'::jsonb
         WHERE claim_id = $1`,
        [claim.id]
      )
      const command = spawnCliAsync(dir, ['verdict', claim.id, 'unconfirmed', '--note', 'Two outlets only', '--store', ana])
      // Asked on another connection: inside a transaction, PostgreSQL's activity view is a snapshot.
      const waiting = async () =>
        (await cluster.sql<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'factdesk' AND wait_event_type = 'Lock'`, 'desk'))[0]!.n
      await expect.poll(waiting, { timeout: 60_000, interval: 100 }).toBe('1')
      await ben.query('COMMIT')
      const refused = await command
      expect(refused.code).toBe(2)
      expect(refused.stdout).toBe('')
      expect(refused.stderr).toContain(`Another editor changed claim ${claim.id} since it was read: theirs is`)
      expect(refused.stderr).toContain('theirs is verified (“Confirmed by the port”) by ben at 2026-12-01T10:00:00.000Z (version 2)')
      expect(refused.stderr).toMatch(/yours, unconfirmed \(“Two outlets only”\) by ana at \S+, was not saved/)
      expect(refused.stderr).not.toContain(EDITORS.ana)
    } finally {
      await ben.end()
    }
    const [stored] = await cluster.sql<{ verdict: string; editor: string; version: number }>(
      `SELECT verdict, editor, version FROM claim_review WHERE claim_id = '${claim.id}'`,
      'desk'
    )
    expect(stored).toEqual({ verdict: 'verified', editor: 'ben', version: 2 })
  })
})

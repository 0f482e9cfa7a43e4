/**
 * The desk's IPC handlers on a team store (issue 16, the desk part): a stale verdict comes back to the
 * desk as a 'conflict' naming the other editor, their verdict and note, and when, with nothing
 * overwritten and the desk already showing their version; applying it again replaces theirs. Desks here
 * do not listen (live: false), so the second one is stale for certain, not by a race.
 * Also main's team manager (main/team.ts) without Electron: the password sealed on disk, reused, scrubbed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/core/store/jsonStore'
import { SwitchableStore } from '../../src/core/store/switchable'
import type { TeamStore } from '../../src/core/store/team/teamStore'
import { dispatch } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { manageTeam, PASSWORDS_FILE_NAME } from '../../src/main/team'
import type { DeskEvent } from '../../src/shared/channels'
import { standInSafeStorage } from '../e2e/electron/standIn'
import { pgMissing, startCluster, type PgCluster } from './pgCluster'
import { createEditors, EDITORS, openAs, seededDesk, setVerdict } from './teamDesk'

const missing = pgMissing()
if (missing) console.warn(missing)

const handlersOver = (store: SwitchableStore) => createHandlers({ store, chooseSavePath: async () => null, writeFile: async () => undefined })

describe.skipIf(missing !== null)('the desk on a team store', () => {
  let cluster: PgCluster
  let db: string
  const open: TeamStore[] = []
  const dirs: string[] = []

  beforeAll(async () => {
    cluster = await startCluster()
    await createEditors(cluster)
    db = await seededDesk(cluster)
  })
  afterAll(async () => {
    for (const s of open) await s.close()
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
    cluster?.destroy()
  })

  it('a stale verdict is a conflict naming the other editor, their verdict and when; the desk shows theirs; again, it replaces theirs', async () => {
    const ana = await openAs(cluster, 'ana', db, { live: false })
    const ben = await openAs(cluster, 'ben', db, { live: false })
    open.push(ana, ben)
    const benDesk = new SwitchableStore(ben)
    const remote: boolean[] = []
    benDesk.subscribe((change) => remote.push(change.remote))
    const handlers = handlersOver(benDesk)
    const claimId = ben.data.claims[0]!.id

    await setVerdict(ana, claimId, 'verified', 'Ministry confirmed')
    const theirs = ana.data.reviews[claimId]!
    const refused = await dispatch(handlers, 'review:set', { claimId, verdict: 'disputed', note: 'No source named' })
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.error.code).toBe('conflict')
    expect(refused.error.message).toContain('verified (“Ministry confirmed”) by ana')
    expect(refused.error.message).toContain(`at ${theirs.updatedAt}`)
    expect(refused.error.message).toContain('disputed (“No source named”) by ben')
    // The desk already shows their version, as a change from elsewhere (main forwards it as desk:changed).
    expect(remote).toContain(true)
    const shown = (await handlers['desk:load']({})).claims.find((c) => c.id === claimId)!
    expect(shown.review).toMatchObject({ verdict: 'verified', note: 'Ministry confirmed' })

    // Ben has seen theirs now: giving his verdict again replaces it, signed by him.
    const again = await dispatch(handlers, 'review:set', { claimId, verdict: 'disputed', note: 'No source named' })
    expect(again.ok).toBe(true)
    await ana.catchUp()
    expect(ana.data.reviews[claimId]).toMatchObject({ verdict: 'disputed', note: 'No source named' })
  })

  it('main’s team manager: connects with the password sealed on disk, reuses it, goes back to the file, never shows it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-team-'))
    dirs.push(dir)
    const file = await openStore(join(dir, 'story.json'))
    const desk = new SwitchableStore(file)
    const events: DeskEvent[] = []
    const team = manageTeam(desk, dir, standInSafeStorage, (event) => events.push(event))
    const url = new URL(cluster.url('ana', EDITORS.ana, db))
    url.password = ''

    const opened = await team.connect(url.toString(), EDITORS.ana)
    expect(desk.pinned()).toBe(opened)
    expect(team.status()).toMatchObject({ role: 'ana', status: 'connected', address: url.toString() })
    expect(events).toContain('desk:teamStatus')
    const kept = readFileSync(join(dir, PASSWORDS_FILE_NAME), 'utf8')
    expect(kept).not.toContain(EDITORS.ana)
    expect(readFileSync(join(dir, 'story.json'), 'utf8')).not.toContain(EDITORS.ana)

    expect(await team.disconnect()).toBe(file)
    expect(desk.pinned()).toBe(file)
    expect(team.status()).toBeNull()
    // No password typed: the sealed one opens it.
    await team.connect(url.toString(), undefined)
    expect(team.status()?.role).toBe('ana')
    expect(team.isFileStory(file.path)).toBe(true)

    // A wrong password: refused, named, and nowhere in the message; the desk stays where it was.
    const before = desk.pinned()
    const wrong = new URL(cluster.url('ben', 'not-bens-pw-555', db))
    await expect(team.connect(wrong.toString(), undefined)).rejects.toThrow(/password was refused/)
    const typed = await team.connect(url.toString().replace('ana@', 'ben@'), 'not-bens-pw-555').then(
      () => null,
      (error: Error) => error.message
    )
    expect(typed).toMatch(/password was refused/)
    expect(typed).not.toContain('not-bens-pw-555')
    // A refused password is not kept.
    expect(readFileSync(join(dir, PASSWORDS_FILE_NAME), 'utf8')).not.toContain('ben@')
    expect(desk.pinned()).toBe(before)
    await team.close()
    expect(team.status()).toBeNull()
    await file.close()
  })
})

/**
 * A stale review change through the desk's IPC on a real server (issue 16: "the editor sees both verdicts
 * and notes … and chooses"): the refusal carries both sides of each claim, structured (theirs with who,
 * when and version; mine; which fields mine set), whether this desk's store read the row before the other
 * editor's change (main stale) or only the desk's view did (the renderer stale: it names the version it
 * showed). Applying mine names the version the conflict showed: a newer one is a conflict again; the
 * version shown writes mine, signed by its editor, with its event in the log. A bulk change is all or
 * nothing. Desks here do not listen (live: false), so which desk is stale is certain, not a race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SwitchableStore } from '../../src/core/store/switchable'
import type { TeamStore } from '../../src/core/store/team/teamStore'
import { dispatch } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import type { DeskPatch, Handlers, IpcResult, StaleWrite } from '../../src/shared/contract'
import { pgMissing, startCluster, type PgCluster } from './pgCluster'
import { createEditors, openAs, seededDesk, setVerdict } from './teamDesk'

const missing = pgMissing()
if (missing) console.warn(missing)

const handlersOver = (store: SwitchableStore) => createHandlers({ store, chooseSavePath: async () => null, writeFile: async () => undefined })

/** The refusal's structured sides (the test fails if the call was not refused as a conflict). */
function staleOf(result: IpcResult<unknown>): StaleWrite {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('not refused')
  expect(result.error.code).toBe('conflict')
  expect(result.error.stale).toBeDefined()
  return result.error.stale!
}

describe.skipIf(missing !== null)('a stale review change on a team desk, as the desk is told it', () => {
  let cluster: PgCluster
  let db: string
  let ana: TeamStore
  let ben: TeamStore
  let handlers: Handlers
  let ids: string[]
  const stored = async (claimId: string) =>
    (
      await cluster.sql<{ verdict: string; note: string; editor: string; version: number }>(
        `SELECT verdict, note, editor, version FROM claim_review WHERE claim_id = '${claimId}'`,
        db
      )
    )[0]

  beforeAll(async () => {
    cluster = await startCluster()
    await createEditors(cluster)
    db = await seededDesk(cluster)
    ana = await openAs(cluster, 'ana', db, { live: false })
    ben = await openAs(cluster, 'ben', db, { live: false })
    handlers = handlersOver(new SwitchableStore(ben))
    ids = ben.data.claims.slice(0, 4).map((c) => c.id)
  })
  afterAll(async () => {
    await ana?.close()
    await ben?.close()
    cluster?.destroy()
  })

  it('carries both sides, structured; the desk shows each review’s version', async () => {
    const claimId = ids[0]!
    const before = await handlers['desk:load']({})
    expect(before.claims.find((c) => c.id === claimId)!.reviewVersion).toBe(0)

    await setVerdict(ana, claimId, 'verified', 'Ministry confirmed')
    const theirs = ana.data.reviews[claimId]!
    // Ben's store read the claim before Ana's verdict: his note is refused, both sides named.
    const stale = staleOf(await dispatch(handlers, 'review:set', { claimId, note: 'No source named', seen: { [claimId]: 0 } }))
    expect(stale).toEqual({
      claimIds: [claimId],
      reviews: [
        {
          claimId,
          theirs: { verdict: 'verified', note: 'Ministry confirmed', evidence: [], editor: 'ana', at: theirs.updatedAt, version: 1 },
          // Mine on top of theirs: the note is his, the verdict theirs (his change set only the note).
          mine: { verdict: 'verified', note: 'No source named', evidence: [] },
          changed: ['note']
        }
      ]
    })
    expect(await stored(claimId)).toMatchObject({ verdict: 'verified', note: 'Ministry confirmed', editor: 'ana', version: 1 })
    // Ben's store has read Ana's verdict now, and the desk is shown it at its version.
    const after = (await handlers['desk:load']({})).claims.find((c) => c.id === claimId)!
    expect(after).toMatchObject({ reviewVersion: 1, review: { verdict: 'verified', note: 'Ministry confirmed', editor: 'ana' } })
  })

  it('a desk that shows an older version than its store read is refused too (the view was stale, not the store)', async () => {
    const claimId = ids[0]!
    expect(ben.reviewVersion(claimId)).toBe(1)
    const stale = staleOf(await dispatch(handlers, 'review:set', { claimId, verdict: 'disputed', seen: { [claimId]: 0 } }))
    expect(stale.reviews[0]).toMatchObject({
      theirs: { verdict: 'verified', editor: 'ana', version: 1 },
      mine: { verdict: 'disputed', note: 'Ministry confirmed' },
      changed: ['verdict']
    })
    expect(await stored(claimId)).toMatchObject({ verdict: 'verified', editor: 'ana', version: 1 })
  })

  it('apply mine: on a version since replaced, the newer state comes back; on the version shown, mine is written with its event', async () => {
    const claimId = ids[0]!
    // While Ben looked at the conflict (version 1), Ana wrote again.
    await setVerdict(ana, claimId, 'verified', 'Second source too')
    const again = staleOf(await dispatch(handlers, 'review:set', { claimId, verdict: 'disputed', note: 'No source named', seen: { [claimId]: 1 } }))
    expect(again.reviews[0]!.theirs).toMatchObject({ note: 'Second source too', editor: 'ana', version: 2 })

    const events = async () => (await cluster.sql<{ n: string }>(`SELECT count(*) AS n FROM review_event WHERE '${claimId}' = ANY(claim_ids)`, db))[0]!.n
    const eventsBefore = Number(await events())
    const applied = await dispatch(handlers, 'review:set', { claimId, verdict: 'disputed', note: 'No source named', seen: { [claimId]: 2 } })
    expect(applied.ok).toBe(true)
    if (!applied.ok) return
    expect((applied.value as DeskPatch).claims[0]).toMatchObject({
      id: claimId,
      reviewVersion: 3,
      review: { verdict: 'disputed', note: 'No source named', editor: 'ben' }
    })
    expect(await stored(claimId)).toMatchObject({ verdict: 'disputed', note: 'No source named', editor: 'ben', version: 3 })
    expect(Number(await events())).toBe(eventsBefore + 1)
    const [event] = await cluster.sql<{ editor: string; kind: string }>(
      `SELECT editor, kind FROM review_event WHERE '${claimId}' = ANY(claim_ids) ORDER BY id DESC LIMIT 1`,
      db
    )
    expect(event).toEqual({ editor: 'ben', kind: 'verdict' })
  })

  it('a bulk change with one stale claim lists it, covers all, and writes none of them', async () => {
    const [, a, b, c] = ids as [string, string, string, string]
    await ben.catchUp()
    const seen = Object.fromEntries([a, b, c].map((id) => [id, ben.reviewVersion(id)]))
    await setVerdict(ana, b, 'disputed', 'Denied by the port authority')
    const stale = staleOf(await dispatch(handlers, 'review:bulk', { claimIds: [a, b, c], verdict: 'unconfirmed', seen }))
    expect(stale.claimIds).toEqual([a, b, c])
    expect(stale.reviews).toHaveLength(1)
    expect(stale.reviews[0]).toMatchObject({
      claimId: b,
      theirs: { verdict: 'disputed', note: 'Denied by the port authority', editor: 'ana', version: 1 },
      mine: { verdict: 'unconfirmed' }
    })
    expect(await stored(a)).toBeUndefined()
    expect(await stored(c)).toBeUndefined()
    // Mine to all, naming the version the conflict showed: one write, each signed by Ben.
    const applied = await dispatch(handlers, 'review:bulk', { claimIds: [a, b, c], verdict: 'unconfirmed', seen: { ...seen, [b]: 1 } })
    expect(applied.ok).toBe(true)
    for (const id of [a, b, c]) expect(await stored(id)).toMatchObject({ verdict: 'unconfirmed', editor: 'ben' })
  })
})

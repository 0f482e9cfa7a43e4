/** Durable writes, rotating backups, the damaged-store path, restore, and the one-writer lock. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/core/model'
import { applyReview } from '../../src/core/review/review'
import { backupsToDelete, listBackups, RECENT_BACKUPS } from '../../src/core/store/backups'
import { openDeskStore } from '../../src/core/store/deskStore'
import { openStore } from '../../src/core/store/jsonStore'
import { lockPath, lockStore, type StoreLock } from '../../src/core/store/lock'
import { restoreNewestBackup } from '../../src/core/store/restore'
import { migrate, StoreDamagedError } from '../../src/core/store/schema'

const seedsDir = resolve(import.meta.dirname, '../../seeds')
let dir: string
let path: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-safety-'))
  path = join(dir, 'factdesk.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function seededStoreWithVerdicts(count: number) {
  const store = await openDeskStore(path, seedsDir)
  for (let i = 0; i < count; i++) {
    const claimId = store.data.claims[i]!.id
    await store.update((d) => applyReview(d, { claimId, verdict: 'verified', note: `n${i}` }, new Date()))
  }
  return store
}

describe('writes', () => {
  it('leave no temporary files and keep the last states as backups', async () => {
    await seededStoreWithVerdicts(8)
    expect(readdirSync(dir).sort()).toEqual(['factdesk.json', 'factdesk.json.backups'])
    const backups = await listBackups(path)
    expect(backups).toHaveLength(RECENT_BACKUPS)
    // The newest backup is the state just written, so the last acknowledged verdict can always be restored.
    expect(readFileSync(backups[0]!, 'utf8')).toBe(readFileSync(path, 'utf8'))
    const older = JSON.parse(readFileSync(backups[1]!, 'utf8')) as { reviews: object }
    expect(Object.keys(older.reviews)).toHaveLength(7)
  })

  it('retain the newest few plus one per earlier day', () => {
    const names = ['2026-11-23T10', '2026-11-23T09', '2026-11-23T08', '2026-11-22T18', '2026-11-22T17', '2026-11-21T12']
    expect(backupsToDelete(names, 2)).toEqual(['2026-11-23T08', '2026-11-22T17'])
  })
})

describe('a damaged store', () => {
  it('is refused with the file and the problem named, and never overwritten', async () => {
    await seededStoreWithVerdicts(3)
    const good = readFileSync(path, 'utf8')
    writeFileSync(path, good.slice(0, good.length / 2))
    const damaged = readFileSync(path)
    await expect(openStore(path)).rejects.toThrow(StoreDamagedError)
    await expect(openStore(path)).rejects.toThrow(`The store ${path} is damaged: it is not valid JSON`)
    expect(Buffer.compare(readFileSync(path), damaged)).toBe(0)
  })

  it('that fails the schema is refused naming where', async () => {
    writeFileSync(path, JSON.stringify({ schemaVersion: SCHEMA_VERSION, reports: 'x', claims: [], reviews: {}, settings: {} }))
    await expect(openStore(path)).rejects.toThrow(/does not match the store schema at reports/)
  })

  it('from a newer factdesk is refused, not downgraded', async () => {
    writeFileSync(path, JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }))
    await expect(openStore(path)).rejects.toThrow(/written by a newer factdesk/)
  })

  it('is restored from the newest good backup — the last acknowledged state — keeping the damaged file aside', async () => {
    await seededStoreWithVerdicts(4)
    writeFileSync(path, '{"schemaVersion": 1, "reports": [')
    const outcome = await restoreNewestBackup(path, new Date('2026-11-23T12:00:00Z'))
    expect(outcome.damagedCopy).toBe(`${path}.damaged-2026-11-23T12-00-00-000Z`)
    expect(readFileSync(outcome.damagedCopy!, 'utf8')).toBe('{"schemaVersion": 1, "reports": [')
    const restored = await openStore(path)
    expect(Object.keys(restored.data.reviews)).toHaveLength(4)
    expect(restored.data.reviews[restored.data.claims[3]!.id]?.note).toBe('n3')
  })

  it('damaged in place does not damage its backup (backups are copies, not links)', async () => {
    await seededStoreWithVerdicts(2)
    const good = readFileSync(path, 'utf8')
    // Truncated in place, as a failing disk or an editor writing in place would.
    const { truncateSync } = await import('node:fs')
    truncateSync(path, 100)
    expect(readFileSync((await listBackups(path))[0]!, 'utf8')).toBe(good)
    await restoreNewestBackup(path)
    expect(readFileSync(path, 'utf8')).toBe(good)
  })

  it('that loads is not "restored": nothing is rolled back or renamed', async () => {
    await seededStoreWithVerdicts(3)
    const before = readFileSync(path)
    await expect(restoreNewestBackup(path)).rejects.toThrow(`The store ${path} is not damaged`)
    expect(Buffer.compare(readFileSync(path), before)).toBe(0)
    expect(readdirSync(dir).filter((n) => n.includes('damaged'))).toEqual([])
  })

  it('without any good backup is left alone', async () => {
    writeFileSync(path, 'not json')
    await expect(restoreNewestBackup(path)).rejects.toThrow(/No good backup/)
    expect(readFileSync(path, 'utf8')).toBe('not json')
  })
})

describe('migrations', () => {
  it('bring a real version-1 store to the current schema, keeping every verdict', async () => {
    const v1 = readFileSync(resolve(import.meta.dirname, '../fixtures/store-v1.json'), 'utf8')
    expect(JSON.parse(v1)).toMatchObject({ schemaVersion: 1 })
    writeFileSync(path, v1)
    const store = await openStore(path)
    expect(store.data.schemaVersion).toBe(SCHEMA_VERSION)
    expect(store.data.claims).toHaveLength(11)
    expect(store.data.reviews['164cd3d2c8-2']).toMatchObject({ verdict: 'disputed', note: 'Ruble moves had other causes too', editor: 'Giulia Ferri', evidence: [] })
    expect(store.data.settings).toEqual({ editorName: '', organisation: '', url: '' })
    expect(store.data.briefVersions).toEqual([])
    // The file itself is only rewritten by the next change, never on open.
    expect(readFileSync(path, 'utf8')).toBe(v1)
  })

  it('accept the current version as it is', () => {
    const doc = { schemaVersion: SCHEMA_VERSION, reports: [] }
    expect(migrate(doc)).toBe(doc)
  })
  it('refuse a document without a version', () => {
    expect(() => migrate({ reports: [] })).toThrow(/no schema version/)
  })
})

describe('the lock', () => {
  it('lets one writer in and names the holder to the next', async () => {
    const lock = await lockStore(path, 'factdesk desk')
    await expect(lockStore(path, 'factdesk CLI')).rejects.toThrow(`in use by factdesk desk (process ${process.pid})`)
    await lock.release()
    expect(existsSync(lockPath(path))).toBe(false)
    const again = await lockStore(path, 'factdesk CLI')
    await again.release()
  })

  it('writes its owner before the lock appears: a lock file is never empty', async () => {
    const lock = await lockStore(path, 'factdesk desk')
    const owner = JSON.parse(readFileSync(lockPath(path), 'utf8')) as { pid: number; owner: string; token: string }
    expect(owner).toMatchObject({ pid: process.pid, owner: 'factdesk desk' })
    expect(owner.token).toMatch(/^[0-9a-f]{32}$/)
    await lock.release()
  })

  it("releases only its own lock, never another process's", async () => {
    const lock = await lockStore(path, 'factdesk CLI')
    const other = JSON.stringify({ pid: process.ppid, owner: 'the factdesk app', since: '', token: 'cccccccccccccccc' })
    writeFileSync(lockPath(path), other)
    await lock.release()
    expect(readFileSync(lockPath(path), 'utf8')).toBe(other)
  })

  it('names a live holder, also one from an older factdesk', async () => {
    writeFileSync(lockPath(path), JSON.stringify({ pid: process.ppid, owner: 'factdesk desk', since: '' }))
    await expect(lockStore(path, 'factdesk CLI')).rejects.toThrow(`in use by factdesk desk (process ${process.ppid})`)
    expect(readFileSync(lockPath(path), 'utf8')).toContain(`"pid":${process.ppid}`)
  })

  it('takes over a lock left by a dead process', async () => {
    writeFileSync(lockPath(path), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'old', since: '' }))
    const lock = await lockStore(path, 'factdesk CLI')
    expect(JSON.parse(readFileSync(lockPath(path), 'utf8'))).toMatchObject({ pid: process.pid })
    await lock.release()
  })

  it('takes over a lock whose process id now belongs to another process (reused after a crash or reboot)', async () => {
    // The id is alive (this runner's parent) but started at another time than the lock says.
    writeFileSync(
      lockPath(path),
      JSON.stringify({ pid: process.ppid, started: 'another-boot:1', host: hostname(), owner: 'the factdesk app', since: '', token: 'dddddddddddddddd' })
    )
    const lock = await lockStore(path, 'factdesk CLI')
    expect(JSON.parse(readFileSync(lockPath(path), 'utf8'))).toMatchObject({ pid: process.pid, owner: 'factdesk CLI' })
    await lock.release()
  })

  it('lets exactly one of many simultaneous takers have a stale lock', async () => {
    writeFileSync(lockPath(path), JSON.stringify({ pid: 2 ** 22 + 12346, owner: 'old', since: '', token: 'eeeeeeeeeeeeeeee' }))
    const attempts = await Promise.allSettled(Array.from({ length: 12 }, () => lockStore(path, 'factdesk CLI')))
    const won = attempts.filter((a) => a.status === 'fulfilled')
    expect(won).toHaveLength(1)
    for (const lost of attempts.filter((a) => a.status === 'rejected')) expect(String(lost.reason)).toMatch(/in use by factdesk CLI/)
    await (won[0] as PromiseFulfilledResult<StoreLock>).value.release()
    expect(readdirSync(dir)).toEqual([])
  })

  it('waits for a holder it is told to wait for, then takes the lock', async () => {
    const first = await lockStore(path, 'the factdesk CLI')
    setTimeout(() => void first.release(), 200)
    const second = await lockStore(path, 'the factdesk CLI', { waitFor: (h) => h.owner === 'the factdesk CLI', timeoutMs: 5000 })
    await second.release()
  })
})

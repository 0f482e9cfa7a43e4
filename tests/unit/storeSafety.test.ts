/** Durable writes, rotating backups, the damaged-store path, restore, and the one-writer lock. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../src/core/model'
import { applyReview } from '../../src/core/review/review'
import { backupsToDelete, listBackups, RECENT_BACKUPS } from '../../src/core/store/backups'
import { openDeskStore } from '../../src/core/store/deskStore'
import { openStore } from '../../src/core/store/jsonStore'
import { lockPath, lockStore } from '../../src/core/store/lock'
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
    // The newest backup is the state just before the last write: 7 verdicts.
    const newest = JSON.parse(readFileSync(backups[0]!, 'utf8')) as { reviews: object }
    expect(Object.keys(newest.reviews)).toHaveLength(7)
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

  it('is restored from the newest good backup, keeping the damaged file aside', async () => {
    await seededStoreWithVerdicts(4)
    writeFileSync(path, '{"schemaVersion": 1, "reports": [')
    const outcome = await restoreNewestBackup(path, new Date('2026-11-23T12:00:00Z'))
    expect(outcome.damagedCopy).toBe(`${path}.damaged-2026-11-23T12-00-00-000Z`)
    expect(readFileSync(outcome.damagedCopy!, 'utf8')).toBe('{"schemaVersion": 1, "reports": [')
    const restored = await openStore(path)
    expect(Object.keys(restored.data.reviews)).toHaveLength(3)
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
    writeFileSync(lockPath(path), JSON.stringify({ pid: process.ppid, owner: 'factdesk desk', since: '' }))
    await expect(lockStore(path, 'factdesk CLI')).rejects.toThrow(`in use by factdesk desk (process ${process.ppid})`)
    await lock.release()
    expect(existsSync(lockPath(path))).toBe(false)
  })

  it('takes over a lock left by a dead process', async () => {
    writeFileSync(lockPath(path), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'old', since: '' }))
    const lock = await lockStore(path, 'factdesk CLI')
    expect(JSON.parse(readFileSync(lockPath(path), 'utf8'))).toMatchObject({ pid: process.pid })
    await lock.release()
  })
})

/**
 * The store file as the editor set it up (issue 13): its mode and owner are
 * kept across writes, a symlinked store is written through to its target, a
 * read-only store is refused rather than replaced, a broken backups folder
 * does not block saving, a byte-order mark is accepted, ids that collide with
 * built-in object names are refused, and exports never destroy the previous
 * file when they fail.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reviewOf } from '../../src/core/model'
import { applyReview } from '../../src/core/review/review'
import { writeFileAtomically } from '../../src/core/store/atomicWrite'
import { listBackups } from '../../src/core/store/backups'
import { openDeskStore } from '../../src/core/store/deskStore'
import { fileProblem } from '../../src/core/store/fileErrors'
import { openStore, type Store } from '../../src/core/store/jsonStore'
import { lockPath, lockStore } from '../../src/core/store/lock'
import { StoreDamagedError } from '../../src/core/store/schema'

const seedsDir = resolve(import.meta.dirname, '../../seeds')
let dir: string
let path: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-files-'))
  path = join(dir, 'factdesk.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const mode = (p: string): number => statSync(p).mode & 0o777

async function verdict(store: Store, i: number): Promise<void> {
  const claimId = store.data.claims[i]!.id
  await store.update((d) => applyReview(d, { claimId, verdict: 'disputed', note: `n${i}` }, new Date()))
}

describe('modes and owners', () => {
  it('a new store is readable by its owner only', async () => {
    await openDeskStore(path, seedsDir)
    expect(mode(path)).toBe(0o600)
  })

  it('a 0600 store stays 0600 after a write, and so do its backups', async () => {
    await openDeskStore(path, seedsDir)
    chmodSync(path, 0o600)
    const store = await openStore(path)
    await verdict(store, 0)
    expect(mode(path)).toBe(0o600)
    for (const backup of await listBackups(path)) expect(mode(backup)).toBe(0o600)
    expect(mode(`${path}.backups`)).toBe(0o700)
  })

  it('a 0640 store stays 0640, whatever the umask', async () => {
    await openDeskStore(path, seedsDir)
    chmodSync(path, 0o640)
    const old = process.umask(0o077)
    try {
      await verdict(await openStore(path), 1)
    } finally {
      process.umask(old)
    }
    expect(mode(path)).toBe(0o640)
    expect(statSync(path).uid).toBe(process.getuid!())
  })
})

describe('a read-only store', () => {
  it('is refused with a clear message, and left exactly as it was', async () => {
    await openDeskStore(path, seedsDir)
    chmodSync(path, 0o444)
    const before = readFileSync(path)
    await expect(openStore(path)).rejects.toThrow(`The store ${path} is read-only`)
    expect(Buffer.compare(readFileSync(path), before)).toBe(0)
    expect(mode(path)).toBe(0o444)
  })

  it('can still be read without any write access', async () => {
    await openDeskStore(path, seedsDir)
    chmodSync(path, 0o444)
    chmodSync(dir, 0o555)
    try {
      const store = await openStore(path, { readOnly: true })
      expect(store.data.claims.length).toBeGreaterThan(0)
      await expect(store.update((d) => ({ ...d }))).rejects.toThrow(/opened read-only/)
    } finally {
      chmodSync(dir, 0o755)
    }
  })
})

describe('a symlinked store', () => {
  it("is written through to its target; the link stays a link, and the lock is the target's", async () => {
    const real = join(dir, 'real', 'desk.json')
    mkdirSync(join(dir, 'real'))
    await openDeskStore(real, seedsDir)
    symlinkSync(real, path)
    const lock = await lockStore(path, 'factdesk CLI')
    expect(readdirSync(join(dir, 'real'))).toContain('desk.json.lock')
    const store = await openStore(path)
    await verdict(store, 2)
    await lock.release()
    expect(lstatSync(path).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path)).toBe(real)
    expect(reviewOf((await openStore(real)).data, store.data.claims[2]!.id).note).toBe('n2')
    expect(readdirSync(dir).sort()).toEqual(['factdesk.json', 'real'])
    expect(lockPath(real)).toBe(`${real}.lock`)
  })
})

describe('backups', () => {
  it('a broken backups folder does not block saving; the problem is reported', async () => {
    await openDeskStore(path, seedsDir)
    rmSync(`${path}.backups`, { recursive: true })
    writeFileSync(`${path}.backups`, 'not a folder')
    const problems: string[] = []
    const store = await openStore(path, { onBackupProblem: (e) => problems.push(e.message) })
    await verdict(store, 3)
    expect(reviewOf((await openStore(path)).data, store.data.claims[3]!.id).note).toBe('n3')
    expect(problems).toHaveLength(1)
  })
})

describe('reading a store', () => {
  it('accepts a UTF-8 byte-order mark (a store saved by hand)', async () => {
    await openDeskStore(path, seedsDir)
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`)
    expect((await openStore(path)).data.claims.length).toBeGreaterThan(0)
  })

  it('refuses ids that collide with built-in object names, naming where', async () => {
    await openDeskStore(path, seedsDir)
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { claims: { id: string }[] }
    doc.claims[0]!.id = 'constructor'
    writeFileSync(path, JSON.stringify(doc))
    const error = await openStore(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreDamagedError)
    expect(String(error)).toMatch(/at claims\.0\.id: an id may not be a name that JavaScript objects reserve/)
  })
})

describe('exports', () => {
  it('a failed write leaves the previous file whole', async () => {
    const out = join(dir, 'brief.md')
    writeFileSync(out, 'the previous brief')
    chmodSync(out, 0o640)
    // A write that fails half-way: the content cannot be written (a detached buffer throws mid-write).
    const broken = new Uint8Array(new ArrayBuffer(8))
    structuredClone(broken.buffer, { transfer: [broken.buffer] })
    await expect(writeFileAtomically(out, broken)).rejects.toThrow()
    expect(readFileSync(out, 'utf8')).toBe('the previous brief')
    await writeFileAtomically(out, 'the new brief')
    expect(readFileSync(out, 'utf8')).toBe('the new brief')
    expect(mode(out)).toBe(0o640)
    expect(readdirSync(dir)).toEqual(['brief.md'])
  })

  it('a folder where the file should be is named', async () => {
    mkdirSync(join(dir, 'brief.md'))
    await expect(writeFileAtomically(join(dir, 'brief.md'), 'x')).rejects.toThrow(`Cannot write ${join(dir, 'brief.md')}: it is a folder`)
  })
})

describe('file-system failures', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['EISDIR', 'it is a folder, not a file']
  ])('%s names the path and says what happened', (code, what) => {
    const error = Object.assign(new Error(`${code}: raw`), { code, path: '/x/factdesk.json' })
    expect(String(fileProblem(error, 'write the store /x/factdesk.json'))).toMatch(new RegExp(`Cannot write the store /x/factdesk.json: ${what}\\. \\S`))
  })
})

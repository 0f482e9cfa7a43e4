/** The main process's handlers and IPC dispatch, exercised without Electron over a real store file. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDeskStore } from '../../src/core/store/deskStore'
import { openStore } from '../../src/core/store/jsonStore'
import { dispatch } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import type { Handlers } from '../../src/shared/contract'

const seedsDir = resolve(import.meta.dirname, '../../seeds')
let dir: string
let storePath: string
let handlers: Handlers
let saved: string[]

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-handlers-'))
  storePath = join(dir, 'factdesk.json')
  saved = []
  const store = await openDeskStore(storePath, seedsDir, () => new Date('2022-02-16T09:00:00Z'))
  handlers = createHandlers({
    store,
    now: () => new Date('2022-02-16T10:00:00Z'),
    chooseSavePath: async (name) => (name.includes('cancel') ? null : join(dir, name)),
    writeFile: async (path, content) => {
      saved.push(path)
      await writeFile(path, content)
    }
  })
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('desk:load', () => {
  it('serves the seeded store without the original texts', async () => {
    const snapshot = await handlers['desk:load']({})
    expect(snapshot.reports).toHaveLength(5)
    expect(snapshot.claims.length).toBeGreaterThan(20)
    expect(snapshot.storePath).toBe(storePath)
    expect(snapshot.reports[0]).not.toHaveProperty('original')
    expect(snapshot.claims.every((c) => c.review.verdict === 'unreviewed')).toBe(true)
  })
})

describe('review:set', () => {
  it('persists a verdict and note to the store file', async () => {
    const { claims } = await handlers['desk:load']({})
    const claim = claims[3]!
    const patch = await handlers['review:set']({ claimId: claim.id, verdict: 'disputed', note: 'Only one outlet says so.' })
    expect(patch.change).toMatchObject({ kind: 'verdict', claimIds: [claim.id] })
    expect(patch.claims[0]!.review).toMatchObject({ verdict: 'disputed', note: 'Only one outlet says so.' })
    const reopened = await openStore(storePath)
    expect(reopened.data.reviews[claim.id]).toMatchObject({ verdict: 'disputed', note: 'Only one outlet says so.' })
    expect(reopened.data.reviews[claim.id]?.history).toHaveLength(1)
  })
})

describe('reports:import', () => {
  it('adds a new report once and recognises it the second time', async () => {
    const files = [{ file: 'wire.txt', content: 'Officials said on Monday that 40 ships had left the port of Sevastopol.' }]
    const first = await handlers['reports:import']({ files })
    expect(first.added).toHaveLength(1)
    const second = await handlers['reports:import']({ files })
    expect(second).toEqual({ added: [], duplicates: ['wire.txt'], refused: [] })
    expect((await handlers['desk:load']({})).reports).toHaveLength(6)
  })
})

describe('dispatch', () => {
  it('refuses an unknown channel', async () => {
    expect(await dispatch(handlers, 'fs:read', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses a malformed payload without touching the store', async () => {
    const before = readFileSync(storePath, 'utf8')
    const result = await dispatch(handlers, 'review:set', { claimId: 42, verdict: 'maybe' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(readFileSync(storePath, 'utf8')).toBe(before)
  })

  it('returns a user error for an unknown claim', async () => {
    const result = await dispatch(handlers, 'review:set', { claimId: 'nope-1', verdict: 'verified' })
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'Unknown claim id "nope-1".' } })
  })

  it('wraps a handler value', async () => {
    const result = await dispatch(handlers, 'settings:update', { editorName: 'Ana Ruiz' })
    expect(result).toEqual({ ok: true, value: { editorName: 'Ana Ruiz', organisation: '', url: '' } })
  })
})

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UserError } from '../../src/core/errors'
import { emptyStore, StoreData } from '../../src/core/model'
import { openStore } from '../../src/core/store/jsonStore'
import { reportFixture } from '../fixtures/reports'

let dir: string
let path: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-store-'))
  path = join(dir, 'factdesk.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const onDisk = () => JSON.parse(readFileSync(path, 'utf8')) as unknown

describe('openStore', () => {
  it('creates a valid empty store file when none exists', async () => {
    const store = await openStore(path)
    expect(existsSync(path)).toBe(true)
    expect(StoreData.parse(onDisk())).toEqual(emptyStore())
    expect(store.data).toEqual(emptyStore())
  })

  it('loads and validates an existing store', async () => {
    const data = { ...emptyStore(), settings: { editorName: 'Ann', organisation: 'Daily', url: '' } }
    writeFileSync(path, JSON.stringify(data))
    expect((await openStore(path)).data.settings.editorName).toBe('Ann')
  })

  it.each([
    ['invalid JSON', '{ not json'],
    ['a schema mismatch', JSON.stringify({ schemaVersion: 99, reports: [] })]
  ])('rejects %s with a UserError naming the file, and leaves it alone', async (_what, content) => {
    writeFileSync(path, content)
    const error = await openStore(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toContain(path)
    expect(readFileSync(path, 'utf8')).toBe(content)
  })

  it('seeds a new or empty store, but not one with reports', async () => {
    const seed = (d: StoreData): StoreData => ({ ...d, settings: { ...d.settings, organisation: 'seeded' } })
    expect((await openStore(path, { seed })).data.settings.organisation).toBe('seeded')
    expect((onDisk() as StoreData).settings.organisation).toBe('seeded')

    const withReport: StoreData = {
      ...emptyStore(),
      reports: [reportFixture('r1', 't', { file: 'a.txt', importedAt: '2022-02-16T10:00:00Z' })]
    }
    writeFileSync(path, JSON.stringify(withReport))
    expect((await openStore(path, { seed })).data.settings.organisation).toBe('')
  })

  it('queues updates so each sees the previous result, and a throwing change writes nothing', async () => {
    const store = await openStore(path)
    const rename = (suffix: string) => (d: StoreData) => ({ ...d, settings: { ...d.settings, editorName: d.settings.editorName + suffix } })
    const failing = store.update(() => {
      throw new UserError('nope')
    })
    await Promise.all([store.update(rename('a')), failing.catch(() => undefined), store.update(rename('b'))])
    await expect(failing).rejects.toThrow('nope')
    expect(store.data.settings.editorName).toBe('ab')
    expect((onDisk() as StoreData).settings.editorName).toBe('ab')
  })
})

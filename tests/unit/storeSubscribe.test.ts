/** The Store interface's subscribe on the file adapter, and a switchable store's subscribers following the story open now. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { commitEdit } from '../../src/core/changes/commit'
import { emptyStore } from '../../src/core/model'
import { openStore, type StoreChange } from '../../src/core/store/jsonStore'
import { SwitchableStore } from '../../src/core/store/switchable'

const dir = mkdtempSync(join(tmpdir(), 'factdesk-subscribe-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('Store.subscribe', () => {
  it('tells subscribers of each write with the change-log records it added, until they unsubscribe', async () => {
    const store = await openStore(join(dir, 'a.json'))
    const heard: StoreChange[] = []
    const stop = store.subscribe((change) => heard.push(change))
    await store.update((d) => ({ ...d, story: { name: 'Port strike' } }))
    const { change } = await commitEdit(store, 'remove-report', (d) => ({ data: { ...d, reports: [] } }), new Date())
    expect(change).toBeNull()
    expect(heard.map((h) => [h.data.story.name, h.changes.length, h.remote])).toEqual([['Port strike', 0, false]])
    stop()
    await store.update((d) => ({ ...d, story: { name: 'Renamed' } }))
    expect(heard).toHaveLength(1)
    await store.close()
  })

  it('follows the story a switchable store stands for', async () => {
    const first = await openStore(join(dir, 'b.json'))
    const second = await openStore(join(dir, 'c.json'))
    const store = new SwitchableStore(first)
    const names: string[] = []
    store.subscribe((change) => names.push(change.data.story.name))
    await store.update((d) => ({ ...d, story: { name: 'first' } }))
    store.switchTo(second)
    await first.update((d) => ({ ...d, story: { name: 'first, no longer open' } }))
    await store.update(() => ({ ...emptyStore(), story: { name: 'second' } }))
    expect(names).toEqual(['first', 'second'])
    await store.close()
  })
})

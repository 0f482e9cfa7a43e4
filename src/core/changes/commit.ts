/**
 * An edit as one durable write: the edit, its record in the change log, and
 * the store's write happen together through `Store.update`, so the store never
 * holds an edit without its record (nor the reverse).
 */
import type { ChangeKind, ChangeRecord, StoreData } from '../model'
import type { Store, UpdateOptions } from '../store/jsonStore'
import { recordChange, stampFor, undoChange, type Stamp } from './record'

export interface Committed<T> {
  data: StoreData
  change: ChangeRecord | null
  /** What the edit returned besides the store (a new claim's id, say). */
  value: T
}

/** Runs `edit` on the store's current state and records what it changed as a change of `kind`. */
export async function commitEdit<T = undefined>(
  store: Store,
  kind: ChangeKind | ((data: StoreData) => ChangeKind),
  edit: (data: StoreData, stamp: Stamp) => { data: StoreData; value?: T },
  now: Date,
  editor?: string | null,
  /** How the edit was made (the review versions the editor saw: see UpdateOptions). */
  options?: UpdateOptions
): Promise<Committed<T>> {
  let change: ChangeRecord | null = null
  let value: T | undefined
  const data = await store.update((current) => {
    const stamp = stampFor(current, now, editor)
    const out = edit(current, stamp)
    value = out.value
    const recorded = recordChange(current, out.data, typeof kind === 'function' ? kind(current) : kind, stamp)
    change = recorded.change
    return recorded.data
  }, options)
  return { data, change, value: value as T }
}

/** Undoes change `seq` (see undoChange) in one write. */
export async function commitUndo(store: Store, seq: number, now: Date): Promise<{ data: StoreData; change: ChangeRecord }> {
  let change: ChangeRecord | null = null
  const data = await store.update((current) => {
    const out = undoChange(current, seq, stampFor(current, now))
    change = out.change
    return out.data
  })
  return { data, change: change! }
}

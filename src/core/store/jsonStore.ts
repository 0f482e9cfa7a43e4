import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { UserError } from '../errors'
import { emptyStore, StoreData } from '../model'

/** The store file as seen by the app and the CLI: one JSON document, validated on load. */
export interface Store {
  readonly path: string
  readonly data: StoreData
  /**
   * Applies a pure change and persists it. Changes are queued, so each sees the
   * previous one's result; a change that throws writes nothing.
   */
  update(change: (data: StoreData) => StoreData): Promise<StoreData>
}

export interface OpenStoreOptions {
  /** Fills a store that is new or holds no reports (the app's first run). */
  seed?: (data: StoreData) => StoreData | Promise<StoreData>
}

export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const db = new Low<unknown>(new JSONFile<unknown>(path), null)
  try {
    await db.read()
  } catch (error) {
    throw new UserError(`The store ${path} could not be read: ${(error as Error).message}`, 'store')
  }
  let data: StoreData
  if (db.data === null) {
    data = emptyStore()
  } else {
    const parsed = StoreData.safeParse(db.data)
    if (!parsed.success) {
      throw new UserError(`The store ${path} is not a valid factdesk store: ${parsed.error.issues[0]?.message ?? 'schema mismatch'}.`, 'store')
    }
    data = parsed.data
  }
  const isNew = db.data === null
  let queue: Promise<unknown> = Promise.resolve()

  const persist = async (next: StoreData): Promise<void> => {
    db.data = next
    await db.write()
    data = next
  }

  if (options.seed && data.reports.length === 0) {
    await persist(await options.seed(data))
  } else if (isNew) {
    await persist(data)
  }

  return {
    path,
    get data() {
      return data
    },
    update(change) {
      const run = queue.then(async () => {
        const next = change(data)
        if (next !== data) await persist(next)
        return data
      })
      queue = run.catch(() => undefined)
      return run
    }
  }
}

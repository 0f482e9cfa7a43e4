import { Low, type Adapter } from 'lowdb'
import { emptyStore, type StoreData } from '../model'
import { DurableTextFile } from './durableFile'
import { parseStore } from './schema'

/** The store file as seen by the app and the CLI: one JSON document, validated on load. */
export interface Store {
  readonly path: string
  readonly data: StoreData
  /**
   * Applies a pure change and persists it. Changes are queued, so each sees the
   * previous one's result; the promise resolves once the write is durable; a
   * change that throws writes nothing.
   */
  update(change: (data: StoreData) => StoreData): Promise<StoreData>
}

export interface OpenStoreOptions {
  /** Fills a store that is new or holds no reports (the app's first run). */
  seed?: (data: StoreData) => StoreData | Promise<StoreData>
}

/** lowdb over a crash-safe file; the document is parsed, migrated and validated by `parseStore`. */
class StoreFile implements Adapter<StoreData> {
  private readonly file: DurableTextFile
  /** Whether the last read found a file; a missing one is a new store. */
  found = false
  constructor(readonly path: string) {
    this.file = new DurableTextFile(path)
  }
  async read(): Promise<StoreData | null> {
    await this.file.removeStaleTemps()
    const text = await this.file.read()
    this.found = text !== null
    return text === null ? null : parseStore(text, this.path)
  }
  write(data: StoreData): Promise<void> {
    return this.file.write(JSON.stringify(data))
  }
}

/**
 * Opens (or creates) a store. A damaged file throws `StoreDamagedError` and
 * is never written to; see `restoreNewestBackup`.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const file = new StoreFile(path)
  const db = new Low<StoreData>(file, emptyStore())
  await db.read()
  const isNew = !file.found
  let data = db.data
  let queue: Promise<unknown> = Promise.resolve()

  const persist = async (next: StoreData): Promise<void> => {
    db.data = next
    await db.write()
    data = next
  }

  if (options.seed && data.reports.length === 0) await persist(await options.seed(data))
  else if (isNew) await persist(data)

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

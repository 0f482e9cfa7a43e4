import { Low, type Adapter } from 'lowdb'
import { emptyStore, type ChangeRecord, type StoreData } from '../model'
import { archiveFolder, fileArchive, type PageArchive } from './archive'
import { DurableTextFile } from './durableFile'
import { resolveFileTarget } from './paths'
import { parseStore } from './schema'

/** What a subscriber hears after each change: the store after it, and the change-log records it added. */
export interface StoreChange {
  data: StoreData
  changes: readonly ChangeRecord[]
  /** True for changes made elsewhere (another editor on a team database); false for this store's own updates. */
  remote: boolean
}

/** How a change was made: on what the editor saw. */
export interface UpdateOptions {
  /**
   * The version of each claim's review the editor saw when they made the change (a team desk's
   * `reviewVersion`): a review written at another version is a conflict (StaleWriteError), not an
   * overwrite. A file store has one writer (its lock) and no versions, so it has nothing to compare.
   */
  seenReviews?: ReadonlyMap<string, number>
}

/**
 * The store as seen by the app and the CLI, whatever holds it: a JSON file
 * (this module, the default) or a team database (team/teamStore.ts). Load it
 * with `openStoreAt`; apply a change with `update`; hear every change with `subscribe`.
 */
export interface Store {
  readonly path: string
  readonly data: StoreData
  /**
   * Applies a pure change and persists it. Changes are queued, so each sees the
   * previous one's result; the promise resolves once the write is durable; a
   * change that throws writes nothing.
   */
  update(change: (data: StoreData) => StoreData, options?: UpdateOptions): Promise<StoreData>
  /**
   * The version of a claim's review as this store read it (0: none yet), where the store keeps versions
   * (a team database); null on a file store.
   */
  reviewVersion(claimId: string): number | null
  /** Fetched pages kept with the store (web reports' sources, evidence links), by hash. */
  readonly archive: PageArchive
  /** Calls `listener` after every change, this store's own and (on a team database) other editors'; returns the unsubscribe. */
  subscribe(listener: (change: StoreChange) => void): () => void
  /** Lets go of what the store holds open (a file store holds nothing; a team store its connections). */
  close(): Promise<void>
}

export interface OpenStoreOptions {
  /** Fills a store that is new or has never held reports (the app's first run). */
  seed?: (data: StoreData) => StoreData | Promise<StoreData>
  /** Only reads: nothing is written or cleaned up, so no write access is needed; `update` is refused. */
  readOnly?: boolean
  /** Told when a write could not keep its backup (the write itself succeeded). */
  onBackupProblem?: (problem: Error) => void
}

/** lowdb over a crash-safe file; the document is parsed, migrated and validated by `parseStore`. */
class StoreFile implements Adapter<StoreData> {
  /** Whether the last read found a file; a missing one is a new store. */
  found = false
  constructor(
    readonly path: string,
    readonly file: DurableTextFile,
    private readonly readOnly: boolean
  ) {}
  async read(): Promise<StoreData | null> {
    if (!this.readOnly) await this.file.removeStaleTemps()
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
  const target = await resolveFileTarget(path)
  const durable = new DurableTextFile(path, target, { onBackupProblem: options.onBackupProblem })
  const readOnly = options.readOnly ?? false
  // A store that cannot be written is refused now, not after the editor's first verdict.
  if (!readOnly) await durable.assertWritable()
  const file = new StoreFile(path, durable, readOnly)
  const db = new Low<StoreData>(file, emptyStore())
  await db.read()
  const isNew = !file.found
  let data = db.data
  let queue: Promise<unknown> = Promise.resolve()

  const persist = async (next: StoreData): Promise<void> => {
    if (readOnly) throw new Error(`The store ${path} was opened read-only.`)
    db.data = next
    await db.write()
    data = next
  }

  // A store emptied by the editor (reports removed: the change log says so) stays empty.
  if (!readOnly && options.seed && data.reports.length === 0 && data.changes.length === 0) await persist(await options.seed(data))
  else if (!readOnly && isNew) await persist(data)

  const listeners = new Set<(change: StoreChange) => void>()
  return {
    path,
    archive: fileArchive(archiveFolder(target), readOnly),
    get data() {
      return data
    },
    reviewVersion: () => null,
    update(change) {
      const run = queue.then(async () => {
        const before = data
        const next = change(data)
        if (next === data) return data
        await persist(next)
        const added = data.changes.length > before.changes.length ? data.changes.slice(before.changes.length) : []
        for (const listener of listeners) listener({ data, changes: added, remote: false })
        return data
      })
      queue = run.catch(() => undefined)
      return run
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    close: async () => {
      await queue
    }
  }
}

/**
 * The desk's store when the editor can switch stories: a Store that forwards
 * to the story open now. Handlers hold this one object; opening another story
 * swaps what it forwards to. Work that must finish on the story it began on
 * (an import) takes `pinned()` first.
 */
import type { StoreData } from '../model'
import type { PageArchive } from './archive'
import type { Store, StoreChange, UpdateOptions } from './jsonStore'

export class SwitchableStore implements Store {
  private readonly listeners = new Set<(change: StoreChange) => void>()
  private unsubscribe: () => void
  constructor(private current: Store) {
    this.unsubscribe = this.follow(current)
  }

  /** Subscribers hear the story open now: each switch moves them to the new one. */
  private follow(store: Store): () => void {
    return store.subscribe((change) => {
      for (const listener of this.listeners) listener(change)
    })
  }
  subscribe(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }
  close(): Promise<void> {
    this.unsubscribe()
    return this.current.close()
  }

  get path(): string {
    return this.current.path
  }
  get data(): StoreData {
    return this.current.data
  }
  get archive(): PageArchive {
    return this.current.archive
  }
  update(change: (data: StoreData) => StoreData, options?: UpdateOptions): Promise<StoreData> {
    return this.current.update(change, options)
  }
  /** The open story's review version, when its store keeps versions (a team database). */
  reviewVersion(claimId: string): number | null {
    return this.current.reviewVersion(claimId)
  }
  /** The story's own store, unaffected by later switches. */
  pinned(): Store {
    return this.current
  }
  switchTo(store: Store): Store {
    const previous = this.current
    this.unsubscribe()
    this.current = store
    this.unsubscribe = this.follow(store)
    return previous
  }
}

/** The store `store` stands for right now (itself, unless it is switchable). */
export function pin(store: Store): Store {
  return store instanceof SwitchableStore ? store.pinned() : store
}

/**
 * Stories in the app: opening one takes its store's lock, switches the desk's
 * store to it and releases the previous one; a new story is an empty store in
 * the user-data folder's stories/, named after it, with the editor's settings
 * carried over. The recent list lives in user data (core/store/stories.ts).
 */
import { existsSync } from 'node:fs'
import { UserError } from '../core/errors'
import { openStore, type Store } from '../core/store/jsonStore'
import { LOCK_OWNER, lockStore, waitForCli, type StoreLock } from '../core/store/lock'
import { StoreDamagedError } from '../core/store/schema'
import { newStoryPath, readRecentStories, rememberStory, storyName, type RecentStory } from '../core/store/stories'
import type { SwitchableStore } from '../core/store/switchable'
import type { StoryDeps } from './ipc/storyHandlers'

export interface StoryManager extends StoryDeps {
  /** Releases the open story's lock (on quit). */
  release(): Promise<void>
  /** Puts the open story in the recent list (at start-up). */
  rememberCurrent(): Promise<void>
}

export function manageStories(
  store: SwitchableStore,
  firstLock: StoreLock,
  userData: string,
  choose: () => Promise<string | null>,
  changed: (recent: RecentStory[]) => void,
  /** The desk left `previous` for another story (a team desk left behind is closed: main/team.ts). */
  left: (previous: Store) => Promise<void> = async () => undefined
): StoryManager {
  let lock = firstLock
  // One switch at a time: two quick clicks must not open two stories and lose a lock.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work)
    queue = run.catch(() => undefined)
    return run
  }

  const remember = async (opened: Store): Promise<void> => {
    changed(await rememberStory(userData, { path: opened.path, name: storyName(opened.data, opened.path), openedAt: new Date().toISOString() }))
  }

  const switchTo = async (path: string, prepare?: (opened: Store) => Promise<void>): Promise<Store> => {
    const next = await lockStore(path, LOCK_OWNER.app, { waitFor: waitForCli, timeoutMs: 15_000 })
    let opened: Store
    try {
      opened = await openStore(path)
      await prepare?.(opened)
    } catch (error) {
      await next.release()
      if (error instanceof StoreDamagedError)
        throw new UserError(`${error.message} Restore it with the command line: "npm run --silent cli -- restore --store ${path}".`, 'store')
      throw error
    }
    await left(store.switchTo(opened))
    const previous = lock
    lock = next
    await previous.release()
    await remember(opened)
    return opened
  }

  return {
    current: () => store.pinned(),
    recent: () => readRecentStories(userData),
    open: (path) =>
      serial(async () => {
        if (path === store.path) return store.pinned()
        if (!existsSync(path)) throw new UserError(`There is no story at ${path}.`, 'not-found')
        return switchTo(path)
      }),
    create: (name) =>
      serial(async () => {
        const path = await newStoryPath(userData, name)
        const settings = store.data.settings
        return switchTo(path, async (opened) => {
          await opened.update((d) => ({ ...d, settings, story: { name: name.trim() } }))
        })
      }),
    choose,
    release: () => lock.release(),
    rememberCurrent: () => remember(store.pinned())
  }
}

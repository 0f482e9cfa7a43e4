/**
 * Stories: each its own store. These handlers list the recent ones and open
 * or start one; what opening means (taking the store's lock, switching the
 * desk to it, remembering it) is the app's to provide (main/stories.ts), so
 * they stay plain functions, tested without Electron.
 */
import { UserError } from '../../core/errors'
import type { Store } from '../../core/store/jsonStore'
import { storyName, type RecentStory } from '../../core/store/stories'
import type { Handlers, StoryView } from '../../shared/contract'

export interface StoryDeps {
  /** The story open now. */
  current(): Store
  recent(): Promise<RecentStory[]>
  /** Opens the story at `path` (remembered as recent); the desk switches to it. */
  open(path: string): Promise<Store>
  /** Makes a new, empty story named `name` and opens it. */
  create(name: string): Promise<Store>
  /** Asks the editor for a story file to open (a file dialog); null when they cancel. */
  choose(): Promise<string | null>
}

type StoryChannels = 'stories:list' | 'stories:new' | 'stories:open'

const viewOf = (store: Store): StoryView => ({ path: store.path, name: storyName(store.data, store.path) })

export function createStoryHandlers(stories: StoryDeps | undefined): Pick<Handlers, StoryChannels> {
  const need = (): StoryDeps => {
    if (!stories) throw new UserError('Stories can only be opened in the desk app.', 'invalid-input')
    return stories
  }
  return {
    async 'stories:list'() {
      const current = need().current()
      return { current: viewOf(current), recent: await need().recent() }
    },
    async 'stories:new'({ name }) {
      return viewOf(await need().create(name))
    },
    async 'stories:open'({ path }) {
      const chosen = path ?? (await need().choose())
      return chosen === null ? null : viewOf(await need().open(chosen))
    }
  }
}

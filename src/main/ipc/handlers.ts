/**
 * The desk's IPC handlers: plain functions over the store, one per channel of
 * the contract. No Electron here, so tests and the e2e harness call them as-is.
 */
import type { Handlers } from '../../shared/contract'
import { createBriefHandlers, type BriefDeps } from './briefHandlers'
import { snapshotOf } from './deskViews'
import { createEditHandlers, type EditDeps } from './editHandlers'
import { createImportHandlers, type ImportDeps } from './importHandlers'
import { createStoryHandlers, type StoryDeps } from './storyHandlers'
import { createTeamHandlers, type TeamDeps } from './teamHandlers'

/** What the handlers need from outside: the store, a clock, the brief's export dependencies, the import worker, stories. */
export type HandlerDeps = Omit<BriefDeps, 'now'> &
  Omit<ImportDeps, 'now' | 'store'> &
  Omit<EditDeps, 'now' | 'store'> & {
    now?: () => Date
    /** Opening and starting stories (the app's; absent in tests that need one store only). */
    stories?: StoryDeps | undefined
    /** Connecting to a team desk (the app's; absent in tests). */
    team?: TeamDeps | undefined
  }

export function createHandlers({ store, now = () => new Date(), importWorker, importBudget, fetchLimits, stories, team, ...briefDeps }: HandlerDeps): Handlers {
  return {
    ...createBriefHandlers({ store, now, ...briefDeps }),
    ...createEditHandlers({ store, now, fetchLimits }),
    ...createImportHandlers({ store, now, importWorker, importBudget, fetchLimits }),
    ...createStoryHandlers(stories),
    ...createTeamHandlers(team),

    async 'desk:load'() {
      return snapshotOf(store)
    },

    async 'settings:update'(patch) {
      const data = await store.update((d) => ({ ...d, settings: { ...d.settings, ...patch } }))
      return data.settings
    }
  }
}

import { importReports } from '../pipeline'
import { readSeedReports } from './files'
import { openStore, type OpenStoreOptions, type Store } from './jsonStore'

/** The bundled reports' story. */
export const SAMPLE_STORY = 'NATO and Russia’s pullback (sample, 15 Feb 2022)'

/**
 * Opens the desk's store the way the app does on launch: a store with no
 * reports yet (first run) is filled with the bundled seed reports.
 */
export function openDeskStore(
  path: string,
  seedsDir: string,
  now: () => Date = () => new Date(),
  options: Omit<OpenStoreOptions, 'seed' | 'readOnly'> = {}
): Promise<Store> {
  return openStore(path, {
    ...options,
    seed: async (data) => ({ ...importReports(data, await readSeedReports(seedsDir), now()).data, story: { name: data.story.name || SAMPLE_STORY } })
  })
}

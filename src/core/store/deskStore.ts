import { importReports } from '../pipeline'
import { readSeedReports } from './files'
import { openStore, type OpenStoreOptions, type Store } from './jsonStore'

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
    seed: async (data) => importReports(data, await readSeedReports(seedsDir), now()).data
  })
}

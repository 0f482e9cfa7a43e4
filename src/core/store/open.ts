/**
 * Opening a store by where it is: a postgresql:// URL is a team database
 * (team/teamStore.ts), anything else a store file (jsonStore.ts).
 */
import { openStore, type OpenStoreOptions, type Store } from './jsonStore'
import { isTeamUrl } from './team/connection'
import { openTeamStore, type TeamStoreOptions } from './team/teamStore'

export function openStoreAt(location: string, options: OpenStoreOptions & TeamStoreOptions = {}): Promise<Store> {
  return isTeamUrl(location) ? openTeamStore(location, options) : openStore(location, options)
}

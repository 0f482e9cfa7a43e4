/**
 * The team desk: connecting the desk to a team database and back to its file
 * story, and the connection's state for the top bar. What connecting means
 * (opening the store, switching the desk to it, keeping the password) is the
 * app's to provide (main/team.ts), so these stay plain functions.
 */
import { UserError } from '../../core/errors'
import type { Store } from '../../core/store/jsonStore'
import { storyName } from '../../core/store/stories'
import type { Handlers, StoryView, TeamStatusView } from '../../shared/contract'

export interface TeamDeps {
  /** Opens the team desk at `url` (password given, or the kept one) and switches the desk to it. */
  connect(url: string, password: string | undefined): Promise<Store>
  /** Closes the team desk and switches back to the last file story. */
  disconnect(): Promise<Store>
  /** Tells the other desks which claim this editor has open (nothing while the desk is on a file). */
  presence(claimId: string | null): Promise<void>
  /** The connection now, or null while the desk is on a file. */
  status(): TeamStatusView | null
}

type TeamChannels = 'team:connect' | 'team:disconnect' | 'team:status' | 'team:presence'

const viewOf = (store: Store): StoryView => ({ path: store.path, name: storyName(store.data, store.path) })

export function createTeamHandlers(team: TeamDeps | undefined): Pick<Handlers, TeamChannels> {
  const need = (): TeamDeps => {
    if (!team) throw new UserError('A team desk can only be opened in the desk app.', 'invalid-input')
    return team
  }
  return {
    async 'team:connect'({ url, password }) {
      return viewOf(await need().connect(url, password))
    },
    async 'team:disconnect'() {
      return viewOf(await need().disconnect())
    },
    async 'team:presence'({ claimId }) {
      await team?.presence(claimId)
      return {}
    },
    async 'team:status'() {
      return team ? team.status() : null
    }
  }
}

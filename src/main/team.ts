/**
 * The team desk in the app: File › Connect to Team Desk opens a team database
 * in place of the file story (the file's lock is kept, so disconnecting goes
 * back to it). The role's password is kept encrypted by the system keychain
 * (Electron's safeStorage) in a file of its own in user data, keyed by the
 * URL without password: never in a store, a log or an error. Where the system
 * offers no encryption it is held in memory only, for this session.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../core/errors'
import { writeFileAtomically } from '../core/store/atomicWrite'
import type { Store } from '../core/store/jsonStore'
import type { SwitchableStore } from '../core/store/switchable'
import { scrub, teamAddress } from '../core/store/team/connection'
import { openTeamStore, type Presence, type TeamStore } from '../core/store/team/teamStore'
import type { DeskEvent } from '../shared/channels'
import type { TeamStatusView } from '../shared/contract'
import type { TeamDeps } from './ipc/teamHandlers'

/** The members of Electron's safeStorage used here. */
export type SecretBox = Pick<Electron.SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>

export const PASSWORDS_FILE_NAME = 'team-passwords.json'

export interface TeamManager extends TeamDeps {
  /** The desk left `previous` for another story (stories.ts): a team store left behind is closed. */
  left(previous: Store): Promise<void>
  /** Whether `path` is the file story the team desk was opened from (its lock is still held: going back is disconnecting). */
  isFileStory(path: string): boolean
  /** Closes the team connection (on quit). */
  close(): Promise<void>
}

export function manageTeam(store: SwitchableStore, userData: string, secrets: SecretBox, notify: (event: DeskEvent) => void): TeamManager {
  const file = join(userData, PASSWORDS_FILE_NAME)
  /** Passwords this session was given where safeStorage cannot encrypt: memory only. */
  const session = new Map<string, string>()
  let team: TeamStore | null = null
  let fileStory: Store | null = null
  let offStatus: () => void = () => undefined
  let present: Presence[] = []
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work)
    queue = run.catch(() => undefined)
    return run
  }

  const readKept = async (): Promise<Record<string, string>> => {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'))
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {}
    } catch {
      return {}
    }
  }
  const keptPassword = async (shown: string): Promise<string | undefined> => {
    if (session.has(shown)) return session.get(shown)
    const sealed = (await readKept())[shown]
    if (typeof sealed !== 'string' || !secrets.isEncryptionAvailable()) return undefined
    try {
      return secrets.decryptString(Buffer.from(sealed, 'base64'))
    } catch {
      // Sealed by another user or keychain: as if none was kept; the editor types it again.
      return undefined
    }
  }
  const keep = async (shown: string, password: string): Promise<void> => {
    if (!secrets.isEncryptionAvailable()) return void session.set(shown, password)
    const kept = await readKept()
    kept[shown] = secrets.encryptString(password).toString('base64')
    await writeFileAtomically(file, `${JSON.stringify(kept, null, 2)}\n`)
  }

  const forget = async (closing: TeamStore): Promise<void> => {
    offStatus()
    offStatus = () => undefined
    present = []
    team = null
    fileStory = null
    await closing.close().catch(() => undefined)
    notify('desk:teamStatus')
  }

  return {
    connect: (url, password) =>
      serial(async () => {
        const address = teamAddress(url)
        const given = password === undefined || password === '' ? undefined : password
        const used = given ?? (await keptPassword(address.shown))
        let opened: TeamStore
        try {
          opened = await openTeamStore(address.url, { password: used })
        } catch (error) {
          // Core scrubs its own errors; a password given here is scrubbed again, wherever the error came from.
          const message = scrub((error as Error).message, used ? [used, encodeURIComponent(used)] : [])
          throw new UserError(message, error instanceof UserError ? error.code : 'store')
        }
        if (given !== undefined) await keep(address.shown, given)
        const previous = store.switchTo(opened)
        if (team) {
          // From one team desk to another: back is still the file story.
          const back = fileStory
          await forget(team)
          fileStory = back
        } else fileStory = previous
        team = opened
        const offConnection = opened.onStatus(() => notify('desk:teamStatus'))
        const offPresence = opened.onPresence((list) => {
          // Repeated every few seconds by core: the desk is told only when who is where changed.
          const same = list.length === present.length && list.every((p, i) => p.deskId === present[i]?.deskId && p.claimId === present[i]?.claimId)
          present = list
          if (!same) notify('desk:teamStatus')
        })
        offStatus = () => (offConnection(), offPresence())
        notify('desk:teamStatus')
        return opened
      }),
    disconnect: () =>
      serial(async () => {
        if (!team || !fileStory) throw new UserError('The desk is not on a team desk.', 'invalid-input')
        const back = fileStory
        store.switchTo(back)
        await forget(team)
        return back
      }),
    status(): TeamStatusView | null {
      if (!team) return null
      const { status, problem } = team.status
      return {
        role: team.editor,
        address: team.address.shown,
        status: status === 'closed' ? 'offline' : status,
        problem,
        present: present.map(({ editor, claimId }) => ({ editor, claimId }))
      }
    },
    presence: async (claimId) => {
      // A courtesy: a notice that cannot be sent (the connection is down) is not the editor's problem.
      await team?.setPresence(claimId).catch(() => undefined)
    },
    isFileStory: (path) => team !== null && fileStory?.path === path,
    left: (previous) => (team !== null && previous === team ? forget(team) : Promise.resolve()),
    close: () => serial(async () => (team ? forget(team) : undefined))
  }
}

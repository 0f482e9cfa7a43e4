import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UserError } from '../core/errors'
import { openDeskStore } from '../core/store/deskStore'
import { appUserDataDir, STORE_FILE_NAME } from '../core/store/files'
import { openStore, type Store } from '../core/store/jsonStore'
import { LOCK_OWNER, lockStore, waitForCli, type StoreLock } from '../core/store/lock'
import { StoreDamagedError } from '../core/store/schema'
import { isTeamUrl, teamAddress } from '../core/store/team/connection'
import { openTeamStore } from '../core/store/team/teamStore'
import type { CommandContext } from './io'
import { CLI } from './name'

const SEEDS_DIR = resolve(import.meta.dirname, '../../seeds')

export const STORE_OPTION = { store: { type: 'string' } } as const

export interface StoreChoice {
  /** A file path, or a team database's postgresql:// URL. */
  path: string
  /** True when no --store was given: the desk's own store, seeded on first use like the app. */
  isDesk: boolean
  /** True for a team database (--store postgresql://…). */
  isTeam?: boolean
}

export function chooseStore(storeOption: string | undefined, ctx: CommandContext): StoreChoice {
  if (storeOption !== undefined) {
    if (storeOption.trim() === '') throw new UserError('option --store needs a value')
    // Checked now (a URL without a database is a mistake before anything is opened); the password stays in memory.
    if (isTeamUrl(storeOption)) return { path: teamAddress(storeOption).url, isDesk: false, isTeam: true }
    return { path: resolve(storeOption), isDesk: false }
  }
  return { path: join(appUserDataDir({ ...(ctx.io.env ?? process.env) }), STORE_FILE_NAME), isDesk: true }
}

export type StoreMode = 'read' | 'write' | 'create'

/**
 * Takes the store's lock for this command. Another CLI command holding it
 * (scripts run verdicts in parallel) is waited for, a few seconds at most;
 * the app holding it is named at once.
 */
export function lockForCli(path: string): Promise<StoreLock> {
  return lockStore(path, LOCK_OWNER.cli, { waitFor: waitForCli, timeoutMs: 15_000 })
}

/**
 * Runs `work` on the chosen store. Only `create` (import) may make a new store
 * at an explicit path: a mistyped --store for any other command must not leave
 * an empty store behind. Writers hold the store's lock throughout, so the CLI
 * and the desk app never write the same store at once. Reading needs no lock
 * and no write access (a store on a read-only disk can be listed and briefed),
 * except for the desk's own store before its first use, which is seeded.
 */
export async function withStore<T>(choice: StoreChoice, ctx: CommandContext, mode: StoreMode, work: (store: Store) => Promise<T>): Promise<T> {
  // A team database takes its own turns (compare-and-set, one transaction per write): no lock file. The role's
  // password comes from the URL, PGPASSWORD or ~/.pgpass, as for psql.
  if (choice.isTeam) {
    const store = await openTeamStore(choice.path, { live: false })
    try {
      return await work(store)
    } finally {
      await store.close()
    }
  }
  if (choice.isDesk && !existsSync(choice.path)) {
    // The app's userData folder may not exist yet when the CLI runs before the app ever did.
    mkdirSync(dirname(choice.path), { recursive: true })
  } else if (!choice.isDesk && mode === 'create' && !existsSync(dirname(choice.path))) {
    throw new UserError(`cannot create the store ${choice.path}: its folder does not exist`, 'io')
  } else if (!choice.isDesk && mode !== 'create' && !existsSync(choice.path)) {
    throw new UserError(`no store at ${choice.path} (import reports into it first)`, 'not-found')
  }
  const warn = (problem: Error): void => void ctx.io.stderr.write(`factdesk: warning: no backup was kept of this change: ${problem.message}\n`)
  try {
    if (mode === 'read') {
      const store = await openStore(choice.path, { readOnly: true })
      // The desk's own store is seeded on first use, as the app does: that is a write.
      if (!(choice.isDesk && store.data.reports.length === 0 && store.data.changes.length === 0)) return await work(store)
    }
    const lock = await lockForCli(choice.path)
    try {
      const store = choice.isDesk
        ? await openDeskStore(choice.path, SEEDS_DIR, ctx.now, { onBackupProblem: warn })
        : await openStore(choice.path, { onBackupProblem: warn })
      return await work(store)
    } finally {
      await lock.release()
    }
  } catch (error) {
    if (error instanceof StoreDamagedError) {
      throw new UserError(`${error.message} Run "${CLI} restore${choice.isDesk ? '' : ` --store ${choice.path}`}" to put the newest good backup back.`, 'store')
    }
    throw error
  }
}

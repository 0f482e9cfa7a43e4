import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UserError } from '../core/errors'
import { openDeskStore } from '../core/store/deskStore'
import { appUserDataDir, STORE_FILE_NAME } from '../core/store/files'
import { openStore, type Store } from '../core/store/jsonStore'
import type { CommandContext } from './io'

const SEEDS_DIR = resolve(import.meta.dirname, '../../seeds')

export const STORE_OPTION = { store: { type: 'string' } } as const

export interface StoreChoice {
  path: string
  /** True when no --store was given: the desk's own store, seeded on first use like the app. */
  isDesk: boolean
}

export function chooseStore(storeOption: string | undefined, ctx: CommandContext): StoreChoice {
  if (storeOption !== undefined) {
    if (storeOption.trim() === '') throw new UserError('option --store needs a value')
    return { path: resolve(storeOption), isDesk: false }
  }
  return { path: join(appUserDataDir({ ...(ctx.io.env ?? process.env) }), STORE_FILE_NAME), isDesk: true }
}

/**
 * Opens the chosen store. Only `import` may create a store at an explicit path:
 * a mistyped --store for any other command must not leave an empty store behind.
 */
export function openChosen(choice: StoreChoice, ctx: CommandContext, create: boolean): Promise<Store> {
  if (choice.isDesk) {
    // The app's userData folder may not exist yet when the CLI runs before the app ever did.
    mkdirSync(dirname(choice.path), { recursive: true })
    return openDeskStore(choice.path, SEEDS_DIR, ctx.now)
  }
  if (create && !existsSync(dirname(choice.path))) {
    throw new UserError(`cannot create the store ${choice.path}: its folder does not exist`, 'io')
  }
  if (!create && !existsSync(choice.path)) {
    throw new UserError(`no store at ${choice.path} (import reports into it first)`, 'not-found')
  }
  return openStore(choice.path)
}

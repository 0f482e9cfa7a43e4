import { existsSync } from 'node:fs'
import { UserError } from '../../core/errors'
import { lockStore } from '../../core/store/lock'
import { restoreNewestBackup } from '../../core/store/restore'
import { noPositionals, parse } from '../args'
import type { Command } from '../io'
import { chooseStore, STORE_OPTION } from '../store'

/** Puts the newest good backup in place of a damaged store; the damaged file is kept aside. */
export const restore: Command = async (args, ctx) => {
  const { values, positionals } = parse('restore', args, { ...STORE_OPTION })
  noPositionals('restore', positionals)
  const { path } = chooseStore(values.store, ctx)
  if (!existsSync(path) && !existsSync(`${path}.backups`)) throw new UserError(`no store at ${path}`, 'not-found')
  const lock = await lockStore(path, 'the factdesk CLI')
  try {
    const { restoredFrom, damagedCopy } = await restoreNewestBackup(path, ctx.now())
    ctx.out(`restored ${path} from ${restoredFrom}`)
    if (damagedCopy) ctx.out(`the previous file is kept as ${damagedCopy}`)
  } finally {
    await lock.release()
  }
}

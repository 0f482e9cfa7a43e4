import { existsSync } from 'node:fs'
import { UserError } from '../../core/errors'
import { restoreNewestBackup } from '../../core/store/restore'
import { noPositionals, parse } from '../args'
import type { Command } from '../io'
import { chooseStore, lockForCli, STORE_OPTION } from '../store'

/** Puts the newest good backup in place of a damaged store; the damaged file is kept aside. A healthy store is refused. */
export const restore: Command = async (args, ctx) => {
  const { values, positionals } = parse('restore', args, { ...STORE_OPTION })
  noPositionals('restore', positionals)
  const { path, isTeam } = chooseStore(values.store, ctx)
  if (isTeam) throw new UserError('restore puts a store file’s backup back; a team database is backed up and restored by PostgreSQL (pg_dump, pg_restore)')
  if (!existsSync(path) && !existsSync(`${path}.backups`)) throw new UserError(`no store at ${path}`, 'not-found')
  const lock = await lockForCli(path)
  try {
    const { restoredFrom, damagedCopy } = await restoreNewestBackup(path, ctx.now())
    ctx.out(`restored ${path} from ${restoredFrom}`)
    if (damagedCopy) ctx.out(`the previous file is kept as ${damagedCopy}`)
  } finally {
    await lock.release()
  }
}

import { readFile, rename, stat } from 'node:fs/promises'
import { UserError } from '../errors'
import { listBackups } from './backups'
import { DurableTextFile } from './durableFile'
import { parseStore } from './schema'

export interface RestoreOutcome {
  /** The backup whose content is now the store. */
  restoredFrom: string
  /** Where the damaged file was kept aside, if there was one. */
  damagedCopy: string | null
}

/**
 * Puts the newest backup that loads cleanly back in place. The damaged file
 * is never deleted: it is kept aside as `PATH.damaged-<time>`.
 */
export async function restoreNewestBackup(storePath: string, now = new Date()): Promise<RestoreOutcome> {
  for (const backup of await listBackups(storePath)) {
    let text: string
    try {
      text = await readFile(backup, 'utf8')
      parseStore(text, backup)
    } catch {
      continue
    }
    let damagedCopy: string | null = null
    if (await exists(storePath)) {
      damagedCopy = `${storePath}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
      await rename(storePath, damagedCopy)
    }
    await new DurableTextFile(storePath).write(text)
    return { restoredFrom: backup, damagedCopy }
  }
  throw new UserError(`No good backup of ${storePath} was found; the store has been left as it is.`, 'store')
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

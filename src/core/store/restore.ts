import { readFile, rename } from 'node:fs/promises'
import { UserError } from '../errors'
import { listBackups } from './backups'
import { DurableTextFile } from './durableFile'
import { errnoCode, fileProblem } from './fileErrors'
import { resolveFileTarget } from './paths'
import { parseStore, StoreDamagedError } from './schema'

export interface RestoreOutcome {
  /** The backup whose content is now the store. */
  restoredFrom: string
  /** Where the damaged file was kept aside, if there was one. */
  damagedCopy: string | null
}

/**
 * Puts the newest backup that loads cleanly back in place of a damaged (or
 * missing) store. Each write keeps the state it wrote as the newest backup,
 * so this is the last acknowledged state. A store that loads is refused:
 * restoring it could only roll work back. The damaged file is never deleted:
 * it is kept aside as `PATH.damaged-<time>`. Call it holding the store's lock.
 */
export async function restoreNewestBackup(storePath: string, now = new Date()): Promise<RestoreOutcome> {
  const file = await resolveFileTarget(storePath)
  const current = await readFile(file, 'utf8').catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') return null
    throw fileProblem(error, `read the store ${storePath}`)
  })
  if (current !== null) {
    try {
      const data = parseStore(current, storePath)
      throw new UserError(
        `The store ${storePath} is not damaged (it loads: ${data.reports.length} reports, ${data.claims.length} claims), so nothing was restored. Restoring is only for a store factdesk cannot read.`,
        'store'
      )
    } catch (error) {
      if (!(error instanceof StoreDamagedError)) throw error
    }
  }
  for (const backup of await listBackups(file)) {
    let text: string
    try {
      text = await readFile(backup, 'utf8')
      parseStore(text, backup)
    } catch {
      continue
    }
    let damagedCopy: string | null = null
    if (current !== null) {
      damagedCopy = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
      await rename(file, damagedCopy).catch((error: unknown) => {
        throw fileProblem(error, `keep the damaged store ${storePath} aside`)
      })
    }
    await new DurableTextFile(storePath, file).write(text)
    return { restoredFrom: backup, damagedCopy }
  }
  throw new UserError(`No good backup of ${storePath} was found; the store has been left as it is.`, 'store')
}

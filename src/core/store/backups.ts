/**
 * Rotating backups beside the store (`factdesk.json.backups/`): the last few
 * states written plus the last state of each earlier day, so a bad afternoon
 * or a damaged file can be rolled back. The newest backup is always the state
 * last written.
 */
import { chmod, constants, copyFile, mkdir, readdir, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export const RECENT_BACKUPS = 5

export function backupDir(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath)}.backups`)
}

/** Sortable, file-name-safe timestamp plus a counter, so two backups in one millisecond never collide. */
let sequence = 0
function backupName(now: Date): string {
  sequence = (sequence + 1) % 1000
  return `${now.toISOString().replace(/[:.]/g, '-')}-${String(sequence).padStart(3, '0')}.json`
}

/**
 * Keeps `source` — the state about to become the store — as the newest
 * backup, so every acknowledged state can be restored. A copy, never a hard
 * link: a store damaged in place (an editor, a disk) must not damage its
 * backup with it. Backups get the store's mode in a folder only its owner can
 * list.
 */
export async function keepBackup(storeFile: string, source: string, mode: number, now = new Date()): Promise<void> {
  const dir = backupDir(storeFile)
  await mkdir(dir, { recursive: true, mode: 0o700 })
  for (let attempt = 0; ; attempt++) {
    const target = join(dir, backupName(now))
    try {
      await copyFile(source, target, constants.COPYFILE_EXCL)
      await chmod(target, mode)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 1000) throw error
    }
  }
  await pruneBackups(dir)
}

/** Newest first. */
export async function listBackups(storePath: string): Promise<string[]> {
  try {
    const names = await readdir(backupDir(storePath))
    return names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse()
      .map((n) => join(backupDir(storePath), n))
  } catch {
    return []
  }
}

/** The retention rule, pure so it can be tested: the newest few, and the newest of each older day. */
export function backupsToDelete(namesNewestFirst: string[], recent = RECENT_BACKUPS): string[] {
  const keptDays = new Set<string>()
  return namesNewestFirst.filter((name, index) => {
    const day = name.slice(0, 10)
    if (index < recent) {
      keptDays.add(day)
      return false
    }
    if (keptDays.has(day)) return true
    keptDays.add(day)
    return false
  })
}

async function pruneBackups(dir: string): Promise<void> {
  const names = (await readdir(dir))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()
  await Promise.all(backupsToDelete(names).map((n) => unlink(join(dir, n)).catch(() => undefined)))
}

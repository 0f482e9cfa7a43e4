/**
 * Rotating backups beside the store (`factdesk.json.backups/`): the last few
 * states plus the last state of each earlier day, so a bad afternoon or a
 * damaged file can be rolled back.
 */
import { copyFile, link, mkdir, readdir, stat, unlink } from 'node:fs/promises'
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
 * Keeps the store's current state before it is replaced. A hard link costs
 * nothing and keeps the old bytes once the store is renamed over; where links
 * are not supported, a copy.
 */
export async function keepBackup(storePath: string, now = new Date()): Promise<void> {
  try {
    await stat(storePath)
  } catch {
    return // nothing to keep yet
  }
  const dir = backupDir(storePath)
  await mkdir(dir, { recursive: true })
  const target = join(dir, backupName(now))
  await link(storePath, target).catch(() => copyFile(storePath, target))
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

/**
 * One writer per store: a lock file beside it (`factdesk.json.lock`) naming the
 * process that holds it. A lock left by a process that has died is taken over.
 */
import { open, readFile, unlink } from 'node:fs/promises'
import { UserError } from '../errors'
import { isRunning } from './durableFile'

export interface StoreLock {
  release(): Promise<void>
}

interface LockOwner {
  pid: number
  owner: string
  since: string
}

export function lockPath(storePath: string): string {
  return `${storePath}.lock`
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    return typeof owner.pid === 'number' ? { pid: owner.pid, owner: String(owner.owner ?? 'factdesk'), since: String(owner.since ?? '') } : null
  } catch {
    return null
  }
}

export async function lockStore(storePath: string, owner: string): Promise<StoreLock> {
  const path = lockPath(storePath)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx')
      await file.writeFile(JSON.stringify({ pid: process.pid, owner, since: new Date().toISOString() }))
      await file.close()
      return { release: () => unlink(path).catch(() => undefined) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = await readOwner(path)
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new UserError(`The store ${storePath} is in use by ${holder.owner} (process ${holder.pid}). Close it and try again.`, 'store')
      }
      await unlink(path).catch(() => undefined) // stale: its process is gone
    }
  }
  throw new UserError(`Could not lock the store ${storePath}: ${path} keeps reappearing.`, 'store')
}

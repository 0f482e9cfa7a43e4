/**
 * One writer per store: a lock file beside it (`factdesk.json.lock`) naming the
 * process that holds it. Correct by construction:
 *
 * - Acquisition is atomic and complete: the owner record is written and synced
 *   to a private temporary file, then hard-linked to the lock's name. `link`
 *   fails if the name exists, so exactly one process gets it, and no one ever
 *   sees a lock without its owner.
 * - Every lock carries a random token. A lock is removed only by its owner
 *   (release compares the token), or, when its owner is gone, by the one
 *   process that wins the right to break that token: it takes the lock
 *   `<lock>.break-<token>` by the same rules, checks that the lock still holds
 *   that token, and only then deletes it. A lock with a given token can
 *   therefore be deleted by one process at most, and never after it was
 *   replaced by a live one.
 * - "Gone" means the recorded process id is not running, or is running with
 *   another start time (the id was reused after a crash or reboot).
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { constants, copyFile, link, open, readFile, readdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../errors'
import { errnoCode, fileProblem } from './fileErrors'
import { resolveFileTarget } from './paths'
import { isRunning, isSameProcessRunning, ownStartTime } from './processes'

export interface StoreLock {
  /** The lock file. */
  readonly path: string
  /** Removes the lock if it is still ours; never another process's. */
  release(): Promise<void>
}

/** What a lock file says about its holder. */
export interface LockHolder {
  pid: number
  /** The holder's start time (see processes.ts); null when the platform does not tell. */
  started: string | null
  host: string
  /** Who holds it, in words: "the factdesk app", "the factdesk CLI". */
  owner: string
  since: string
  /** Identifies this one acquisition; a lock file written by an older factdesk has none. */
  token: string | null
}

export interface LockOptions {
  /** Whether to wait (rather than refuse at once) while this holder has the lock. */
  waitFor?: (holder: LockHolder) => boolean
  /** How long to wait at most, in milliseconds (default 10 s). */
  timeoutMs?: number
}

/** How the app and the CLI name themselves in a lock. A CLI command holds it for a moment: both wait for it. */
export const LOCK_OWNER = { app: 'the factdesk app', cli: 'the factdesk CLI' } as const

/** Wait while a CLI command finishes its write; refuse at once if another app holds the store. */
export const waitForCli = (holder: LockHolder): boolean => holder.owner === LOCK_OWNER.cli

export function lockPath(storeFile: string): string {
  return `${storeFile}.lock`
}

/** A lock left half-way by a machine crash (or written by hand) is taken for stale after this long. */
const UNREADABLE_GRACE_MS = 10_000
/** Breaking locks of breakers that died themselves: a few levels are plenty. */
const MAX_BREAK_DEPTH = 4

interface Found {
  holder: LockHolder | null
  /** What the lock file's identity is for breaking: its token, or a stand-in for files without one. */
  id: string
  ageMs: number
}

async function readLock(path: string): Promise<Found | null> {
  let text: string
  let info
  try {
    info = await stat(path)
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null
    throw error
  }
  const ageMs = Date.now() - info.mtimeMs
  const fallbackId = `f${info.ino}-${Math.round(info.mtimeMs)}-${info.size}`
  try {
    const record = JSON.parse(text) as Partial<LockHolder>
    if (typeof record.pid !== 'number') return { holder: null, id: fallbackId, ageMs }
    const token = typeof record.token === 'string' && /^[0-9a-f]{8,64}$/.test(record.token) ? record.token : null
    return {
      holder: {
        pid: record.pid,
        started: typeof record.started === 'string' ? record.started : null,
        host: typeof record.host === 'string' ? record.host : hostname(),
        owner: String(record.owner ?? 'factdesk'),
        since: String(record.since ?? ''),
        token
      },
      id: token ?? fallbackId,
      ageMs
    }
  } catch {
    return { holder: null, id: fallbackId, ageMs }
  }
}

/** Whether the lock's holder may still be working. A holder on another machine cannot be checked: it counts as alive. */
function holderAlive(found: Found): boolean {
  const { holder } = found
  if (!holder) return found.ageMs < UNREADABLE_GRACE_MS
  if (holder.host !== hostname()) return true
  return isSameProcessRunning(holder.pid, holder.started)
}

class LockBusy extends Error {
  constructor(readonly holder: LockHolder | null) {
    super('lock busy')
  }
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

async function writePrivateRecord(path: string, record: LockHolder): Promise<string> {
  const temp = `${path}.${process.pid}-${record.token}.tmp`
  const file = await open(temp, 'wx', 0o644)
  try {
    await file.writeFile(JSON.stringify(record))
    // Synced before it becomes the lock: after a power cut the lock is whole or absent, never empty.
    await file.sync()
  } finally {
    await file.close()
  }
  return temp
}

/** File systems without hard links (FAT, some network shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])

/**
 * Makes the owner record the lock, if no lock exists: a hard link, which
 * appears whole. Where the file system has no hard links, an exclusive copy:
 * it may be seen half-written for an instant, and a lock that cannot be read
 * counts as held (see holderAlive), so it is never taken for stale.
 */
async function publish(record: string, path: string): Promise<void> {
  try {
    await link(record, path)
  } catch (error) {
    if (!NO_LINKS.has(errnoCode(error) ?? '')) throw error
    await copyFile(record, path, constants.COPYFILE_EXCL)
  }
}

/**
 * Takes the lock file at `path`. With `wait`, a live holder is waited for
 * until `deadline`; otherwise LockBusy is thrown at once.
 */
async function acquire(path: string, owner: string, wait: (holder: LockHolder | null) => boolean, deadline: number, depth: number): Promise<StoreLock> {
  if (depth > MAX_BREAK_DEPTH)
    throw new UserError(`Could not take the lock ${path}: too many abandoned lock files beside it. Remove ${dirname(path)}/*.break-* and try again.`, 'store')
  const token = randomBytes(16).toString('hex')
  const record: LockHolder = { pid: process.pid, started: ownStartTime(), host: hostname(), owner, since: new Date().toISOString(), token }
  const temp = await writePrivateRecord(path, record)
  try {
    for (;;) {
      try {
        await publish(temp, path)
        return { path, release: () => releaseIfOurs(path, token) }
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw error
      }
      const found = await readLock(path)
      if (found === null) continue // released in between: try again
      if (holderAlive(found)) {
        if (!wait(found.holder) || Date.now() > deadline) throw new LockBusy(found.holder)
        await sleep(20 + Math.random() * 60)
        continue
      }
      // Stale. Whoever wins `<lock>.break-<id>` alone may delete this very lock.
      const breakPath = `${path}.break-${found.id}`
      let breaker: StoreLock
      try {
        breaker = await acquire(breakPath, owner, () => false, deadline, depth + 1)
      } catch (error) {
        if (!(error instanceof LockBusy)) throw error
        // Another process is breaking it right now: let it finish.
        if (Date.now() > deadline + 5_000) throw new LockBusy(found.holder)
        await sleep(10 + Math.random() * 30)
        continue
      }
      try {
        const again = await readLock(path)
        if (again?.id === found.id) await unlink(path)
      } finally {
        await breaker.release()
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

async function releaseIfOurs(path: string, token: string): Promise<void> {
  const found = await readLock(path).catch(() => null)
  // Only our own lock: a lock with our token can be deleted by no one else while we run.
  if (found?.holder?.token === token) await unlink(path).catch(() => undefined)
}

/**
 * Leftovers of processes killed half-way: temporary owner records never
 * linked, and break locks of breakers that died. Called only while holding
 * the lock: a break lock is about a token that is no longer the lock's (ours
 * is), so removing it can make no one delete a live lock.
 */
async function removeLeftovers(lockFile: string): Promise<void> {
  const prefix = `${basename(lockFile)}.`
  const names = await readdir(dirname(lockFile)).catch(() => [] as string[])
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const path = join(dirname(lockFile), name)
    const record = /^(\d+)-[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))
    if (record && !isRunning(Number(record[1]))) await unlink(path).catch(() => undefined)
    if (name.slice(prefix.length).startsWith('break-') && !name.endsWith('.tmp')) {
      const found = await readLock(path).catch(() => null)
      if (found && !holderAlive(found)) await unlink(path).catch(() => undefined)
    }
  }
}

function describe(holder: LockHolder | null): string {
  if (!holder) return 'another program (its lock file cannot be read)'
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`
  return `${holder.owner} (process ${holder.pid}${where})`
}

/** Locks the store at `storePath` (symlinks followed) for this process. */
export async function lockStore(storePath: string, owner: string, options: LockOptions = {}): Promise<StoreLock> {
  const path = lockPath(await resolveFileTarget(storePath))
  const deadline = Date.now() + (options.timeoutMs ?? 10_000)
  const waitFor = options.waitFor ?? (() => false)
  try {
    // A lock being written (readable in an instant) is waited for by whoever waits at all.
    const lock = await acquire(path, owner, (holder) => (holder === null ? options.waitFor !== undefined : waitFor(holder)), deadline, 0)
    await removeLeftovers(path)
    return lock
  } catch (error) {
    if (error instanceof LockBusy) {
      throw new UserError(`The store ${storePath} is in use by ${describe(error.holder)}. Close it and try again.`, 'store')
    }
    throw fileProblem(error, `lock the store ${storePath} (${path})`)
  }
}

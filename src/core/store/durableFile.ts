/**
 * A lowdb adapter whose writes survive a crash or power cut at any moment:
 * write a temporary file, fsync it, keep a copy as a backup, rename over the
 * store, fsync the folder. The rename is the commit point, so the store file
 * always holds either the old or the new state, whole.
 *
 * The file keeps what the editor set on it: its mode and owner carry over to
 * each new version (a 0600 store stays 0600), a symlinked store is written
 * through to its target, and a store without write permission is refused,
 * never silently replaced.
 */
import { access, constants, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { UserError } from '../errors'
import { keepBackup } from './backups'
import { errnoCode, fileProblem } from './fileErrors'
import { isRunning } from './processes'

/** New stores hold editors' notes: readable by their owner only. */
const NEW_STORE_MODE = 0o600

export interface DurableFileOptions {
  /** Told when a backup could not be kept; the write itself goes on (a broken backups folder must not block saving). */
  onBackupProblem?: (problem: Error) => void
}

export class DurableTextFile implements Adapter<string> {
  /**
   * @param path the file as the user named it (used in messages)
   * @param file the file actually written: `path` with symlinks followed (see resolveFileTarget)
   */
  constructor(
    readonly path: string,
    readonly file: string = path,
    private readonly options: DurableFileOptions = {}
  ) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8')
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null
      throw fileProblem(error, `read the store ${this.path}`)
    }
  }

  private tempFor(pid: number): string {
    return join(dirname(this.file), `.${basename(this.file)}.${pid}.tmp`)
  }

  /** A writer killed mid-write leaves its temporary file behind; the store itself is intact. */
  async removeStaleTemps(): Promise<void> {
    const prefix = `.${basename(this.file)}.`
    const names = await readdir(dirname(this.file)).catch(() => [] as string[])
    for (const name of names) {
      const pid = Number(name.slice(prefix.length, -'.tmp'.length))
      if (name.startsWith(prefix) && name.endsWith('.tmp') && Number.isInteger(pid) && !isRunning(pid)) {
        await unlink(join(dirname(this.file), name)).catch(() => undefined)
      }
    }
  }

  /** Refuses a store the editor made read-only: replacing it by rename would bypass that. */
  async assertWritable(): Promise<Stats | null> {
    let existing: Stats
    try {
      existing = await stat(this.file)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null
      throw fileProblem(error, `write the store ${this.path}`)
    }
    if (existing.isDirectory()) throw new UserError(`Cannot use the store ${this.path}: it is a folder, not a file. Give the path of a file.`, 'io')
    // No write bit at all is the editor's "do not change this", even for a user (root) whom access() would let through.
    const writable =
      (existing.mode & 0o222) !== 0 &&
      (await access(this.file, constants.W_OK).then(
        () => true,
        () => false
      ))
    if (!writable) {
      throw new UserError(
        `The store ${this.path} is read-only (its permissions do not allow writing), so factdesk will not replace it. Make it writable, or work on a copy.`,
        'io'
      )
    }
    return existing
  }

  async write(text: string): Promise<void> {
    const existing = await this.assertWritable()
    const temp = this.tempFor(process.pid)
    const mode = existing ? existing.mode & 0o7777 : NEW_STORE_MODE
    try {
      const file = await open(temp, 'w', mode)
      try {
        await file.writeFile(text, 'utf8')
        // open() applies the umask: set the mode exactly, and the owner where we may (root, or our own group).
        await file.chmod(mode)
        if (existing && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) {
          await file.chown(existing.uid, existing.gid).catch(() => undefined)
        }
        await file.sync()
      } finally {
        await file.close()
      }
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw fileProblem(error, `write the store ${this.path}`)
    }
    // The backup is this very state, so the newest backup is always the last acknowledged one.
    await keepBackup(this.file, temp, mode).catch((problem: Error) => this.options.onBackupProblem?.(problem))
    try {
      await rename(temp, this.file)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw fileProblem(error, `write the store ${this.path}`)
    }
    await syncFolder(dirname(this.file))
  }
}

/** Makes the rename itself durable. Not every platform can open a folder (Windows): skip there. */
async function syncFolder(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch {
    // Best effort: the data file itself is already synced.
  } finally {
    await handle?.close()
  }
}

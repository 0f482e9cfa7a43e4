/**
 * A lowdb adapter whose writes survive a crash or power cut at any moment:
 * write a temporary file, fsync it, keep the previous version as a backup,
 * rename over the store, fsync the folder. The rename is the commit point, so
 * the store file always holds either the old or the new state, whole.
 */
import { open, readFile, readdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { keepBackup } from './backups'

export class DurableTextFile implements Adapter<string> {
  constructor(readonly path: string) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  private tempFor(pid: number): string {
    return join(dirname(this.path), `.${basename(this.path)}.${pid}.tmp`)
  }

  /** A writer killed mid-write leaves its temporary file behind; the store itself is intact. */
  async removeStaleTemps(): Promise<void> {
    const prefix = `.${basename(this.path)}.`
    const names = await readdir(dirname(this.path)).catch(() => [] as string[])
    for (const name of names) {
      const pid = Number(name.slice(prefix.length, -'.tmp'.length))
      if (name.startsWith(prefix) && name.endsWith('.tmp') && Number.isInteger(pid) && !isRunning(pid)) {
        await unlink(join(dirname(this.path), name)).catch(() => undefined)
      }
    }
  }

  async write(text: string): Promise<void> {
    const temp = this.tempFor(process.pid)
    const file = await open(temp, 'w')
    try {
      await file.writeFile(text, 'utf8')
      await file.sync()
    } finally {
      await file.close()
    }
    try {
      await keepBackup(this.path)
      await rename(temp, this.path)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw error
    }
    await syncFolder(dirname(this.path))
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

/** Whether a process with this id is alive (EPERM: alive, but not ours to signal). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

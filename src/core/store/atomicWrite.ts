/**
 * Writing an exported file so that a failure (a full disk, a crash) leaves
 * the previous file at that path whole: a temporary file beside it, synced,
 * then renamed over it. The old file's mode is kept; a symlink is written
 * through to its target.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink, writeFile } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../errors'
import { errnoCode, fileProblem } from './fileErrors'
import { resolveFileTarget } from './paths'

export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const doing = `write ${path}`
  const target = await resolveFileTarget(path)
  let existing: Stats | null = null
  try {
    existing = await stat(target)
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw fileProblem(error, doing)
  }
  if (existing?.isDirectory()) throw new UserError(`Cannot ${doing}: it is a folder, not a file. Give the path of a file.`, 'io')
  if (existing && !existing.isFile()) {
    // A device or a pipe (/dev/stdout, a FIFO): there is nothing to replace, only to write to.
    await writeFile(target, content).catch((error: unknown) => {
      throw fileProblem(error, doing)
    })
    return
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    const file = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666)
    try {
      await file.writeFile(content)
      if (existing) await file.chmod(existing.mode & 0o7777)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw fileProblem(error, doing)
  }
}

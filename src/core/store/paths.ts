import { lstat, readlink, realpath } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { UserError } from '../errors'

/**
 * The file a path stands for, symlinks followed. A symlinked store (or
 * export) is written through to its target (the link stays a link), and a
 * store's lock, temporary files and backups sit beside the target, so every
 * path to one store shares one lock. A path that does not exist yet (a new
 * file) is returned as it is, with its folder resolved.
 */
export async function resolveFileTarget(path: string): Promise<string> {
  let current = resolve(path)
  for (let hops = 0; hops < 40; hops++) {
    let isLink = false
    try {
      isLink = (await lstat(current)).isSymbolicLink()
    } catch {
      // Missing: a new store (or a link to one not made yet).
    }
    if (!isLink) return join(await realpath(dirname(current)).catch(() => dirname(current)), basename(current))
    current = resolve(dirname(current), await readlink(current))
  }
  throw new UserError(`The store ${path} is a chain of too many symbolic links.`, 'io')
}

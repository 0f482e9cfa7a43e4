/**
 * File-system failures as the user's to act on: a full disk, a permission, a
 * read-only file system, a folder where a file should be. Each names the path,
 * says what happened and what to do, instead of "internal error".
 */
import { UserError } from '../errors'

const WHY: Record<string, { what: string; fix: string }> = {
  ENOSPC: { what: 'the disk is full', fix: 'Free some space and try again.' },
  EDQUOT: { what: 'the disk quota is used up', fix: 'Free some space and try again.' },
  EACCES: { what: 'permission denied', fix: 'Check the permissions of the file and its folder.' },
  EPERM: { what: 'the operation is not permitted', fix: 'Check the permissions of the file and its folder.' },
  EROFS: { what: 'the file system is read-only', fix: 'Choose a place on a writable disk.' },
  EISDIR: { what: 'it is a folder, not a file', fix: 'Give the path of a file.' },
  ENOTDIR: { what: 'a part of the path is not a folder', fix: 'Check the path.' },
  ENOENT: { what: 'no such file or folder', fix: 'Check the path.' },
  ENAMETOOLONG: { what: 'the path is too long', fix: 'Choose a shorter path.' },
  EMFILE: { what: 'too many files are open', fix: 'Close some programs and try again.' },
  EIO: { what: 'the disk reported an input/output error', fix: 'Check the disk, then try again.' },
  ELOOP: { what: 'it is a loop of symbolic links', fix: 'Check the path.' }
}

export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** Whether this is a file-system failure we can explain (as opposed to a bug). */
export function isFileProblem(error: unknown): boolean {
  const code = errnoCode(error)
  return code !== undefined && Object.hasOwn(WHY, code)
}

/**
 * `doing` reads as "Cannot <doing>": e.g. "write the store /x/factdesk.json".
 * Errors that are not file-system failures are returned unchanged.
 */
export function fileProblem(error: unknown, doing: string): unknown {
  const code = errnoCode(error)
  if (code === undefined || !Object.hasOwn(WHY, code)) return error
  const { what, fix } = WHY[code]!
  const at = (error as NodeJS.ErrnoException).path
  const where = at && !doing.includes(at) ? ` (${at})` : ''
  return new UserError(`Cannot ${doing}: ${what}${where}. ${fix}`, 'io')
}

/** Runs `work`, turning a file-system failure into a UserError that says what could not be done. */
export async function explainFileErrors<T>(doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw fileProblem(error, doing)
  }
}

/**
 * The store's archive of fetched pages: each page's bytes as received, in a
 * folder beside the store (`factdesk.json.archive/`), one file per page named
 * by the SHA-256 of its bytes. Content-addressed, so a page is written once,
 * never changed, and shared by every report or evidence link that cites it;
 * removing a report (and undoing that) leaves it be. Kept apart from the store
 * document so a verdict does not rewrite megabytes of HTML.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../errors'
import { writeFileAtomically } from './atomicWrite'
import { errnoCode, fileProblem } from './fileErrors'

export interface PageArchive {
  /** Keeps `bytes` under their SHA-256 (given, checked); writing a page already kept is a no-op. */
  put(sha256: string, bytes: Uint8Array): Promise<void>
  /** The bytes kept under `sha256`. */
  read(sha256: string): Promise<Uint8Array>
}

const HASH = /^[0-9a-f]{64}$/

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function archiveFolder(storeTarget: string): string {
  return `${storeTarget}.archive`
}

export function fileArchive(folder: string, readOnly = false): PageArchive {
  const pathOf = (sha256: string): string => {
    if (!HASH.test(sha256)) throw new UserError(`"${sha256}" is not the hash of an archived page.`, 'invalid-input')
    return join(folder, `${sha256}.page`)
  }
  return {
    async put(sha256, bytes) {
      if (readOnly) throw new UserError(`The archive ${folder} was opened read-only.`, 'store')
      if (sha256Of(bytes) !== sha256) throw new Error(`An archived page's bytes do not match their hash ${sha256}.`)
      const path = pathOf(sha256)
      try {
        if ((await stat(path)).size === bytes.byteLength) return
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw fileProblem(error, `read ${path}`)
      }
      await mkdir(folder, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
        throw fileProblem(error, `create ${folder}`)
      })
      await writeFileAtomically(path, bytes)
    },
    async read(sha256) {
      const path = pathOf(sha256)
      try {
        return new Uint8Array(await readFile(path))
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') throw new UserError(`The archived page ${sha256} is missing from ${folder}.`, 'not-found')
        throw fileProblem(error, `read ${path}`)
      }
    }
  }
}

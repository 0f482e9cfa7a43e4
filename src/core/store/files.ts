/** The thin file-system adapter of the core: reading report files and locating stores. */
import { readFile, readdir, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, join } from 'node:path'
import { UserError } from '../errors'
import type { ImportFile } from '../importing/job'
import { reportFileToText } from '../input/importFile'
import type { ReportInput } from '../ingest'
import { assertReportSize } from '../input/decode'
import { fileProblem } from './fileErrors'

/** A report file's bytes, to be read by an import worker; missing, unreadable or oversized files are refused by path. */
export async function readReportBytes(path: string, label = path): Promise<ImportFile> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new UserError(`Cannot read report ${path}: it is a folder.`, 'io')
    assertReportSize(info.size, label)
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw fileProblem(error, `read report ${path}`)
  }
  return { name: label, bytes }
}

export async function readReportFile(path: string, label = path): Promise<ReportInput> {
  try {
    return { file: label, content: await reportFileToText(await readFile(path), label) }
  } catch (error) {
    if (error instanceof UserError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message
    throw new UserError(`Cannot read report ${path}: ${why}.`, 'io')
  }
}

/** The bundled seed reports, in file-name order. */
export async function readSeedReports(dir: string): Promise<ReportInput[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()
  return Promise.all(names.map((n) => readReportFile(join(dir, n), basename(n))))
}

/**
 * Where Electron's `app.getPath('userData')` points for this app, so the CLI
 * finds the desk's own store without Electron.
 */
export function appUserDataDir(env = process.env, platform = process.platform, home = homedir()): string {
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'))
  return join(appData, 'factdesk')
}

export const STORE_FILE_NAME = 'factdesk.json'

import { basename, join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import type { ImportFile } from '../core/importing/job'
import { IMPORTABLE } from '../core/input/importFile'
import { writeFileAtomically } from '../core/store/atomicWrite'
import { readReportBytes } from '../core/store/files'
import { briefFormat, type BriefFormat } from '../core/brief/formats'
import { STORIES_FOLDER } from '../core/store/stories'

/** The save dialog's filter for a format: its name and extensions, from the formats table. */
export function formatFilter(format: BriefFormat): Electron.FileFilter {
  const { label, extensions } = briefFormat(format)
  return { name: label, extensions: [...extensions] }
}

export async function chooseSavePath(window: BrowserWindow, suggestedName: string, format: BriefFormat): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'Export brief',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [formatFilter(format)]
  })
  return result.canceled || !result.filePath ? null : result.filePath
}

/** Text formats as UTF-8; PDF and DOCX as the bytes they are. A failed write leaves the previous file whole. */
export async function writeExportFile(path: string, content: string | Uint8Array): Promise<void> {
  await writeFileAtomically(path, content)
}

/** File › Import: the reports the user picked, as bytes for the import worker; null when cancelled. */
export async function pickReports(window: BrowserWindow): Promise<ImportFile[] | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Import reports',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Reports', extensions: IMPORTABLE.map((ext) => ext.slice(1)) }]
  })
  if (result.canceled || result.filePaths.length === 0) return null
  return Promise.all(result.filePaths.map((path) => readReportBytes(path, basename(path))))
}

/** File › Open Story: a story's store file; null when cancelled. */
export async function chooseStoryFile(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open story',
    defaultPath: join(app.getPath('userData'), STORIES_FOLDER),
    properties: ['openFile'],
    filters: [{ name: 'factdesk stories', extensions: ['json'] }]
  })
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!
}

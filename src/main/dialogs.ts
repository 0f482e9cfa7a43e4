import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import type { ReportInput } from '../core/ingest'
import { IMPORTABLE } from '../core/input/importFile'
import { readReportFile } from '../core/store/files'
import type { BriefFormat } from '../shared/contract'

export const FORMAT_FILTERS: Record<BriefFormat, Electron.FileFilter> = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML document', extensions: ['html'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  claimreview: { name: 'ClaimReview JSON-LD', extensions: ['jsonld', 'json'] }
}

export async function chooseSavePath(window: BrowserWindow, suggestedName: string, format: BriefFormat): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: 'Export brief',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [FORMAT_FILTERS[format]]
  })
  return result.canceled || !result.filePath ? null : result.filePath
}

/** Text formats as UTF-8; PDF and DOCX as the bytes they are. */
export async function writeExportFile(path: string, content: string | Uint8Array): Promise<void> {
  await writeFile(path, content)
}

/** File › Import: the reports the user picked, read as text; null when cancelled. */
export async function pickReports(window: BrowserWindow): Promise<ReportInput[] | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Import reports',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Reports', extensions: IMPORTABLE.map((ext) => ext.slice(1)) }]
  })
  if (result.canceled || result.filePaths.length === 0) return null
  return Promise.all(result.filePaths.map((path) => readReportFile(path, basename(path))))
}

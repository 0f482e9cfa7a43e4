/**
 * Electron glue: one window, the store, the IPC handlers, menus and dialogs.
 * Everything it wires together is Electron-free and tested without it.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, protocol, shell } from 'electron'
import { importFiles } from '../core/importing/importFiles'
import { STORE_FILE_NAME } from '../core/store/files'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRendererFile } from './appProtocol'
import { chooseSavePath, pickReports, writeExportFile } from './dialogs'
import { createHandlers } from './ipc/handlers'
import type { BriefRequestOptions } from './ipc/briefHandlers'
import { registerIpcHandlers } from './ipc/register'
import { installMenu } from './menu'
import { electronPdf } from './pdf'
import { installSecurityPolicies } from './security'
import { openStoreForApp } from './storeStartup'
import { createMainWindow, isAppUrl, RENDERER_ROOT } from './window'

/** Bundled reports live beside the built app (inside app.asar when packaged). */
const seedsDir = join(app.getAppPath(), 'seeds')
/** The import worker, built beside this file as its own entry (electron.vite.config.ts). */
const importWorker = join(import.meta.dirname, 'importWorker.js')

// Before 'ready', as Electron requires: the renderer's origin is factdesk://app, not file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

if (!app.requestSingleInstanceLock()) app.quit()
else void start()

async function start(): Promise<void> {
  await app.whenReady()
  installSecurityPolicies(isAppUrl)
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(RENDERER_ROOT, request))

  const opened = await openStoreForApp(join(app.getPath('userData'), STORE_FILE_NAME), seedsDir)
  if (!opened) {
    app.quit()
    return
  }
  const { store, lock } = opened
  // Electron does not wait for a promise on 'will-quit': hold the quit until the lock is released.
  let released = false
  app.on('will-quit', (event) => {
    if (released) return
    event.preventDefault()
    void lock.release().finally(() => {
      released = true
      app.quit()
    })
  })

  let window = createMainWindow()
  const currentWindow = (): BrowserWindow => window
  // What File › Export Brief exports: the brief as the Brief view last showed it (scope, reports, the editor's words).
  let briefOptions: BriefRequestOptions = { scope: 'reviewed', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }
  const handlers = createHandlers({
    onPreview: (options) => (briefOptions = options),
    store,
    chooseSavePath: (name, format) => chooseSavePath(currentWindow(), name, format),
    writeFile: writeExportFile,
    renderPdf: electronPdf(),
    importWorker,
    // The brief handler only passes paths it has just exported (see briefHandlers.ts).
    revealPath: (path) => shell.showItemInFolder(path)
  })
  registerIpcHandlers(handlers, isAppUrl)

  installMenu({
    importReports: async () => {
      try {
        const files = await pickReports(currentWindow())
        if (!files) return
        const { added, duplicates } = await importFiles(store, files, new Date(), { entry: importWorker })
        currentWindow().webContents.send('desk:changed')
        if (added.length === 0 && duplicates.length > 0) {
          await dialog.showMessageBox(currentWindow(), { message: 'Those reports are already on the desk.', type: 'info' })
        }
      } catch (error) {
        dialog.showErrorBox('Import failed', (error as Error).message)
      }
    },
    exportBrief: async (format) => {
      try {
        await handlers['brief:export']({ format, options: briefOptions })
        // The export is recorded as a brief version: the desk re-reads which verdicts changed since.
        currentWindow().webContents.send('desk:changed')
      } catch (error) {
        dialog.showErrorBox('Export failed', (error as Error).message)
      }
    }
  })

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

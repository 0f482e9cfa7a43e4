/**
 * Electron glue: one window, the store, the IPC handlers, menus and dialogs.
 * Everything it wires together is Electron-free and tested without it.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, protocol, safeStorage, shell } from 'electron'
import { importFiles } from '../core/importing/importFiles'
import { STORE_FILE_NAME } from '../core/store/files'
import { readRecentStories } from '../core/store/stories'
import { pin, SwitchableStore } from '../core/store/switchable'
import type { DeskEvent } from '../shared/channels'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRendererFile } from './appProtocol'
import { chooseSavePath, chooseStoryFile, pickReports, writeExportFile } from './dialogs'
import { createHandlers } from './ipc/handlers'
import type { BriefRequestOptions } from './ipc/briefHandlers'
import { registerIpcHandlers } from './ipc/register'
import { installMenu, type MenuActions } from './menu'
import { electronPdf } from './pdf'
import { installSecurityPolicies } from './security'
import { openStoreForApp } from './storeStartup'
import { manageStories } from './stories'
import { manageTeam } from './team'
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

  const userData = app.getPath('userData')
  // The story open last time, if it is still there; else the desk's own store (the sample story on first run).
  const last = (await readRecentStories(userData)).find((s) => existsSync(s.path))
  const opened = await openStoreForApp(last?.path ?? join(userData, STORE_FILE_NAME), seedsDir)
  if (!opened) {
    app.quit()
    return
  }
  const store = new SwitchableStore(opened.store)

  let window = createMainWindow()
  const currentWindow = (): BrowserWindow => window
  const notify = (event: DeskEvent): void => currentWindow().webContents.send(event)
  // Another editor's change on a team desk: the desk re-reads, keeping its selection and the note being typed.
  store.subscribe((change) => {
    if (change.remote) notify('desk:changed')
  })
  const team = manageTeam(store, userData, safeStorage, notify)

  // Assigned below, once the handlers exist: the stories need the menu's installer, the menu needs the handlers.
  // eslint-disable-next-line prefer-const
  let menu: MenuActions
  const fileStories = manageStories(
    store,
    opened.lock,
    userData,
    () => chooseStoryFile(currentWindow()),
    (recent) => installMenu(menu, recent),
    (previous) => team.left(previous)
  )
  // The file story the team desk was opened from is still open (and locked) behind it: opening it again is leaving the team desk.
  const stories: typeof fileStories = { ...fileStories, open: (path) => (team.isFileStory(path) ? team.disconnect() : fileStories.open(path)) }
  // Electron does not wait for a promise on 'will-quit': hold the quit until the lock is released.
  let released = false
  app.on('will-quit', (event) => {
    if (released) return
    event.preventDefault()
    void Promise.all([team.close(), stories.release()]).finally(() => {
      released = true
      app.quit()
    })
  })

  // What File › Export Brief exports: the brief as the Brief view last showed it (scope, reports, the editor's words).
  let briefOptions: BriefRequestOptions = { scope: 'reviewed', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }
  const handlers = createHandlers({
    onPreview: (options) => (briefOptions = options),
    store,
    chooseSavePath: (name, format) => chooseSavePath(currentWindow(), name, format),
    writeFile: writeExportFile,
    renderPdf: electronPdf(),
    importWorker,
    stories,
    team,
    // The brief handler only passes paths it has just exported (see briefHandlers.ts).
    revealPath: (path) => shell.showItemInFolder(path)
  })
  registerIpcHandlers(handlers, isAppUrl)

  const failed = (title: string) => (error: unknown) => dialog.showErrorBox(title, (error as Error).message)
  menu = {
    importReports: async () => {
      try {
        const files = await pickReports(currentWindow())
        if (!files) return
        const { added, duplicates, refused } = await importFiles(pin(store), files, new Date(), { entry: importWorker })
        notify('desk:changed')
        if (refused.length > 0) dialog.showErrorBox('Some reports were not imported', refused.map((r) => r.reason).join('\n\n'))
        else if (added.length === 0 && duplicates.length > 0) {
          await dialog.showMessageBox(currentWindow(), { message: 'Those reports are already on the desk.', type: 'info' })
        }
      } catch (error) {
        failed('Import failed')(error)
      }
    },
    exportBrief: async (format) => {
      try {
        // The view's report choice may name reports since removed, or of another story: those are left out.
        const known = new Set(store.data.reports.map((r) => r.id))
        const { reportIds, ...rest } = briefOptions
        const kept = reportIds?.filter((id) => known.has(id)) ?? []
        await handlers['brief:export']({ format, options: kept.length > 0 ? { ...rest, reportIds: kept } : rest })
        // The export is recorded as a brief version: the desk re-reads which verdicts changed since.
        notify('desk:changed')
      } catch (error) {
        failed('Export failed')(error)
      }
    },
    // The desk asks for the name (a menu cannot), then calls stories:new.
    newStory: async () => notify('desk:newStory'),
    // The desk asks for the URL and password (a menu cannot), then calls team:connect.
    connectTeam: async () => notify('desk:connectTeam'),
    openStory: async (path) => {
      try {
        const chosen = path ?? (await stories.choose())
        if (chosen === null) return
        await stories.open(chosen)
        notify('desk:changed')
      } catch (error) {
        failed('The story could not be opened')(error)
      }
    }
  }
  await stories.rememberCurrent().catch(() => installMenu(menu))

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

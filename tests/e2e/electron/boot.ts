/**
 * Boots the real, built main process (out/main/index.js) in this Node process,
 * with `electron` resolved to the stand-in (standIn.ts): main registers its
 * scheme, takes the single-instance lock, opens the store, registers its IPC
 * handlers and menus and opens its window, whose page is real Chromium running
 * the real renderer and preload. Each boot is a fresh main process (hooks.mjs).
 */
import { existsSync } from 'node:fs'
import { register } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ElectronStandIn, type StandInBrowserWindow, type StandInOptions } from './standIn'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const MAIN_ENTRY = join(ROOT, 'out/main/index.js')

const REGISTRY = Symbol.for('factdesk.electronStandIns')
type Registry = Map<string, ElectronStandIn>
let boots = 0
let hooked = false

export interface MainProcess {
  electron: ElectronStandIn
  /** The first window main opened, once its page has loaded; rejects if the app quits first. */
  mainWindow(): Promise<StandInBrowserWindow>
  /** Quits as the user's File › Quit does; resolves once main let the quit finish and its windows are gone. */
  quit(): Promise<void>
}

function registerHooks(): void {
  if (hooked) return
  register('./hooks.mjs', import.meta.url, {
    data: { outMain: pathToFileURL(join(ROOT, 'out/main/')).href, electronModule: new URL('./electronModule.mjs', import.meta.url).href }
  })
  hooked = true
}

export async function bootMain(options: StandInOptions): Promise<MainProcess> {
  if (!existsSync(MAIN_ENTRY)) throw new Error(`${MAIN_ENTRY} is missing: run "npm run build" first.`)
  registerHooks()
  const globals = globalThis as { [REGISTRY]?: Registry }
  const registry = (globals[REGISTRY] ??= new Map())
  const boot = `${process.pid}-${++boots}`
  const electron = new ElectronStandIn(options)
  registry.set(boot, electron)

  const shown = new Promise<StandInBrowserWindow>((done, fail) => {
    electron.app.on('browser-window-created', (_event, window: StandInBrowserWindow) => {
      if (electron.windows.length === 1) window.once('ready-to-show', () => done(window))
    })
    void electron.whenQuit().then(() => fail(new Error('The app quit before opening its window')))
  })
  shown.catch(() => undefined) // a test that expects the quit need not ask for the window

  await import(`${pathToFileURL(MAIN_ENTRY).href}?boot=${boot}`)
  electron.ready()

  return {
    electron,
    mainWindow: () => shown,
    async quit() {
      electron.app.quit()
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        electron.whenQuit(),
        new Promise((_, fail) => (timer = setTimeout(() => fail(new Error('Main held the quit for over 10 s')), 10_000)))
      ]).finally(() => clearTimeout(timer))
      await electron.shutDown()
      registry.delete(boot)
    }
  }
}

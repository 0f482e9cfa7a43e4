/**
 * The `desk` fixture: the real main process (out/main, booted against the
 * Electron stand-in in electron/), with its store in a temporary folder, its
 * window being the test's page in Chromium, running the real renderer and
 * preload. Every IPC call goes through the handlers main registered with ipcMain.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { StoreData } from '../../src/core/model'
import { STORE_FILE_NAME } from '../../src/core/store/files'
import { bootMain, ROOT, type MainProcess } from './electron/boot'
import type { StandInOptions } from './electron/standIn'

export interface DeskHarness {
  page: Page
  /** The app's user-data folder (the store and its backups) and its documents folder (exports). */
  dir: string
  storePath: string
  /** Quits the app and starts it again on the same store, in the same page: proves persistence. */
  reload(): Promise<void>
  /** The store file as it is on disk right now. */
  readStoreFile(): Promise<StoreData>
  /** Paths the desk asked to show in their folder (shell.showItemInFolder). */
  revealed: string[]
  /** The running main process; its `electron` records windows, menus, dialogs and what went to the shell. */
  readonly main: MainProcess
  /** Starts main again on the same folders (after main.quit()), with other options; does not wait for its window. */
  boot(options?: Partial<StandInOptions>): Promise<MainProcess>
  /** Page errors matching `pattern` are expected by this test (a CSP violation it provokes). */
  expectPageErrors(pattern: RegExp): void
}

/** Console messages that are not the desk's errors. */
const EXPECTED_CONSOLE = [
  // The CSP asks for frame-ancestors as the spec'd policy; in a <meta> Chromium only notes it's ignored.
  "'frame-ancestors' is ignored"
]

/** Waits for the desk to have loaded its claims and to listen for keys. */
export const deskReady = (page: Page) => page.locator('[data-claim]').first().waitFor({ timeout: 60_000 })

export const test = base.extend<{ desk: DeskHarness }>({
  desk: async ({ page, context, browser }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'))
    const storePath = join(dir, STORE_FILE_NAME)
    const revealed: string[] = []
    const errors: string[] = []
    const expected: RegExp[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error' && !EXPECTED_CONSOLE.some((text) => m.text().includes(text))) errors.push(m.text())
    })

    const boot = (options: Partial<StandInOptions> = {}) => bootMain({ browser, context, page, appPath: ROOT, userData: dir, documents: dir, revealed, ...options })
    const start = async (): Promise<MainProcess> => {
      const main = await boot()
      await main.mainWindow()
      await deskReady(page)
      return main
    }
    let main = await start()
    await use({
      page,
      dir,
      storePath,
      get main() {
        return main
      },
      async reload() {
        await main.quit()
        main = await start()
      },
      async boot(options) {
        main = await boot(options)
        return main
      },
      async readStoreFile() {
        return JSON.parse(await readFile(storePath, 'utf8')) as StoreData
      },
      expectPageErrors(pattern) {
        expected.push(pattern)
      },
      revealed
    })
    await main.quit()
    // CSP violations, uncaught errors and what Electron would have refused fail the test.
    expect(
      errors.filter((e) => !expected.some((p) => p.test(e))),
      'errors in the page'
    ).toEqual([])
    expect(main.electron.errors, 'errors in the Electron stand-in').toEqual([])
    await rm(dir, { recursive: true, force: true })
  }
})

export { expect }

/**
 * Two desks on one throwaway team database, for the team-desk end-to-end tests and screenshots: Ana on
 * the test's desk, Ben on a second main process and page, each connected through File › Connect to Team
 * Desk. And a way to make Ben's desk stale for certain: holding its live updates.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import type { IpcResult } from '../../src/shared/contract'
import { startCluster, type PgCluster } from '../team/pgCluster'
import { createEditors, EDITORS, seededDesk } from '../team/teamDesk'
import { bootMain, ROOT, type MainProcess } from './electron/boot'
import { deskReady, expect, type DeskHarness } from './harness'

/** File › Connect to Team Desk…, as the editor fills it in (`password` empty: the kept one). */
/** The URL as an editor is given it: role, host, port, database; the password is typed apart. */
export function editorUrl(cluster: PgCluster, role: keyof typeof EDITORS, db: string): string {
  const url = new URL(cluster.url(role, EDITORS[role], db))
  url.password = ''
  return url.toString()
}

export async function connect(page: Page, clickMenu: () => void, url: string, password: string): Promise<void> {
  clickMenu()
  const dialog = page.getByRole('dialog', { name: 'Connect to Team Desk' })
  await dialog.getByLabel('Connection URL').fill(url)
  await dialog.getByLabel('Password').fill(password)
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(dialog).toHaveCount(0, { timeout: 30_000 })
}

export interface TwoDesks {
  cluster: PgCluster
  db: string
  ana: Page
  ben: Page
  benMain: MainProcess
  /** The URL as an editor is given it: role, host, port, database; the password typed apart. */
  urlOf(role: keyof typeof EDITORS): string
  close(): Promise<void>
}

export async function twoTeamDesks(desk: DeskHarness, browser: Browser): Promise<TwoDesks> {
  const cluster = await startCluster()
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-e2e-'))
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  let benMain: MainProcess | null = null
  const close = async () => {
    await benMain?.quit()
    await context.close()
    cluster.destroy()
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await createEditors(cluster)
    const db = await seededDesk(cluster)
    const urlOf = (role: keyof typeof EDITORS) => editorUrl(cluster, role, db)
    await connect(desk.page, () => desk.main.electron.clickMenu('File', 'Connect to Team Desk…'), urlOf('ana'), EDITORS.ana)
    await expect(desk.page.getByTestId('team-status')).toContainText('as ana')
    const ben = await context.newPage()
    benMain = await bootMain({ browser, context, page: ben, appPath: ROOT, userData: dir, documents: dir, revealed: [] })
    await benMain.mainWindow()
    await deskReady(ben)
    const main = benMain
    await connect(ben, () => main.electron.clickMenu('File', 'Connect to Team Desk…'), urlOf('ben'), EDITORS.ben)
    await expect(ben.getByTestId('team-status')).toContainText('as ben')
    return { cluster, db, ana: desk.page, ben, benMain: main, urlOf, close }
  } catch (error) {
    await close()
    throw error
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown

/**
 * Holds a desk's live updates: its main process still hears the other editors' changes, but the desk's
 * re-reads (desk:load) wait, so what it shows is older than what is stored, for certain, not by a race.
 * The hold ends by itself once a review change is refused as stale (the desk then reads theirs to show
 * the conflict), or when released.
 */
export function holdLiveUpdates(main: MainProcess): { release(): void } {
  const handlers = main.electron.ipcHandlers as unknown as Map<string, Handler>
  const load = handlers.get('desk:load')!
  const originals = new Map(['review:set', 'review:bulk', 'review:evidence'].map((channel) => [channel, handlers.get(channel)!]))
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  const release = () => {
    open()
    handlers.set('desk:load', load)
    for (const [channel, handler] of originals) handlers.set(channel, handler)
  }
  handlers.set('desk:load', async (event, ...args) => {
    await gate
    return load(event, ...args)
  })
  for (const [channel, handler] of originals) {
    handlers.set(channel, async (event, ...args) => {
      const result = (await handler(event, ...args)) as IpcResult<unknown>
      if (!result.ok && result.error.code === 'conflict') release()
      return result
    })
  }
  return { release }
}

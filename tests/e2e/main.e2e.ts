/**
 * What the real main process sets up, seen from its window and from the
 * Electron stand-in it ran against: the window's locks, the app scheme and its
 * CSP, navigation and new windows refused, IPC only from the app's own page,
 * the store's start-up (first run, damaged store, a second instance), the
 * menus and the event that tells the desk to reload.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { APP_INDEX_URL, APP_SCHEME } from '../../src/main/appProtocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/contentSecurityPolicy'
import { claimRows, row } from './deskPage'
import { ROOT } from './electron/boot'
import { deskReady, expect, test } from './harness'

const SEEDS = ['000_96f84a8b6cd11933.txt', '001_a118197baa28df96.txt', '002_c5c7fe9300333a23.txt', '003_7a3bfe3a68cac043.txt', '004_dcbdbf830143118b.txt']

test('the window is sandboxed, isolated, without Node, with a preload from out/, on the app scheme', async ({ desk }) => {
  const { electron } = desk.main
  expect(electron.windows).toHaveLength(1)
  const [window] = electron.windows
  const prefs = window!.options.webPreferences!
  expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false })
  expect(prefs.nodeIntegrationInSubFrames).toBeFalsy()
  expect(prefs.preload).toBe(join(ROOT, 'out/preload/index.cjs'))
  expect(existsSync(prefs.preload!)).toBe(true)
  // The preload ran: window.api is what it exposes, and nothing of Node is in the page.
  expect(await desk.page.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api).sort())).toEqual(['invoke', 'on'])
  expect(await desk.page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')

  // The scheme was made privileged before 'ready', and the page came from it, not from file://.
  expect(electron.privilegedSchemes).toEqual([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  expect(window!.webContents.getURL()).toBe(APP_INDEX_URL)
  expect(window!.isVisible()).toBe(true)
})

test('every renderer response carries the CSP, and the page enforces it', async ({ desk }) => {
  const { page } = desk
  const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'))
  expect(csp).toBe(CONTENT_SECURITY_POLICY)
  // An inline script (what an injected report would try) does not run.
  desk.expectPageErrors(/violates the following Content Security Policy directive 'script-src 'self''/)
  desk.expectPageErrors(/status of 404/)
  const ran = await page.evaluate(async () => {
    const doc = (globalThis as unknown as { document: { createElement(t: string): { textContent: string }; body: { append(e: unknown): void } } }).document
    const script = doc.createElement('script')
    script.textContent = 'globalThis.injected = true'
    doc.body.append(script)
    await new Promise((done) => setTimeout(done, 100))
    return (globalThis as { injected?: boolean }).injected ?? false
  })
  expect(ran).toBe(false)
  // Nothing outside out/renderer is served through the scheme.
  expect(await page.evaluate(async () => (await fetch('/../../package.json')).status)).toBe(404)
})

test('navigation away and new windows are refused; a web link opens in the browser instead', async ({ desk }) => {
  const { page } = desk
  const { electron } = desk.main
  const appUrl = page.url()
  await page.evaluate(() => void ((globalThis as unknown as { location: { href: string } }).location.href = 'https://evil.example/phish'))
  await page.waitForTimeout(300)
  expect(page.url()).toBe(appUrl)
  await expect(claimRows(page).first()).toBeVisible()

  const open = (url: string) => page.evaluate((u) => void (globalThis as unknown as { open(u: string): unknown }).open(u), url)
  await open('https://www.nato.int/cps/en/natohq/opinions_192408.htm')
  await open('https://user:secret@evil.example/')
  await expect.poll(() => electron.windows[0]!.webContents.openedWindows.map((w) => w.action)).toEqual(['deny', 'deny'])
  expect(electron.openedExternally).toEqual(['https://www.nato.int/cps/en/natohq/opinions_192408.htm'])
  expect(page.context().pages()).toEqual([page])
})

test('IPC answers the app’s own page only', async ({ desk }) => {
  const { electron } = desk.main
  const contents = electron.windows[0]!.webContents
  const fromApp = await electron.invoke(contents, desk.page.url(), 'desk:load', [{}])
  expect(fromApp).toMatchObject({ ok: true })
  for (const url of ['https://evil.example/', `${APP_SCHEME}://brief-1/brief.html`, 'file:///tmp/index.html', '']) {
    expect(await electron.invoke(contents, url, 'desk:load', [{}]), url).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  }
  // A channel outside the contract has no handler at all.
  await expect(electron.invoke(contents, desk.page.url(), 'fs:read', [{}])).rejects.toThrow(/No handler registered/)
})

test('the session grants no permission', async ({ desk }) => {
  const { electron } = desk.main
  for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal']) {
    expect(await electron.permissionRequest(permission), permission).toBe(false)
    expect(electron.permissionCheck(permission, 'factdesk://app'), permission).toBe(false)
  }
})

test('first run: a new store in the user-data folder, filled with the bundled reports', async ({ desk }) => {
  const data = await desk.readStoreFile()
  expect(data.reports.map((r) => r.file).sort()).toEqual(SEEDS)
  expect(data.claims.length).toBeGreaterThan(50)
  await expect(desk.page.getByRole('navigation', { name: 'Reports' }).locator('[data-report]')).toHaveCount(5)
  expect(desk.main.electron.dialogs).toEqual([])
})

test('a damaged store is never overwritten: the app names it, quits or restores the newest good backup', async ({ desk }) => {
  const { page, storePath } = desk
  // One verdict, so that the store has been written and backed up.
  await page.keyboard.press('j')
  await page.keyboard.press('1')
  await expect.poll(async () => Object.keys((await desk.readStoreFile()).reviews).length).toBe(1)
  await desk.main.quit()
  const damaged = (await readFile(storePath, 'utf8')).slice(0, 300)
  await writeFile(storePath, damaged)

  // Quit at the dialog: the app closes, the file is as it was.
  let main = await desk.boot({ dialogs: { messageBox: (options) => options.cancelId ?? 1 } })
  await expect(main.mainWindow()).rejects.toThrow(/quit/)
  const [question] = main.electron.dialogs
  expect(question).toMatchObject({ kind: 'messageBox', options: { title: 'The store is damaged', buttons: ['Restore Newest Backup', 'Quit'] } })
  expect(question?.kind === 'messageBox' && question.options.detail).toContain(storePath)
  expect(await readFile(storePath, 'utf8')).toBe(damaged)

  // Restore: the desk opens on the backup; the damaged file is kept beside it.
  main = await desk.boot({ dialogs: { messageBox: () => 0 } })
  await main.mainWindow()
  await deskReady(page)
  expect(main.electron.dialogs.map((d) => d.kind === 'messageBox' && (d.options.title ?? d.options.message))).toEqual(['The store is damaged', 'The store was restored.'])
  expect((await desk.readStoreFile()).reports).toHaveLength(5)
  const kept = (await readdir(dirname(storePath))).filter((name) => name.startsWith('factdesk.json.damaged-'))
  expect(kept).toHaveLength(1)
  expect(await readFile(join(dirname(storePath), kept[0]!), 'utf8')).toBe(damaged)
})

test('a second instance quits at once, without opening a window or the store', async ({ desk }) => {
  await desk.main.quit()
  const before = await readFile(desk.storePath, 'utf8')
  const second = await desk.boot({ singleInstanceLock: false })
  await expect(second.mainWindow()).rejects.toThrow(/quit/)
  expect(second.electron.windows).toEqual([])
  expect(second.electron.ipcHandlers.size).toBe(0)
  expect(await readFile(desk.storePath, 'utf8')).toBe(before)
  expect(existsSync(`${desk.storePath}.lock`)).toBe(false)
})

test('the running instance comes forward when a second one starts', async ({ desk }) => {
  const [window] = desk.main.electron.windows
  window!.minimize()
  window!.focused = false
  desk.main.electron.app.emit('second-instance', {}, [], ROOT)
  expect(window!.isMinimized()).toBe(false)
  expect(window!.focused).toBe(true)
})

test('File › Import Reports… adds the picked files and the desk shows them (desk:changed)', async ({ desk }) => {
  const { page, dir } = desk
  const { electron } = desk.main
  const file = join(dir, 'vilnius-wire.txt')
  await writeFile(file, 'Officials in Vilnius said on Tuesday that 4,000 troops had left the border region overnight, according to a statement.')
  electron.answerDialogs({ open: () => [file] })
  electron.clickMenu('File', 'Import Reports…')
  const reports = page.getByRole('navigation', { name: 'Reports' }).locator('[data-report]')
  // The import starts a worker (from the TypeScript sources, through tsx): on a busy machine that takes more than 5 s.
  await expect(reports).toHaveCount(6, { timeout: 30_000 })
  expect((await desk.readStoreFile()).reports.map((r) => r.file)).toContain('vilnius-wire.txt')
  expect(electron.dialogs[0]).toMatchObject({ kind: 'open', options: { properties: ['openFile', 'multiSelections'] } })

  // The same file again: nothing added, and the app says so.
  electron.clickMenu('File', 'Import Reports…')
  await expect.poll(() => electron.dialogs.filter((d) => d.kind === 'messageBox').length).toBe(1)
  expect(electron.dialogs.at(-1)).toMatchObject({ options: { message: 'Those reports are already on the desk.' } })
  await expect(reports).toHaveCount(6)
})

test('File › Export Brief writes the brief where the save dialog says, records it, and the desk marks later changes', async ({ desk }) => {
  const { page } = desk
  const { electron } = desk.main
  const data = await desk.readStoreFile()
  const claim = data.claims[0]!
  await row(page, claim.id).click()
  await page.keyboard.press('2')
  await expect.poll(async () => (await desk.readStoreFile()).reviews[claim.id]?.verdict).toBe('disputed')

  // The menu exports the brief as the Brief view shows it: its scope and the editor's own words.
  await page.getByRole('button', { name: 'Brief', exact: true }).click()
  await page.getByLabel('Title').fill('Menu brief')
  await expect(page.getByTestId('brief').getByRole('heading', { level: 1 })).toHaveText('Menu brief')
  await page.getByRole('button', { name: 'Desk', exact: true }).click()

  electron.clickMenu('File', 'Export Brief', 'Markdown…')
  await expect.poll(async () => (await desk.readStoreFile()).briefVersions.length).toBe(1)
  expect((await desk.readStoreFile()).briefVersions[0]).toMatchObject({ title: 'Menu brief', scope: 'reviewed', editorText: { title: 'Menu brief' } })
  const save = electron.dialogs.find((d) => d.kind === 'save')
  expect(save?.kind === 'save' && save.options.defaultPath).toMatch(new RegExp(`^${desk.dir}/factdesk-brief-\\d{4}-\\d{2}-\\d{2}\\.md$`))
  const written = save?.kind === 'save' ? save.options.defaultPath! : ''
  expect(await readFile(written, 'utf8')).toContain(claim.text.slice(0, 40))

  // desk:changed made the desk re-read the brief versions: a verdict changed now is marked.
  await row(page, claim.id).click()
  await page.keyboard.press('1')
  await expect(row(page, claim.id)).toContainText('changed since last brief')
})

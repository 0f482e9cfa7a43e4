/**
 * A stand-in for the `electron` module, so the real main process (the built
 * out/main/index.js) runs under Node in the tests. It replaces Electron's
 * transport and windowing, nothing else:
 *
 * - windowing: a BrowserWindow is a Playwright page in real Chromium, a session
 *   is a browser context. Every request of a session's pages goes through that
 *   session: its `protocol.handle` handlers answer their schemes, its
 *   `webRequest` listeners see and may cancel or rewrite them, and nothing else
 *   reaches a network. A renderer-started navigation asks `will-navigate` first,
 *   a new window asks the window-open handler. A handled scheme's URL
 *   (factdesk://app/x) is shown to Chromium as https://app.factdesk.electron-stand-in.test/x,
 *   which Chromium treats as a secure origin as Electron treats a privileged scheme;
 *   main only ever sees the scheme's own URLs.
 * - transport: the window's real preload script (webPreferences.preload) runs
 *   in the page, where `require('electron')` gives it contextBridge and
 *   ipcRenderer; ipcRenderer.invoke reaches the handlers main gave
 *   ipcMain.handle through a Playwright binding, with the sending frame's URL,
 *   and webContents.send reaches ipcRenderer.on's listeners.
 *
 * Main's own code runs as is: store start-up, IPC handlers, security policies,
 * menus, and the calls it makes to dialogs (answered by `DialogAnswers`) and the
 * shell (recorded). What a stand-in cannot give: the preload shares the page's
 * world (Chromium has no contextBridge), and the sandbox and node integration
 * are recorded from webPreferences rather than enforced by a renderer process.
 *
 * Each piece is typed against Electron's own declarations (electron.d.ts) for
 * the members it implements.
 */
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { Browser, BrowserContext, Disposable, Page, Request as PlaywrightRequest, Route } from '@playwright/test'
import type Electron from 'electron'

/** Where a handled scheme's URLs live for Chromium: https://HOST.SCHEME.<this>/PATH. */
const STAND_IN_DOMAIN = 'electron-stand-in.test'

export interface DialogAnswers {
  /** The path "chosen" in a save dialog; null cancels. Default: the suggested path. */
  save?: (options: Electron.SaveDialogOptions) => string | null
  /** The files "chosen" in an open dialog; null cancels. Default: cancel. */
  open?: (options: Electron.OpenDialogOptions) => string[] | null
  /** The button "clicked" in a message box. Default: its default button. */
  messageBox?: (options: Electron.MessageBoxOptions) => number
}

export type DialogRecord =
  | { kind: 'save'; options: Electron.SaveDialogOptions }
  | { kind: 'open'; options: Electron.OpenDialogOptions }
  | { kind: 'messageBox'; options: Electron.MessageBoxOptions; response: number }
  | { kind: 'error'; title: string; content: string }

export interface StandInOptions {
  /** The browser that windows open in, and the context that is the default session. */
  browser: Browser
  context: BrowserContext
  /** The first window of the default session uses this page (the test's page) instead of a new one. */
  page?: Page
  /** app.getAppPath(): the folder with package.json. */
  appPath: string
  /** app.getPath('userData') and app.getPath('documents'). */
  userData: string
  documents: string
  /** What requestSingleInstanceLock answers: false as if another instance were running. */
  singleInstanceLock?: boolean
  dialogs?: DialogAnswers
  /** Where shell.showItemInFolder records paths (a caller's array, so it outlives one boot). */
  revealed?: string[]
}

type BeforeRequestListener = (details: Electron.OnBeforeRequestListenerDetails, callback: (response: Electron.CallbackResponse) => void) => void
type HeadersReceivedListener = (details: Electron.OnHeadersReceivedListenerDetails, callback: (response: Electron.HeadersReceivedResponse) => void) => void

/** An Electron event that a listener may cancel. */
function preventable(extra: object = {}): { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    }
  }
  return event
}

/** Electron's URL match patterns (`http://*\/*`): `*` matches anything. */
function matchesPattern(pattern: string, url: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`
  )
  return regex.test(url)
}

export class StandInSession {
  readonly protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>()
  beforeRequest: { filter: Electron.WebRequestFilter; listener: BeforeRequestListener } | null = null
  headersReceived: HeadersReceivedListener | null = null
  permissionRequestHandler: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null
  permissionCheckHandler: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null
  private contextPromise: Promise<BrowserContext> | null = null
  private routed: BrowserContext | null = null
  private closed = false
  /** URLs of new windows' first navigations, in the order they were asked for. */
  private readonly newWindowUrls: string[] = []
  private readonly pageHandler = (page: Page): void => void this.newWindow(page)
  private readonly routeHandler = async (route: Route, request: PlaywrightRequest): Promise<void> => {
    try {
      await this.route(route, request)
    } catch (error) {
      // A page that went away (its window destroyed, the app quit) while its request was answered.
      if (!this.closed && !/already handled|closed|detached/i.test((error as Error).message)) throw error
    }
  }

  constructor(
    private readonly electron: ElectronStandIn,
    readonly partition: string,
    private readonly ownContext: BrowserContext | null
  ) {}

  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>): void => {
      if (!this.electron.isReady) throw new Error('protocol.handle() must be called after the app is ready')
      if (this.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
      this.protocolHandlers.set(scheme, handler)
    },
    unhandle: (scheme: string): void => void this.protocolHandlers.delete(scheme),
    isProtocolHandled: (scheme: string): boolean => this.protocolHandlers.has(scheme)
  } satisfies Pick<Electron.Protocol, 'handle' | 'unhandle' | 'isProtocolHandled'>

  readonly webRequest = {
    onBeforeRequest: (...args: unknown[]): void => {
      const [filter, listener] = (args.length === 1 ? [{ urls: ['<all_urls>'] }, args[0]] : args) as [Electron.WebRequestFilter, BeforeRequestListener | null]
      this.beforeRequest = listener ? { filter, listener } : null
    },
    onHeadersReceived: (...args: unknown[]): void => {
      this.headersReceived = (args.length === 1 ? args[0] : args[1]) as StandInSession['headersReceived']
    }
  } satisfies Pick<Electron.WebRequest, 'onBeforeRequest' | 'onHeadersReceived'>

  setPermissionRequestHandler(handler: StandInSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: StandInSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }

  /** The browser context behind this session, created (and routed through here) on first use. */
  context(options: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
    this.contextPromise ??= (async () => {
      const context = this.ownContext ?? (await this.electron.options.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled }))
      if (!this.ownContext) this.electron.createdContexts.push(context)
      await context.route('**/*', this.routeHandler)
      context.on('page', this.pageHandler)
      this.routed = context
      return context
    })()
    return this.contextPromise
  }

  /** A page main did not make appeared in this session: a window the renderer opened. Electron asks the opener's handler first. */
  private async newWindow(page: Page): Promise<void> {
    // Only a page with an opener: the stand-in's own pages (context.newPage) have none.
    const opener = this.electron.contentsOf(await page.opener())
    if (!opener) return
    await page.close().catch(() => undefined)
    opener.windowOpened(this.newWindowUrls.shift() ?? page.url())
  }

  async close(): Promise<void> {
    this.closed = true
    this.routed?.off('page', this.pageHandler)
    await this.routed?.unroute('**/*', this.routeHandler).catch(() => undefined)
  }

  /** A handled scheme's URL as Chromium loads it; any other URL as it is. */
  toChromium(url: string): string {
    const parsed = new URL(url)
    const scheme = parsed.protocol.slice(0, -1)
    if (!this.protocolHandlers.has(scheme)) return url
    return `https://${parsed.host}.${scheme}.${STAND_IN_DOMAIN}${parsed.pathname}${parsed.search}${parsed.hash}`
  }

  /** The URL main sees for one that Chromium loaded. */
  static fromChromium(url: string): string {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return url
    }
    if (parsed.protocol !== 'https:' || !parsed.hostname.endsWith(`.${STAND_IN_DOMAIN}`)) return url
    const [host, scheme] = parsed.hostname.slice(0, -STAND_IN_DOMAIN.length - 1).split('.') as [string, string]
    return `${scheme}://${host}${parsed.pathname}${parsed.search}${parsed.hash}`
  }

  /** Every request of this session's pages: navigation checks, webRequest, then a protocol handler or nothing. */
  private async route(route: Route, request: PlaywrightRequest): Promise<void> {
    const url = StandInSession.fromChromium(request.url())
    let page: Page
    try {
      page = request.frame().page()
    } catch {
      // A navigation with no frame yet: a new window the renderer opened. Its page (newWindow) asks the handler.
      // Chromium reports the page only once it shows something: an empty document, closed at once.
      this.newWindowUrls.push(url)
      return route.fulfill({ status: 200, contentType: 'text/html', body: '' })
    }
    const contents = this.electron.contentsOf(page)
    if (!contents) return route.abort('blockedbyclient')
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !contents.expectsNavigation(request.url())) {
      const event = preventable({ url })
      contents.emit(request.redirectedFrom() ? 'will-redirect' : 'will-navigate', event, url)
      // Prevented, the page stays as it is: a navigation answered with 204 No Content commits nothing.
      if (event.defaultPrevented) return route.fulfill({ status: 204 })
    }
    if (this.beforeRequest && this.beforeRequest.filter.urls.some((pattern) => pattern === '<all_urls>' || matchesPattern(pattern, url))) {
      const listener = this.beforeRequest.listener
      const { cancel } = await new Promise<Electron.CallbackResponse>((done) =>
        listener({ url, method: request.method(), resourceType: request.resourceType() } as Electron.OnBeforeRequestListenerDetails, done)
      )
      if (cancel) return route.abort('blockedbyclient')
    }
    const scheme = new URL(url).protocol.slice(0, -1)
    const handler = this.protocolHandlers.get(scheme)
    // Nothing but the session's own schemes: no network in the tests.
    if (!handler) return route.abort('internetdisconnected')
    const body = request.postDataBuffer()
    const response = await handler(new Request(url, { method: request.method(), headers: await request.allHeaders(), ...(body ? { body } : {}) }))
    let headers: Record<string, string[]> = {}
    response.headers.forEach((value, name) => (headers[name] = [value]))
    if (this.headersReceived) {
      const listener = this.headersReceived
      const answer = await new Promise<Electron.HeadersReceivedResponse>((done) =>
        listener({ url, method: request.method(), statusCode: response.status, responseHeaders: headers } as Electron.OnHeadersReceivedListenerDetails, done)
      )
      if (answer.cancel) return route.abort('blockedbyclient')
      headers = (answer.responseHeaders as Record<string, string[]> | undefined) ?? headers
    }
    const flat: Record<string, string> = {}
    for (const [name, values] of Object.entries(headers)) flat[name.toLowerCase()] = values.join(', ')
    await route.fulfill({ status: response.status, headers: flat, body: Buffer.from(await response.arrayBuffer()) })
  }
}

export class StandInWebContents extends EventEmitter {
  page: Page | null = null
  destroyed = false
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null
  /** URLs the window-open handler was asked about, with its answer. */
  readonly openedWindows: { url: string; action: string }[] = []
  private pending: string | null = null
  private readonly disposables: Disposable[] = []

  constructor(
    readonly electron: ElectronStandIn,
    readonly id: number,
    readonly session: StandInSession,
    readonly webPreferences: Electron.WebPreferences
  ) {
    super()
  }

  /** Binds this webContents to a page, with the preload and the IPC binding; resolves once they are in place. */
  async attach(page: Page): Promise<void> {
    this.page = page
    this.disposables.push(
      await page.exposeBinding('__electronStandInInvoke', (source, channel: string, args: unknown[]) => this.electron.invoke(this, source.frame.url(), channel, args))
    )
    const preload = this.webPreferences.preload
    if (preload) {
      if (!existsSync(preload)) {
        // As Electron does: the page loads without it, and says so.
        this.electron.errors.push(`Unable to load preload script: ${preload}`)
        this.emit('preload-error', preventable(), preload, new Error(`ENOENT: ${preload}`))
      } else {
        this.disposables.push(await page.addInitScript({ content: preloadScript(readFileSync(preload, 'utf8')) }))
      }
    }
  }

  /** Whether a main-frame navigation to `chromiumUrl` is the one loadURL asked for (not renderer-started). */
  expectsNavigation(chromiumUrl: string): boolean {
    if (this.pending === null || new URL(chromiumUrl).href.split('#')[0] !== new URL(this.pending).href.split('#')[0]) return false
    this.pending = null
    return true
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.ready()
    const target = this.session.toChromium(url)
    this.pending = target
    await page.goto(target, { waitUntil: 'load' })
    this.emit('did-finish-load', preventable())
  }

  getURL(): string {
    return this.page ? StandInSession.fromChromium(this.page.url()) : ''
  }

  send(channel: string, ...args: unknown[]): void {
    const page = this.page
    if (!page || this.destroyed) return
    void page
      .evaluate(([c, a]) => (globalThis as unknown as { __electronStandInEmit?: (c: string, a: unknown[]) => void }).__electronStandInEmit?.(c, a), [
        channel,
        args
      ] as const)
      .catch(() => undefined)
  }

  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler
  }

  /** The renderer opened a window at `url`: the handler decides; the stand-in supports only "deny". */
  windowOpened(url: string): void {
    const answer = this.windowOpenHandler?.({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
      postBody: undefined
    }) ?? { action: 'allow' as const }
    this.openedWindows.push({ url, action: answer.action })
    if (answer.action !== 'deny') this.electron.errors.push(`A new window was allowed for ${url}: the stand-in cannot open it`)
  }

  async printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    const page = await this.ready()
    const inches = (n: number | undefined) => (n === undefined ? undefined : `${n}in`)
    const pdf = await page.pdf({
      ...(typeof options.pageSize === 'string' ? { format: options.pageSize } : {}),
      ...(options.printBackground !== undefined ? { printBackground: options.printBackground } : {}),
      ...(options.displayHeaderFooter !== undefined ? { displayHeaderFooter: options.displayHeaderFooter } : {}),
      ...(options.headerTemplate !== undefined ? { headerTemplate: options.headerTemplate } : {}),
      ...(options.footerTemplate !== undefined ? { footerTemplate: options.footerTemplate } : {}),
      ...(options.landscape !== undefined ? { landscape: options.landscape } : {}),
      ...(options.margins
        ? {
            margin: { top: inches(options.margins.top), bottom: inches(options.margins.bottom), left: inches(options.margins.left), right: inches(options.margins.right) }
          }
        : {})
    })
    return pdf
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** The page, once attach() has run (BrowserWindow's constructor starts it). */
  ready(): Promise<Page> {
    return this.electron.pageOf(this)
  }

  private detached: Promise<void> | null = null

  /** The window is gone: its page shows nothing any more (the test's page) or closes, and its preload and binding go. */
  detach(): Promise<void> {
    this.destroyed = true
    this.detached ??= (async () => {
      const page = await this.electron.pageOf(this).catch(() => null)
      if (page && page === this.electron.options.page) await page.goto('about:blank').catch(() => undefined)
      else await page?.close().catch(() => undefined)
      for (const disposable of this.disposables.splice(0)) await disposable.dispose().catch(() => undefined)
    })()
    return this.detached
  }
}

/** The real preload, run as Electron runs a sandboxed one: CommonJS with `require('electron')` only. */
function preloadScript(source: string): string {
  return `(() => {
  if (window !== window.top) return
  const listeners = new Map()
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__electronStandInInvoke(channel, args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel).add(listener)
      return ipcRenderer
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener)
      return ipcRenderer
    }
  }
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true })
    }
  }
  Object.defineProperty(window, '__electronStandInEmit', {
    value: (channel, args) => { for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args) }
  })
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer }
    throw new Error('A sandboxed preload cannot require ' + name)
  }
  const module = { exports: {} }
  ;(function (require, module, exports) {
${source}
  })(require, module, module.exports)
})()`
}

export class ElectronStandIn {
  readonly sessions = new Map<string, StandInSession>()
  readonly defaultSession: StandInSession
  readonly windows: StandInBrowserWindow[] = []
  readonly ipcHandlers = new Map<string, (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown>()
  readonly privilegedSchemes: Electron.CustomScheme[] = []
  readonly dialogs: DialogRecord[] = []
  readonly openedExternally: string[] = []
  readonly revealed: string[]
  /** What Electron would print to the console or refuse: a missing preload, a window that could not open. */
  readonly errors: string[] = []
  applicationMenu: StandInMenu | null = null
  /** How dialogs are answered from now on (answerDialogs changes it). */
  dialogAnswers: DialogAnswers
  readonly createdContexts: BrowserContext[] = []
  isReady = false
  quitting = false
  hasQuit = false
  private nextContentsId = 1
  private readonly pages = new Map<StandInWebContents, Promise<Page>>()
  private readonly owners = new Map<Page, StandInWebContents>()
  private readyCallbacks: (() => void)[] = []
  private readonly quitCallbacks: (() => void)[] = []
  private firstPage: Page | undefined

  readonly app: StandInApp
  /** This app's BrowserWindow class: `getAllWindows` lists this app's windows only. */
  readonly BrowserWindow: typeof StandInBrowserWindow

  constructor(readonly options: StandInOptions) {
    this.revealed = options.revealed ?? []
    this.dialogAnswers = { ...options.dialogs }
    this.firstPage = options.page
    this.defaultSession = new StandInSession(this, '', options.context)
    this.sessions.set('', this.defaultSession)
    this.app = new StandInApp(this)
    this.BrowserWindow = browserWindowClassFor(this)
  }

  /** What `import … from 'electron'` gives the main process. */
  get module(): ElectronModule {
    return {
      app: this.app,
      BrowserWindow: this.BrowserWindow,
      ipcMain: {
        handle: (channel: string, listener: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown) => {
          if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
          this.ipcHandlers.set(channel, listener)
        },
        removeHandler: (channel: string) => void this.ipcHandlers.delete(channel)
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: Electron.CustomScheme[]) => {
          if (this.isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
          this.privilegedSchemes.push(...schemes)
        },
        handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => this.defaultSession.protocol.handle(scheme, handler),
        unhandle: (scheme: string) => this.defaultSession.protocol.unhandle(scheme),
        isProtocolHandled: (scheme: string) => this.defaultSession.protocol.isProtocolHandled(scheme)
      },
      session: {
        defaultSession: this.defaultSession as unknown as Electron.Session,
        fromPartition: (partition: string) => this.sessionFor(partition) as unknown as Electron.Session
      },
      dialog: {
        showSaveDialog: async (...args: unknown[]) => {
          const options = args.at(-1) as Electron.SaveDialogOptions
          this.dialogs.push({ kind: 'save', options })
          const path = this.dialogAnswers.save ? this.dialogAnswers.save(options) : (options.defaultPath ?? null)
          return path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path }
        },
        showOpenDialog: async (...args: unknown[]) => {
          const options = args.at(-1) as Electron.OpenDialogOptions
          this.dialogs.push({ kind: 'open', options })
          const paths = this.dialogAnswers.open?.(options) ?? null
          return paths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: paths }
        },
        showMessageBox: async (...args: unknown[]) => {
          const options = args.at(-1) as Electron.MessageBoxOptions
          const response = this.dialogAnswers.messageBox?.(options) ?? options.defaultId ?? 0
          this.dialogs.push({ kind: 'messageBox', options, response })
          return { response, checkboxChecked: false }
        },
        showErrorBox: (title: string, content: string) => void this.dialogs.push({ kind: 'error', title, content })
      },
      safeStorage: standInSafeStorage,
      Menu: {
        buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => new StandInMenu(template),
        setApplicationMenu: (menu: StandInMenu | null) => void (this.applicationMenu = menu)
      },
      shell: {
        showItemInFolder: (path: string) => void this.revealed.push(path),
        openExternal: async (url: string) => void this.openedExternally.push(url)
      }
    }
  }

  sessionFor(partition: string): StandInSession {
    let session = this.sessions.get(partition)
    if (!session) {
      session = new StandInSession(this, partition, null)
      this.sessions.set(partition, session)
    }
    return session
  }

  /** Opens a BrowserWindow's page: the test's page for the first default-session window, else a new one. */
  openPage(contents: StandInWebContents): Promise<Page> {
    const page = (async () => {
      const context = await contents.session.context({ javaScriptEnabled: contents.webPreferences.javascript !== false })
      let page: Page
      if (contents.session === this.defaultSession && this.firstPage) {
        page = this.firstPage
        this.firstPage = undefined
      } else {
        page = await context.newPage()
      }
      this.owners.set(page, contents)
      await contents.attach(page)
      return page
    })()
    this.pages.set(contents, page)
    return page
  }

  pageOf(contents: StandInWebContents): Promise<Page> {
    return this.pages.get(contents) ?? Promise.reject(new Error('This webContents has no page'))
  }

  contentsOf(page: Page | null): StandInWebContents | null {
    return (page && this.owners.get(page)) ?? null
  }

  newContentsId(): number {
    return this.nextContentsId++
  }

  /** ipcRenderer.invoke arriving from a frame at `frameUrl` (as Chromium sees it). */
  async invoke(sender: StandInWebContents, frameUrl: string, channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel)
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`)
    const event = { sender, senderFrame: { url: StandInSession.fromChromium(frameUrl) }, frameId: 1, processId: 1, type: 'frame' }
    return handler(event as unknown as Electron.IpcMainInvokeEvent, ...args)
  }

  /** Electron's 'ready': the boot calls it once main's module has run. */
  ready(): void {
    if (this.hasQuit || this.quitting) return
    this.isReady = true
    for (const callback of this.readyCallbacks.splice(0)) callback()
    this.app.emit('ready', preventable(), {})
  }

  whenReady(): Promise<void> {
    if (this.isReady) return Promise.resolve()
    return new Promise((done) => this.readyCallbacks.push(done))
  }

  /** Resolves once the app has quit (app.quit() ran through 'will-quit' without being held). */
  whenQuit(): Promise<void> {
    if (this.hasQuit) return Promise.resolve()
    return new Promise((done) => this.quitCallbacks.push(done))
  }

  quit(): void {
    if (this.hasQuit) return
    const beforeQuit = preventable()
    this.app.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    this.quitting = true
    for (const window of [...this.windows]) window.destroy()
    const willQuit = preventable()
    this.app.emit('will-quit', willQuit)
    // Main may hold the quit to finish something (releasing the store's lock), then quit again.
    if (willQuit.defaultPrevented) return
    this.hasQuit = true
    this.app.emit('quit', preventable(), 0)
    for (const callback of this.quitCallbacks.splice(0)) callback()
  }

  forgetWindow(window: StandInBrowserWindow): void {
    const at = this.windows.indexOf(window)
    if (at >= 0) this.windows.splice(at, 1)
  }

  /** Closes what the stand-in opened (not the test's page) and takes its routes and bindings away. */
  async shutDown(): Promise<void> {
    for (const window of [...this.windows]) window.destroy()
    await Promise.all([...this.owners.values()].map((contents) => contents.detach()))
    this.owners.clear()
    for (const session of this.sessions.values()) await session.close()
    for (const context of this.createdContexts.splice(0)) await context.close().catch(() => undefined)
  }

  /** The user's next answers to dialogs, for the dialogs named. */
  answerDialogs(answers: DialogAnswers): void {
    Object.assign(this.dialogAnswers, answers)
  }

  /** Clicks a menu item of the application menu by its labels, as the user would: File › Import Reports…. */
  clickMenu(...labels: string[]): void {
    let items = this.applicationMenu?.template ?? []
    let item: Electron.MenuItemConstructorOptions | undefined
    for (const label of labels) {
      item = items.find((candidate) => candidate.label === label)
      if (!item) throw new Error(`No menu item "${label}" in ${labels.join(' › ')}`)
      items = Array.isArray(item.submenu) ? item.submenu : []
    }
    if (!item?.click) throw new Error(`Menu item ${labels.join(' › ')} does nothing`)
    item.click(item as unknown as Electron.MenuItem, this.windows[0] as unknown as Electron.BaseWindow, {})
  }

  /** What the session's permission handlers answer for `permission` (they are all Chromium would ask). */
  async permissionRequest(permission: string): Promise<boolean> {
    const handler = this.defaultSession.permissionRequestHandler
    if (!handler) return true
    return new Promise((done) => handler(this.windows[0]?.webContents as unknown as Electron.WebContents, permission as never, done, {} as never))
  }

  permissionCheck(permission: string, origin: string): boolean {
    return this.defaultSession.permissionCheckHandler?.(null, permission as never, origin, {} as never) ?? true
  }
}

export class StandInApp extends EventEmitter {
  constructor(private readonly electron: ElectronStandIn) {
    super()
  }

  readonly isPackaged = false

  getAppPath(): string {
    return this.electron.options.appPath
  }

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    if (name === 'userData') return this.electron.options.userData
    if (name === 'documents') return this.electron.options.documents
    if (name === 'temp') return tmpdir()
    throw new Error(`The stand-in has no path for "${name}"`)
  }

  requestSingleInstanceLock(): boolean {
    return this.electron.options.singleInstanceLock ?? true
  }

  whenReady(): Promise<void> {
    return this.electron.whenReady()
  }

  isReady(): boolean {
    return this.electron.isReady
  }

  quit(): void {
    this.electron.quit()
  }
}

// The members main uses, checked against Electron's App (EventEmitter supplies on/once/emit).
void (null as unknown as StandInApp satisfies Pick<
  Electron.App,
  'getAppPath' | 'getPath' | 'requestSingleInstanceLock' | 'whenReady' | 'isReady' | 'quit' | 'isPackaged'
>)

export class StandInMenu {
  constructor(readonly template: Electron.MenuItemConstructorOptions[]) {}
}

export class StandInBrowserWindow extends EventEmitter {
  /** The app this class belongs to: each stand-in has its own subclass (see ElectronStandIn.BrowserWindow). */
  static readonly electron: ElectronStandIn | null = null

  static getAllWindows(): StandInBrowserWindow[] {
    return [...(this.electron?.windows ?? [])]
  }

  readonly webContents: StandInWebContents
  readonly options: Electron.BrowserWindowConstructorOptions
  visible = false
  minimized = false
  focused = false
  destroyed = false
  private readonly electron: ElectronStandIn

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    const electron = new.target.electron
    if (!electron) throw new Error('Use the BrowserWindow of an ElectronStandIn')
    if (!electron.isReady) throw new Error('Cannot create BrowserWindow before app is ready')
    this.electron = electron
    this.options = options
    const webPreferences = options.webPreferences ?? {}
    const session = webPreferences.session
      ? ([...electron.sessions.values()].find((s) => (s as unknown) === webPreferences.session) ?? electron.defaultSession)
      : electron.sessionFor(webPreferences.partition ?? '')
    this.webContents = new StandInWebContents(electron, electron.newContentsId(), session, webPreferences)
    electron.windows.push(this)
    electron.app.emit('web-contents-created', preventable(), this.webContents)
    electron.app.emit('browser-window-created', preventable(), this)
    const page = electron.openPage(this.webContents)
    this.webContents.once('did-finish-load', () => this.emit('ready-to-show', preventable()))
    page.catch((error: Error) => electron.errors.push(`A window could not open: ${error.message}`))
    if (options.show !== false) this.show()
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }

  show(): void {
    this.visible = true
    this.focused = true
  }

  isVisible(): boolean {
    return this.visible
  }

  isMinimized(): boolean {
    return this.minimized
  }

  minimize(): void {
    this.minimized = true
  }

  restore(): void {
    this.minimized = false
  }

  focus(): void {
    this.focused = true
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.electron.forgetWindow(this)
    void this.webContents.detach()
    this.emit('closed', preventable())
  }
}

/** A BrowserWindow class of one app: its `getAllWindows` lists that app's windows only. */
function browserWindowClassFor(electron: ElectronStandIn): typeof StandInBrowserWindow {
  return class BrowserWindow extends StandInBrowserWindow {
    static override readonly electron = electron
  }
}

/** What `import … from 'electron'` gives main: the members it uses, each typed as Electron declares it. */
export interface ElectronModule {
  app: StandInApp
  BrowserWindow: typeof StandInBrowserWindow
  ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler'>
  protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'>
  session: Pick<typeof Electron.session, 'defaultSession' | 'fromPartition'>
  dialog: Pick<Electron.Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox' | 'showErrorBox'>
  Menu: { buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): StandInMenu; setApplicationMenu(menu: StandInMenu | null): void }
  shell: Pick<Electron.Shell, 'showItemInFolder' | 'openExternal'>
  safeStorage: Pick<Electron.SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>
}

/**
 * safeStorage as on a desktop with a keychain: strings come back sealed (not readable as written,
 * so a test can check no password lands on disk as typed) and open only with the same key.
 */
const SEAL_KEY = Buffer.from('factdesk-e2e-standin-keychain')
const SEAL_MARK = Buffer.from('sealed:')
const seal = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b, i) => b ^ SEAL_KEY[i % SEAL_KEY.length]!))
export const standInSafeStorage: ElectronModule['safeStorage'] = {
  isEncryptionAvailable: () => true,
  encryptString: (plainText: string) => Buffer.concat([SEAL_MARK, seal(Buffer.from(plainText, 'utf8'))]),
  decryptString: (encrypted: Buffer) => {
    if (!encrypted.subarray(0, SEAL_MARK.length).equals(SEAL_MARK)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return seal(encrypted.subarray(SEAL_MARK.length)).toString('utf8')
  }
}

// The members main uses, checked against Electron's BrowserWindow and WebContents.
void (null as unknown as StandInBrowserWindow satisfies Pick<
  Electron.BrowserWindow,
  'loadURL' | 'show' | 'isVisible' | 'isMinimized' | 'minimize' | 'restore' | 'focus' | 'isDestroyed' | 'destroy'
>)
void (null as unknown as StandInWebContents satisfies Pick<Electron.WebContents, 'loadURL' | 'getURL' | 'send' | 'setWindowOpenHandler' | 'isDestroyed'>)

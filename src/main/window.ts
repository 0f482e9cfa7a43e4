import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_INDEX_URL } from './appProtocol'
import { appUrlMatcher } from './appUrl'

/** In development electron-vite serves the renderer; in production the app scheme serves out/renderer. */
const devServerUrl = process.env['ELECTRON_RENDERER_URL']

/** The built renderer that the app scheme serves (appProtocol.ts). */
export const RENDERER_ROOT = join(import.meta.dirname, '../renderer')

/** The only pages the window may show: our renderer, nothing remote. */
export const isAppUrl = appUrlMatcher(devServerUrl)

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'factdesk',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // Middle-click would otherwise open links in new windows, past setWindowOpenHandler's checks.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? APP_INDEX_URL)
  return window
}

import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { appUrlMatcher } from './appUrl'

/** In development electron-vite serves the renderer; in production it is a file in the package. */
const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const rendererFile = join(import.meta.dirname, '../renderer/index.html')

/** The only pages the window may show: our renderer, nothing remote. */
export const isAppUrl = appUrlMatcher({ devServerUrl, rendererFile })

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
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(rendererFile)
  return window
}

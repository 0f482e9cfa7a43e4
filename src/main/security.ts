/**
 * App-wide hardening from Electron's security checklist: no navigation, no new
 * windows, no webviews, no permissions, and a CSP header on every response.
 */
import { app, session, shell } from 'electron'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'
import { isExternalLink } from './externalLinks'

export function installSecurityPolicies(isTrustedUrl: (url: string) => boolean): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    // No new windows, ever. An evidence link (http/https only) opens in the user's browser instead.
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLink(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}

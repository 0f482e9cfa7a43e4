/**
 * The app's own scheme, as Electron's security checklist advises instead of
 * file://: the built renderer is served at factdesk://app/ from out/renderer,
 * and nothing outside that folder can be reached through it. Electron-free
 * (index.ts registers it with `protocol.handle`), so it is tested under Node.
 */
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'

export const APP_SCHEME = 'factdesk'
/** The renderer's host on the app scheme: factdesk://app/index.html. */
export const APP_HOST = 'app'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** For `protocol.registerSchemesAsPrivileged`: a standard, secure origin (module scripts, 'self' in the CSP, fetch). */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

/** Whether `url` is on the app's origin (factdesk://app). */
export function isAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
}

/**
 * The file under `root` that `url` names, or null when it names none: another
 * host, a path that leaves `root` (`..`, encoded or not), a NUL byte, bad escapes.
 */
export function rendererFileFor(root: string, url: string): string | null {
  let parsed: URL
  let path: string
  try {
    parsed = new URL(url)
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (!isAppOrigin(parsed) || path.includes('\0')) return null
  const file = resolve(root, `.${sep}${path === '/' ? 'index.html' : path}`)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return file
}

/** The protocol handler's answer for one request: the file with its type and the CSP, or 404. */
export async function serveRendererFile(root: string, request: Request): Promise<Response> {
  const file = rendererFileFor(root, request.url)
  if (file === null || request.method !== 'GET') return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(file)
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff'
      }
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}

/**
 * Which URLs are the app's own renderer. Everything else is refused: navigation
 * (security.ts) and IPC from any other page (ipc/register.ts).
 */
import { isAppOrigin } from './appProtocol'

/** In development, electron-vite's dev server; in production, the app scheme (appProtocol.ts). */
export function appUrlMatcher(devServerUrl?: string): (url: string) => boolean {
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin
    return isAppOrigin(parsed)
  }
}

/**
 * Which URLs are the app's own renderer. Everything else is refused: navigation
 * (security.ts) and IPC from any other page (ipc/register.ts).
 */
import { fileURLToPath } from 'node:url'

export interface RendererLocation {
  /** electron-vite's dev server, in development. */
  devServerUrl?: string | undefined
  /** The built renderer's index.html, in production. */
  rendererFile: string
}

export function appUrlMatcher({ devServerUrl, rendererFile }: RendererLocation): (url: string) => boolean {
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin
    return parsed.protocol === 'file:' && fileURLToPath(parsed) === rendererFile
  }
}

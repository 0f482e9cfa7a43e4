/**
 * Which links may leave the app for the user's browser: plain web pages only.
 * No file:, javascript:, custom protocol handlers or credentials in the URL,
 * since shell.openExternal would hand them to the operating system.
 */
export function isExternalLink(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.hostname !== ''
}

/**
 * Everything the CLI prints passes through here. Report text is untrusted:
 * an escape sequence in it could rewrite the line above (a fake "verified"),
 * set the window title or write the clipboard (OSC 52), and bidirectional
 * controls can make text read differently from what it is. Such characters
 * are shown as visible `\uXXXX` escapes instead — in JSON output that is the
 * same string, escaped.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what must be escaped
const UNSAFE = /\r(?!\n)|[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

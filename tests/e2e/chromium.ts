/**
 * Which Chromium the browser tests and the benchmark drive: Debian's where it is
 * installed (CI installs it), else Playwright's own; never a download in CI.
 */
import { existsSync } from 'node:fs'

export const chromiumPath: string | undefined = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** Flags that keep Chromium off the network (this machine has none) and runnable as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

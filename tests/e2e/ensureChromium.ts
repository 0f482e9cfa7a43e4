/**
 * Before the browser tests: use Debian's Chromium where it is installed (CI
 * installs it); on a developer's machine without one, fetch Playwright's own
 * Chromium once. CI never downloads a browser.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium } from '@playwright/test'
import { chromiumPath } from './chromium'

if (!chromiumPath && !existsSync(chromium.executablePath())) {
  if (process.env['CI']) {
    console.error("No Chromium for the end-to-end tests: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.")
    process.exit(1)
  }
  console.log("Installing Playwright's Chromium for the end-to-end tests (once)…")
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli')
  execFileSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit' })
}

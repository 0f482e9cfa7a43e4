import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Electron cannot run here: the desk's renderer is exercised in plain Chromium,
// with the IPC handlers bridged in-process (see e2e/harness.ts).
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: '../test-results',
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  }
})

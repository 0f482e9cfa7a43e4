import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium'

// Electron cannot run here: the desk's renderer is exercised in plain Chromium,
// with the IPC handlers bridged in-process (see e2e/bridge.ts).

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
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: CHROMIUM_ARGS
    }
  }
})

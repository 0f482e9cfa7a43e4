import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium'

// Electron cannot run here: the built main process runs in the test worker against
// a stand-in for Electron's windowing and transport (e2e/electron/), whose windows
// are Chromium pages running the built renderer and preload.

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

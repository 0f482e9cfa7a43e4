import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium'

// Electron cannot run here: the built main process runs in the test worker against
// a stand-in for Electron's windowing and transport (e2e/electron/), whose windows
// are Chromium pages running the built renderer and preload.

export default defineConfig({
  testDir: 'e2e',
  // The desk's tests (npm run test:e2e, part of npm test), and the documentation's screenshots, which
  // rewrite docs/*.png (npm run docs:screenshots only, so that the tests leave a clone as it was).
  projects: [
    { name: 'desk', testMatch: '**/*.e2e.ts' },
    { name: 'docs', testMatch: '**/*.docs.ts' }
  ],
  outputDir: '../test-results',
  workers: 2,
  reporter: 'list',
  // A test's first steps start Chromium and the app; on a busy 2-core machine that alone can take 20 s.
  timeout: 60_000,
  use: {
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: CHROMIUM_ARGS
    }
  }
})

import { defineConfig } from 'vitest/config'

const root = new URL('..', import.meta.url).pathname

/**
 * Three groups, by what they need:
 * - fast: the core, the handlers and main's Electron-free parts, the CLI in-process. No build, no browser,
 *   no child processes: the inner loop (npm run test:fast).
 * - slow: what spawns processes or a browser without needing a build: the crash test (a writer killed
 *   100 times), the CLI as a user runs it, the PDF printer, Electronegativity, and `npm start` from a
 *   fresh install. npm run test:unit runs fast, then slow: nothing heavy runs beside the fast tests.
 * - built: what reads out/ (npm run build first): packaging and the benchmark's smoke run.
 */
// storeFiles sets the process umask, which worker threads may not.
const FAST_EXCLUDED = ['tests/unit/crash.test.ts', 'tests/unit/briefPdf.test.ts', 'tests/unit/storeFiles.test.ts', 'tests/**/*.slow.test.ts']

export default defineConfig({
  test: {
    root,
    environment: 'node',
    testTimeout: 30_000,
    // Set-up hooks spawn the CLI several times (tsx start-up each); 10 s is too tight on a loaded machine.
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        // One module graph per worker: the core is loaded once, not once per file (the loop's cost was mostly imports).
        test: { name: 'fast', include: ['tests/unit/**/*.test.ts', 'tests/cli/inProcess.test.ts'], exclude: FAST_EXCLUDED, pool: 'threads', isolate: false }
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: [...FAST_EXCLUDED, 'tests/cli/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/start/**/*.test.ts'],
          exclude: ['tests/cli/inProcess.test.ts']
        }
      },
      {
        extends: true,
        test: { name: 'built', include: ['tests/package/**/*.test.ts', 'tests/bench/**/*.test.ts'] }
      }
    ]
  }
})

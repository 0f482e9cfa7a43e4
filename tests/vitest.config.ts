import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/package/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Set-up hooks spawn the CLI several times (tsx start-up each); 10 s is too tight on a loaded machine.
    hookTimeout: 30_000
  }
})

import { defineConfig } from 'vitest/config'

// Run after both client builds: package budgets, the weapp check's own tests, then the journeys in
// headless Chromium. One file at a time: each journey starts its own server and browser on a 2-core machine.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['budget/**/*.test.ts', 'weapp/**/*.test.ts', 'e2e/**/*.test.ts'],
    env: { NODE_ENV: 'test' },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})

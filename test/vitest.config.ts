import { defineConfig } from 'vitest/config'

// Run after both client builds: package budgets, the weapp check's own tests, then the journeys in
// headless Chromium. Two files at a time: a journey file (its own server and browser) keeps about
// half a core busy, the rest is the page settling, so on a 2-core machine two side by side take
// little more than one alone (measured: four files took 86 s one at a time, 66 s two at a time, on
// a machine busy with other work). Nothing is shared between files: each has its own port, data
// folder, browser profile and screenshot names.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['budget/**/*.test.ts', 'weapp/**/*.test.ts', 'e2e/**/*.test.ts'],
    env: { NODE_ENV: 'test' },
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})

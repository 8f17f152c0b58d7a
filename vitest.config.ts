import { defineConfig } from 'vitest/config'

// Unit and integration tests of every package; the end-to-end journeys have their own config
// (test/vitest.config.ts) because they need the builds and a browser.
export default defineConfig({
  test: {
    projects: ['shared', 'bff', 'client'],
  },
})

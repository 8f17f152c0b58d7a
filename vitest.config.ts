import { defineConfig } from 'vitest/config'

// Unit and integration tests of every package; the end-to-end journeys have their own config
// (test/vitest.config.ts) because they need the builds and a browser. With TEST_DATABASE_URL the
// BFF's suites run a second time, on PostgreSQL (bff/vitest.postgres.config.ts).
export default defineConfig({
  test: {
    projects: ['shared', 'bff', 'client', ...(process.env.TEST_DATABASE_URL ? ['bff/vitest.postgres.config.ts'] : [])],
  },
})

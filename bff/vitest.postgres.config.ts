import { defineProject } from 'vitest/config'

// The same integration suites as `bff`, on PostgreSQL: run when TEST_DATABASE_URL names a
// server (npm test makes a throwaway one with pg_virtualenv). Each test context gets its own
// database, copied from a template built once per kind (seeded or empty).
export default defineProject({
  test: {
    name: 'bff-postgres',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    env: { NODE_ENV: 'test', DATABASE_URL: process.env.TEST_DATABASE_URL ?? '' },
    globalSetup: ['src/testing/postgres-global-setup.ts'],
    typecheck: { enabled: false },
    // As in vitest.config.ts: the BFF is imported once per worker, not once per file.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})

import { defineConfig } from 'vitest/config'

// Unit and integration tests of every package; the end-to-end journeys have their own config
// (test/vitest.config.ts) because they need the builds and a browser. With TEST_DATABASE_URL the
// BFF's suites run a second time, on PostgreSQL (bff/vitest.postgres.config.ts).
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, while
    // the suites wait on sockets, timers and PostgreSQL often enough for two to keep both busy
    // (measured: 15 min for the suites on one worker, 11.7 on two; three were no faster).
    maxWorkers: 2,
    projects: ['shared', 'bff', 'client', ...(process.env.TEST_DATABASE_URL ? ['bff/vitest.postgres.config.ts'] : [])],
  },
})

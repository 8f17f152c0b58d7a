import { defineProject } from 'vitest/config'

/**
 * Suites that never open the portal's database, so a second run on PostgreSQL would test nothing
 * new: SQLite's own driver and checkpointer, the check that both engines' migrations match the
 * schema (it generates both in one run), and units that talk only to fake partner servers or to
 * nothing at all. They run once, in `bff`. A suite that opens a database is not listed here.
 */
const engineFree = [
  'src/db/sqlite*.test.ts',
  'src/db/migrations.happy.test.ts',
  'src/platform/payments/*.test.ts',
  'src/platform/{crypto,config,random,response-writer,files,face-verification,subscribe-message,ecard-signing}.*.test.ts',
  'src/platform/logger.happy.test.ts',
  'src/modules/wages/payroll-csv.*.test.ts',
  'src/modules/jobs/{post-search-terms,subsidy-eligibility.happy}.test.ts',
  'src/modules/retiree/{eligibility,state-bounds}.happy.test.ts',
]

// The same integration suites as `bff`, on PostgreSQL: run when TEST_DATABASE_URL names a
// server (npm test makes a throwaway one with pg_virtualenv). Each test context gets its own
// database, copied from a template built once per kind (seeded or empty).
export default defineProject({
  test: {
    name: 'bff-postgres',
    include: ['src/**/*.test.ts'],
    exclude: engineFree,
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

import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    // Several instances on one database need PostgreSQL: those run in bff-postgres only.
    exclude: ['src/**/*.postgres.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    env: { NODE_ENV: 'test' },
    typecheck: { enabled: false },
    // One process runs file after file: each test builds its own dependencies and database, and
    // importing the BFF once per worker rather than once per file halves the suites' time.
    isolate: false,
    // Integration tests make many requests each; with two workers on two cores a busy machine can
    // push one past Vitest's 5 s default without anything being wrong. Speed is the bench's business.
    testTimeout: 15_000,
  },
})

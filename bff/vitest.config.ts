import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    // Several instances on one database need PostgreSQL: those run in bff-postgres only.
    exclude: ['src/**/*.postgres.test.ts'],
    env: { NODE_ENV: 'test' },
    typecheck: { enabled: false },
  },
})

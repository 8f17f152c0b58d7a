import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    env: { NODE_ENV: 'test' },
    typecheck: { enabled: false },
  },
})

import { defineProject } from 'vitest/config'

// Type-level tests (*.test-d.ts) are checked by `npm run typecheck` (tsc -p shared).
export default defineProject({
  test: {
    name: 'shared',
    include: ['src/**/*.test.ts'],
  },
})

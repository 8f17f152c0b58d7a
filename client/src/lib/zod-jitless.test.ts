import { expect, test } from 'vitest'

test('zod parses without compiling once the app has set its global configuration, whichever loads first', async () => {
  await import('./zod-jitless')
  const { z } = await import('zod')
  expect(z.config().jitless).toBe(true)
  expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' })
})

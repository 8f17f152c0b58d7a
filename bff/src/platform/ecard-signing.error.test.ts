import { randomBytes } from 'node:crypto'
import { expect, test } from 'vitest'
import { CardSigningKeys } from './ecard-signing'

const seed = randomBytes(32).toString('base64')

test('configured signing keys that are not kid:seed pairs of 32-byte seeds are refused with a message, never half read', () => {
  for (const bad of ['', 'k1', `k1:${randomBytes(16).toString('base64')}`, `K1:${seed}`, `k1:${seed},k1:${seed}`, `k1:${seed.slice(0, -2)}`, `k1:${seed},`, `${'k'.repeat(17)}:${seed}`]) {
    const parsed = CardSigningKeys.safeParse(bad)
    expect(parsed.success, bad).toBe(false)
    expect(parsed.error?.issues[0]?.message).toMatch(/kid:seed|twice/)
  }
})

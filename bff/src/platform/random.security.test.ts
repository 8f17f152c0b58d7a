import { expect, test } from 'vitest'
import { newId, systemRandom } from './random'

test('the system source never hands out the same bytes twice, across many refills of its pool', () => {
  const seen = new Set<string>()
  for (let i = 0; i < 5000; i += 1) seen.add(systemRandom.bytes(16).toString('hex'))
  expect(seen.size).toBe(5000)
  expect(new Set(Array.from({ length: 2000 }, () => newId(systemRandom))).size).toBe(2000)
})

test('the system source gives exactly the bytes asked for, more than its pool included, and they are not zeros', () => {
  for (const length of [1, 7, 32, 4095, 4096, 4097, 10_000]) {
    const bytes = systemRandom.bytes(length)
    expect(bytes).toHaveLength(length)
    if (length >= 32) expect(bytes.some((byte) => byte !== 0)).toBe(true)
  }
})

test('bytes handed out are copies: changing them changes nothing the source hands out later', () => {
  const first = systemRandom.bytes(32)
  first.fill(0xab)
  const next = systemRandom.bytes(32)
  expect(next.equals(Buffer.alloc(32, 0xab))).toBe(false)
})

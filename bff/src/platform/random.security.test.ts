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

test('an identifier is its millisecond then 80 random bits: later ones sort later, two of one millisecond differ', () => {
  const at = Date.UTC(2026, 10, 29, 2)
  const first = newId(systemRandom, at)
  const same = newId(systemRandom, at)
  const later = newId(systemRandom, at + 1)
  for (const id of [first, same, later]) expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/)
  expect(first.slice(0, 10)).toBe(same.slice(0, 10))
  expect(first).not.toBe(same)
  expect([later, first].sort()[0]).toBe(first)
  expect(later.slice(0, 10) > first.slice(0, 10)).toBe(true)
  // The time part is the millisecond, readable back: nothing else of the moment is in it.
  expect(Number.parseInt([...first.slice(0, 10)].map((c) => '0123456789abcdefghjkmnpqrstvwxyz'.indexOf(c).toString(32)).join(''), 32)).toBe(at)
})

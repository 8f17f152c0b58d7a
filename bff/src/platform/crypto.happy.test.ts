import { expect, test } from 'vitest'
import { createBlindIndex, createSealer, sha256 } from './crypto'
import { seededRandom, systemRandom } from './random'

const key = Buffer.alloc(32, 7)

test('a sealed value opens back to itself, Chinese text, empty strings and long values included', () => {
  const sealer = createSealer(key, systemRandom)
  for (const value of ['330304198807214523', '李娜', '', '王·阿依古丽 Smith', 'x'.repeat(10_000), '\u0000\uffff']) {
    const sealed = sealer.seal(value)
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/)
    expect(sealer.open(sealed)).toBe(value)
  }
})

test('a value sealed by one instance opens with another holding the same key', () => {
  const sealed = createSealer(key, systemRandom).seal('13812342345')
  expect(createSealer(Buffer.alloc(32, 7), seededRandom(9)).open(sealed)).toBe('13812342345')
})

test('the blind index of a value is the same every time, and with another instance holding the key', () => {
  const index = createBlindIndex(key)
  expect(index('id_number', '330304198807214523')).toBe(index('id_number', '330304198807214523'))
  expect(createBlindIndex(Buffer.alloc(32, 7))('id_number', '330304198807214523')).toBe(index('id_number', '330304198807214523'))
  expect(index('id_number', '330304198807214523')).toMatch(/^[A-Za-z0-9_-]{43}$/)
})

test('sha256 gives the standard hex digest', () => {
  expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
})

test('sealed bytes open back to the same bytes, an empty file and a few megabytes included', () => {
  const sealer = createSealer(key, systemRandom)
  const photo = Buffer.alloc(3 * 1024 * 1024)
  for (let i = 0; i < photo.length; i += 1) photo[i] = (i * 31) & 0xff
  for (const bytes of [new Uint8Array(0), Uint8Array.of(0xff, 0xd8, 0xff), photo]) {
    const sealed = sealer.sealBytes(bytes)
    expect(sealed.length).toBe(1 + 12 + 16 + bytes.length)
    expect(sealed[0]).toBe(1)
    expect(sealer.openBytes(sealed).equals(Buffer.from(bytes))).toBe(true)
  }
})

test('bytes sealed by one instance open with another holding the same key', () => {
  const sealed = createSealer(key, systemRandom).sealBytes(Buffer.from('%PDF-1.7'))
  expect(createSealer(Buffer.alloc(32, 7), seededRandom(9)).openBytes(new Uint8Array(sealed)).toString('latin1')).toBe('%PDF-1.7')
})

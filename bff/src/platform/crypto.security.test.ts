import { expect, test } from 'vitest'
import { z } from 'zod'
import { createBlindIndex, createSealer } from './crypto'
import { systemRandom } from './random'

const key = Buffer.alloc(32, 7)
const sealer = createSealer(key, systemRandom)

/** `v1.<iv>.<tag>.<ciphertext>` taken apart. */
function partsOf(sealed: string): [string, string, string, string] {
  return z.tuple([z.string(), z.string(), z.string(), z.string()]).parse(sealed.split('.'))
}

function flip(part: string, at = 0): string {
  const bytes = Buffer.from(part, 'base64url')
  bytes[at] = (bytes[at] ?? 0) ^ 1
  return bytes.toString('base64url')
}

test('a sealed value never contains the clear value', () => {
  for (const value of ['330304198807214523', '13812342345']) {
    const sealed = sealer.seal(value)
    expect(sealed).not.toContain(value)
    expect(Buffer.from(sealed.split('.')[3] ?? '', 'base64url').toString('utf8')).not.toContain(value)
  }
})

test('sealing the same value twice gives different IVs and different ciphertexts', () => {
  const a = sealer.seal('330304198807214523').split('.')
  const b = sealer.seal('330304198807214523').split('.')
  expect(a[1]).not.toBe(b[1])
  expect(a[3]).not.toBe(b[3])
  const ivs = new Set(Array.from({ length: 200 }, () => sealer.seal('same').split('.')[1]))
  expect(ivs.size).toBe(200)
})

test('a ciphertext, tag or IV changed by a single bit is refused, not opened to something else', () => {
  const [version, iv, tag, ciphertext] = partsOf(sealer.seal('330304198807214523'))
  const tampered = [
    [version, iv, tag, flip(ciphertext)],
    [version, iv, tag, flip(ciphertext, 17)],
    [version, iv, flip(tag), ciphertext],
    [version, flip(iv), tag, ciphertext],
    [version, iv, tag, `${ciphertext}AA`],
    [version, iv, tag.slice(0, 10), ciphertext],
  ]
  for (const parts of tampered) expect(() => sealer.open(parts.join('.')), parts.join('.')).toThrow()
})

test('a tag cut short is refused, even when what is left of it is right', () => {
  const [version, iv, tag, ciphertext] = partsOf(sealer.seal('330304198807214523'))
  for (const length of [4, 8, 12, 15]) {
    const short = Buffer.from(tag, 'base64url').subarray(0, length).toString('base64url')
    expect(() => sealer.open([version, iv, short, ciphertext].join('.')), `${length}-byte tag`).toThrow()
  }
})

test('a value sealed under another key is refused', () => {
  const other = createSealer(Buffer.alloc(32, 8), systemRandom)
  expect(() => sealer.open(other.seal('李娜'))).toThrow()
})

test('anything that is not a sealed value of a known version is refused', () => {
  const [, iv, tag, ciphertext] = sealer.seal('李娜').split('.')
  for (const bogus of ['', '李娜', 'v1', 'v1..', `v2.${iv}.${tag}.${ciphertext}`, `v1.${iv}.${tag}`]) {
    expect(() => sealer.open(bogus), bogus).toThrow()
  }
})

test('keys of the wrong length are refused', () => {
  expect(() => createSealer(Buffer.alloc(16), systemRandom)).toThrow('data encryption key must be 32 bytes')
  expect(() => createBlindIndex(Buffer.alloc(31))).toThrow('blind index key must be 32 bytes')
})

test('the blind index keeps purposes apart, depends on the key, and does not contain the value', () => {
  const index = createBlindIndex(key)
  const value = '330304198807214523'
  expect(index('id_number', value)).not.toBe(index('wechat_openid', value))
  expect(index('id_number', value)).not.toBe(createBlindIndex(Buffer.alloc(32, 8))('id_number', value))
  expect(index('id_number', value)).not.toBe(index('id_number', '330304198807214524'))
  expect(index('id_number', value)).not.toContain(value)
  // The separator keeps "purpose + value" pairs from running into each other.
  expect(index('id_number', `\u0000${value}`)).not.toBe(index('id_number', value))
})

const evidence = Buffer.from('%PDF-1.7 payslip of 张伟, 330304198807214523')

test('sealed bytes never contain the clear bytes, and sealing twice gives different IVs', () => {
  const a = sealer.sealBytes(evidence)
  const b = sealer.sealBytes(evidence)
  expect(a.includes(Buffer.from('330304198807214523'))).toBe(false)
  expect(a.includes(Buffer.from('%PDF'))).toBe(false)
  expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false)
})

test('sealed bytes changed by a single bit anywhere are refused, not opened to something else', () => {
  const sealed = sealer.sealBytes(evidence)
  for (let at = 0; at < sealed.length; at += 1) {
    const tampered = Buffer.from(sealed)
    tampered[at] = (tampered[at] ?? 0) ^ 1
    expect(() => sealer.openBytes(tampered), `bit flipped in byte ${at}`).toThrow()
  }
})

test('sealed bytes cut short or lengthened are refused, down to nothing', () => {
  const sealed = sealer.sealBytes(evidence)
  for (const length of [0, 1, 12, 13, 28, 29, sealed.length - 1]) {
    expect(() => sealer.openBytes(sealed.subarray(0, length)), `${length} bytes`).toThrow()
  }
  expect(() => sealer.openBytes(Buffer.concat([sealed, Buffer.of(0)]))).toThrow()
})

test('bytes sealed under another key, or under an unknown version, are refused', () => {
  expect(() => sealer.openBytes(createSealer(Buffer.alloc(32, 8), systemRandom).sealBytes(evidence))).toThrow()
  const sealed = sealer.sealBytes(evidence)
  sealed[0] = 2
  expect(() => sealer.openBytes(sealed)).toThrow('not sealed bytes')
  expect(() => sealer.openBytes(evidence)).toThrow()
})

import fc from 'fast-check'
import { expect, test } from 'vitest'
import { fromBase64url, toBase64url } from './base64url'

test('any bytes come back from their base64url text unchanged, and the text is what Node writes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = toBase64url(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      expect(fromBase64url(text)).toEqual(bytes)
    }),
  )
})

test('a text that is not canonical base64url is no bytes at all', () => {
  expect(fromBase64url('ab+c')).toBeNull()
  expect(fromBase64url('ab/c')).toBeNull()
  expect(fromBase64url('abc=')).toBeNull()
  expect(fromBase64url('a')).toBeNull()
  // "AB" leaves four bits over that are not zero: "AA" is the one text of that byte.
  expect(fromBase64url('AB')).toBeNull()
  expect(fromBase64url('AA')).toEqual(new Uint8Array([0]))
})

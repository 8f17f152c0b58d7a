import fc from 'fast-check'
import { expect, test } from 'vitest'
import { checkCreditCode, creditCodeCheckCharacter } from './credit-code'

// Published codes of real organisations, as printed on their business licences.
const published = ['91350100M000100Y43', '91110000600037341L', '11100000000013127D', '91110108551385082Q', '91440300708461136T']

test('codes printed on real business licences pass', () => {
  for (const code of published) expect(checkCreditCode(code)).toEqual({ ok: true, value: code })
})

test('lower case and spaces typed on a phone are accepted and normalised', () => {
  expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' })
})

test('a wrong check character is refused as such', () => {
  expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, error: 'creditCode.checkCharacter' })
})

test('letters outside the alphabet, wrong length or a non-numeric region are refused as a format error', () => {
  for (const code of ['91350100M000100Y4', '91350100M000100Y433', '91350100M0001O0Y43', '9135A100M000100Y43', ''])
    expect(checkCreditCode(code)).toEqual({ ok: false, error: 'creditCode.format' })
})

const alphabetChar = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY')
const first17 = fc
  .tuple(fc.array(alphabetChar, { minLength: 2, maxLength: 2 }), fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }), fc.array(alphabetChar, { minLength: 9, maxLength: 9 }))
  .map(([a, b, c]) => [...a, ...b, ...c].join(''))

test('any code completed with its check character passes, and changing one character is caught', () => {
  fc.assert(
    fc.property(first17, fc.nat(16), alphabetChar, (body, position, replacement) => {
      const code = body + creditCodeCheckCharacter(body)
      expect(checkCreditCode(code).ok).toBe(true)
      const changed = code.slice(0, position) + replacement + code.slice(position + 1)
      if (changed !== code && /^..\d{6}/.test(changed)) expect(checkCreditCode(changed).ok).toBe(false)
    }),
  )
})

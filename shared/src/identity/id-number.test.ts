import fc from 'fast-check'
import { expect, test } from 'vitest'
import { checkIdNumber, idNumberCheckCharacter } from './id-number'

const today = new Date('2026-11-29T00:00:00Z')

test.each([
  ['11010519491231002X', '1949-12-31', 'female'],
  ['330302199003151231', '1990-03-15', 'male'],
  ['330304198807214523', '1988-07-21', 'female'],
])('a valid ID number %s is accepted with its birth date and sex', (idNumber, birthDate, sex) => {
  const check = checkIdNumber(idNumber, today)
  expect(check).toEqual({ ok: true, value: { normalized: idNumber, regionCode: idNumber.slice(0, 6), birthDate, sex } })
})

test('a lower-case x and spaces are normalised before checking', () => {
  expect(checkIdNumber(' 110105 19491231 002x ', today)).toMatchObject({ ok: true, value: { normalized: '11010519491231002X' } })
})

test.each([
  ['', 'idNumber.required'],
  ['33030219900315123', 'idNumber.format'],
  ['3303021990031512311', 'idNumber.format'],
  ['33030219900315123A', 'idNumber.format'],
  ['990302199003151231', 'idNumber.region'],
  ['000302199003151231', 'idNumber.region'],
  ['330302199002301231', 'idNumber.birthDate'],
  ['330302199013011231', 'idNumber.birthDate'],
  ['330302189912311231', 'idNumber.birthDate'],
  ['440524188001010014', 'idNumber.birthDate'],
  ['330302199003151232', 'idNumber.checkDigit'],
  ['11010519491231002 ', 'idNumber.format'],
  ['110105194912310021', 'idNumber.checkDigit'],
])('an invalid ID number %j is rejected with %s', (idNumber, error) => {
  expect(checkIdNumber(idNumber, today)).toEqual({ ok: false, error })
})

test('a birth date after today is rejected only when today is known', () => {
  const first17 = '33030220270101123'
  const future = `${first17}${idNumberCheckCharacter(first17)}`
  expect(checkIdNumber(future, today)).toEqual({ ok: false, error: 'idNumber.futureBirthDate' })
  expect(checkIdNumber(future, null).ok).toBe(true)
})

test('a baby born this morning in Beijing is not born in the future, whatever the clock zone', () => {
  const first17 = '33030220261129123'
  const bornToday = `${first17}${idNumberCheckCharacter(first17)}`
  // 07:30 on 29 November in Beijing is still 28 November in UTC.
  expect(checkIdNumber(bornToday, new Date('2026-11-28T23:30:00Z')).ok).toBe(true)
  expect(checkIdNumber(bornToday, new Date('2026-11-28T15:59:00Z'))).toEqual({ ok: false, error: 'idNumber.futureBirthDate' })
})

test('changing any one digit of a valid number is always caught', () => {
  const valid = '330302199003151231'
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
      const digit = (Number(valid[position]) + delta) % 10
      const changed = `${valid.slice(0, position)}${digit}${valid.slice(position + 1)}`
      expect(checkIdNumber(changed, today).ok).toBe(false)
    }),
  )
})

test('the check character of 17 random digits always validates', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2026-11-28'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }), (birth, sequence) => {
      const first17 = `330302${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`
      expect(checkIdNumber(`${first17}${idNumberCheckCharacter(first17)}`, today).ok).toBe(true)
    }),
  )
})

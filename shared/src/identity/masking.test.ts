import { expect, test } from 'vitest'
import { idNumberHint, maskIdNumber, maskName, maskPhone } from './masking'

test('an ID number shows its region and last four only', () => {
  expect(maskIdNumber('330302199003151231')).toBe('330302********1231')
})

test('a phone number shows its first three and last four digits', () => {
  expect(maskPhone('13857712345')).toBe('138****2345')
})

test('a name keeps its first character', () => {
  expect(maskName('王秀英')).toBe('王**')
  expect(maskName('张伟')).toBe('张*')
  expect(maskName('欧阳娜娜')).toBe('欧***')
  expect(maskName(' Li Lei ')).toBe('L*****')
  expect(maskName('')).toBe('')
})

test('values too short to mask safely are hidden entirely', () => {
  expect(maskIdNumber('12345')).toBe('*****')
  expect(maskPhone('12345')).toBe('*****')
})

test('a helper sees only the first four digits of the ID number', () => {
  expect(idNumberHint('330302194406080025')).toBe('3303…')
})

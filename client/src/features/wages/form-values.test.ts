import { expect, test } from 'vitest'
import { maskPhone } from './form-values'

test('a phone number shows as 138****5678 once entered', () => {
  expect(maskPhone('13812345678')).toBe('138****5678')
  expect(maskPhone(' 13812345678 ')).toBe('138****5678')
})

test('a number that is not a whole phone number is shown as typed, so the worker can see the mistake', () => {
  expect(maskPhone('1381234')).toBe('1381234')
})

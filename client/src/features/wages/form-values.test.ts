import { expect, test } from 'vitest'
import { maskPhone, yuanToFen } from './form-values'

test('a phone number shows as 138****5678 once entered', () => {
  expect(maskPhone('13812345678')).toBe('138****5678')
  expect(maskPhone(' 13812345678 ')).toBe('138****5678')
})

test('a number that is not a whole phone number is shown as typed, so the worker can see the mistake', () => {
  expect(maskPhone('1381234')).toBe('1381234')
})

test('amounts in yuan become fen, with at most two decimals', () => {
  expect(yuanToFen('8500')).toBe(850_000)
  expect(yuanToFen('8,500.5')).toBe(850_050)
  expect(yuanToFen('0.05')).toBe(5)
  expect(yuanToFen('12.345')).toBeNull()
  expect(yuanToFen('八千')).toBeNull()
  expect(yuanToFen('')).toBeNull()
})

import { expect, test } from 'vitest'
import { clockOf, fenOf, listOf, numberOf, wholeOf, yuanOf } from './form-text'

test('a list typed with commas of either width, 、 or ； reads as its items, each once', () => {
  expect(listOf('保洁、做饭，照顾老人; 保洁 ,')).toEqual(['保洁', '做饭', '照顾老人'])
  expect(listOf('   ')).toEqual([])
})

test('yuan typed as people type them become whole fen; anything else is refused, not guessed', () => {
  expect(fenOf('180')).toBe(18_000)
  expect(fenOf('25.5')).toBe(2_550)
  expect(fenOf('０.０５')).toBe(5)
  expect(fenOf('¥99.99')).toBe(9_999)
  for (const bad of ['', 'abc', '1.234', '-5', '1e3', '18 0']) expect(fenOf(bad), bad).toBeUndefined()
  expect(yuanOf(18_000)).toBe('180')
  expect(yuanOf(2_550)).toBe('25.5')
  expect(yuanOf(5)).toBe('0.05')
})

test('distances and coordinates are plain decimals; a headcount is a whole number', () => {
  expect(numberOf('2.5')).toBe(2.5)
  expect(numberOf('-27.9331')).toBe(-27.9331)
  expect(numberOf('五')).toBeUndefined()
  expect(wholeOf('3')).toBe(3)
  expect(wholeOf('3.5')).toBeUndefined()
})

test('times typed loosely read as the contract writes them; what is not a time is kept as typed for the contract to name', () => {
  expect(clockOf('8:00')).toBe('08:00')
  expect(clockOf('8：30')).toBe('08:30')
  expect(clockOf('0800')).toBe('08:00')
  expect(clockOf('8')).toBe('08:00')
  expect(clockOf('noon')).toBe('noon')
})

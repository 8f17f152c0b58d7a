import { expect, test } from 'vitest'
import { fenToYuanText, yuanToFen } from './money'

test('yuan typed in any usual way become whole fen, never through a floating-point product', () => {
  expect(yuanToFen('3200')).toBe(320_000)
  expect(yuanToFen('0.29')).toBe(29)
  expect(yuanToFen('¥3,200.5')).toBe(320_050)
  expect(yuanToFen(' ３２００ ')).toBe(320_000)
  expect(yuanToFen('25.')).toBe(2_500)
  expect(yuanToFen('8,500.5')).toBe(850_050)
  expect(yuanToFen('￥1，000')).toBe(100_000)
  expect(yuanToFen('0.05')).toBe(5)
  expect(yuanToFen('0')).toBe(0)
})

test('what is not an amount is refused rather than guessed', () => {
  for (const text of ['', '  ', 'abc', '八千', '1.234', '12.345', '-5', '1e3', '12.3.4', '.5', '12 元']) expect(yuanToFen(text), text).toBeNull()
})

test('fen read back as the yuan she would type', () => {
  expect(fenToYuanText(320_000)).toBe('3200')
  expect(fenToYuanText(320_050)).toBe('3200.50')
  expect(fenToYuanText(29)).toBe('0.29')
  expect(fenToYuanText(0)).toBe('0')
  expect(yuanToFen(fenToYuanText(123_456))).toBe(123_456)
})

import { expect, test } from 'vitest'
import { yuanToFen } from './office-amount'

test('an amount typed in yuan becomes exact fen, with no floating-point drift', () => {
  expect(yuanToFen('0.29')).toEqual({ ok: true, fen: 29 })
  expect(yuanToFen('1.1')).toEqual({ ok: true, fen: 110 })
  expect(yuanToFen('19.99')).toEqual({ ok: true, fen: 1999 })
  expect(yuanToFen('4.35')).toEqual({ ok: true, fen: 435 })
  expect(yuanToFen('8600')).toEqual({ ok: true, fen: 860000 })
  expect(yuanToFen('8600.')).toEqual({ ok: true, fen: 860000 })
  expect(yuanToFen('0')).toEqual({ ok: true, fen: 0 })
})

test('amounts copied with a currency sign, separators or spaces are read the same', () => {
  expect(yuanToFen(' ¥12,345.67 ')).toEqual({ ok: true, fen: 1234567 })
  expect(yuanToFen('￥1，000')).toEqual({ ok: true, fen: 100000 })
})

test('what is not an amount, or is more than 10 million yuan, is refused', () => {
  for (const text of ['', '  ', 'abc', '1.234', '-5', '1e3', '12.3.4', '.5']) expect(yuanToFen(text), text).toEqual({ ok: false })
  expect(yuanToFen('10000000')).toEqual({ ok: true, fen: 1_000_000_000 })
  expect(yuanToFen('10000000.01')).toEqual({ ok: false })
})

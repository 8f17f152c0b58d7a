import { expect, test } from 'vitest'
import { qrRows } from './qr-runs'

const width = (runs: readonly { length: number }[]) => runs.reduce((sum, run) => sum + run.length, 0)

test('a six-digit code is a 21-module QR code, each row as wide as the code, with its three finder patterns', () => {
  const { size, rows } = qrRows('482917')
  expect(size).toBe(21)
  expect(rows).toHaveLength(21)
  for (const runs of rows) expect(width(runs)).toBe(21)
  // Top row: the two top finder patterns' seven dark modules at each end.
  expect(rows[0]?.[0]).toEqual({ dark: true, length: 7 })
  expect(rows[0]?.[rows[0].length - 1]).toEqual({ dark: true, length: 7 })
  // Second row: dark, five light, dark, at the left finder.
  expect(rows[1]?.slice(0, 3)).toEqual([
    { dark: true, length: 1 },
    { dark: false, length: 5 },
    { dark: true, length: 1 },
  ])
  expect(rows[20]?.[0]).toEqual({ dark: true, length: 7 })
})

test('another code draws another picture, and the same code the same one', () => {
  expect(qrRows('482917')).toEqual(qrRows('482917'))
  expect(qrRows('482918')).not.toEqual(qrRows('482917'))
})

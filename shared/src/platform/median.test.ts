import { expect, test } from 'vitest'
import { median } from './median'

test('the middle value, the mean of the two middle ones for an even count, and none for nothing', () => {
  expect(median([5, 1, 3])).toBe(3)
  expect(median([4, 1, 3, 2])).toBe(2.5)
  expect(median([])).toBeNull()
})

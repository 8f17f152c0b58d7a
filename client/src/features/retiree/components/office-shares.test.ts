import { expect, test } from 'vitest'
import { methodShares } from './office-shares'

test('each method gets its share of those certified this cycle, in whole percents that add up to 100', () => {
  const { total, shares } = methodShares({ partner_signal: 1, face: 1, home_visit: 1 })
  expect(total).toBe(3)
  expect(shares.map((share) => share.percent)).toEqual([34, 33, 33])
  expect(shares.map((share) => share.method)).toEqual(['partner_signal', 'face', 'home_visit'])
})

test('the largest remainders take the points left by rounding down', () => {
  const { shares } = methodShares({ partner_signal: 12, face: 7, home_visit: 1 })
  expect(shares).toEqual([
    { method: 'partner_signal', count: 12, percent: 60 },
    { method: 'face', count: 7, percent: 35 },
    { method: 'home_visit', count: 1, percent: 5 },
  ])
  const odd = methodShares({ partner_signal: 2, face: 2, home_visit: 3 }).shares.map((share) => share.percent)
  expect(odd).toEqual([29, 28, 43])
  expect(odd.reduce((sum, percent) => sum + percent, 0)).toBe(100)
})

test('one method alone is 100%, the others 0%', () => {
  expect(methodShares({ partner_signal: 0, face: 5, home_visit: 0 }).shares.map((share) => share.percent)).toEqual([0, 100, 0])
})

test('nobody certified yet: no shares to divide, and no division by zero', () => {
  expect(methodShares({ partner_signal: 0, face: 0, home_visit: 0 })).toEqual({
    total: 0,
    shares: [
      { method: 'partner_signal', count: 0, percent: 0 },
      { method: 'face', count: 0, percent: 0 },
      { method: 'home_visit', count: 0, percent: 0 },
    ],
  })
})

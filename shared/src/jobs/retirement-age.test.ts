import fc from 'fast-check'
import { expect, test } from 'vitest'
import { addMonths, monthIndex } from '../records/months'
import { RetirementCategory, retirementAgeRules, statutoryRetirement, wholeYearsBetween } from './retirement-age'

const ageText = (ageMonths: number) => `${Math.floor(ageMonths / 12)}y${ageMonths % 12}m`
const row = (birthMonth: string, category: RetirementCategory) => {
  const found = statutoryRetirement(birthMonth, category)
  return [ageText(found.ageMonths), found.month, found.delayMonths]
}

// Rows of the tables attached to the decision (出生时间 → 改革后法定退休年龄, 改革后退休时间, 延迟月数),
// as restated by the pages cited in decision 054.
test.each([
  ['1964-12', 'male', ['60y0m', '2024-12', 0]],
  ['1965-01', 'male', ['60y1m', '2025-02', 1]],
  ['1965-04', 'male', ['60y1m', '2025-05', 1]],
  ['1965-05', 'male', ['60y2m', '2025-07', 2]],
  ['1966-01', 'male', ['60y4m', '2026-05', 4]],
  ['1975-06', 'male', ['62y8m', '2038-02', 32]],
  ['1976-08', 'male', ['62y11m', '2039-07', 35]],
  ['1976-09', 'male', ['63y0m', '2039-09', 36]],
  ['1988-09', 'male', ['63y0m', '2051-09', 36]],
  ['1969-12', 'female_cadre', ['55y0m', '2024-12', 0]],
  ['1970-01', 'female_cadre', ['55y1m', '2025-02', 1]],
  ['1970-06', 'female_cadre', ['55y2m', '2025-08', 2]],
  ['1970-09', 'female_cadre', ['55y3m', '2025-12', 3]],
  ['1971-06', 'female_cadre', ['55y5m', '2026-11', 5]],
  ['1981-09', 'female_cadre', ['58y0m', '2039-09', 36]],
  ['1974-12', 'female_worker', ['50y0m', '2024-12', 0]],
  ['1975-01', 'female_worker', ['50y1m', '2025-02', 1]],
  ['1975-03', 'female_worker', ['50y2m', '2025-05', 2]],
  ['1975-06', 'female_worker', ['50y3m', '2025-09', 3]],
  ['1976-06', 'female_worker', ['50y9m', '2027-03', 9]],
  ['1977-01', 'female_worker', ['51y1m', '2028-02', 13]],
  ['1984-10', 'female_worker', ['54y11m', '2039-09', 59]],
  ['1984-11', 'female_worker', ['55y0m', '2039-11', 60]],
] as const)('born %s, %s: retires at the age and in the month of the table', (birthMonth, category, expected) => {
  expect(row(birthMonth, category)).toEqual(expected)
})

const anyBirthMonth = fc.integer({ min: monthIndex('1930-01'), max: monthIndex('2010-12') }).map((index) => addMonths('0000-01', index))
const anyCategory = fc.constantFrom(...RetirementCategory.options)
const caps: Record<RetirementCategory, number> = { male: 63 * 12, female_cadre: 58 * 12, female_worker: 55 * 12 }

test('a later birth never retires at a younger age, nor in an earlier month', () => {
  fc.assert(
    fc.property(anyBirthMonth, fc.integer({ min: 1, max: 240 }), anyCategory, (birthMonth, later, category) => {
      const earlier = statutoryRetirement(birthMonth, category)
      const after = statutoryRetirement(addMonths(birthMonth, later), category)
      expect(after.ageMonths).toBeGreaterThanOrEqual(earlier.ageMonths)
      expect(after.month > earlier.month).toBe(true)
    }),
  )
})

test('the age is never below the original one nor above the cap (63, 58, 55), and the month is birth plus the age', () => {
  fc.assert(
    fc.property(anyBirthMonth, anyCategory, (birthMonth, category) => {
      const found = statutoryRetirement(birthMonth, category)
      expect(found.ageMonths).toBeGreaterThanOrEqual(retirementAgeRules[category].originalAgeYears * 12)
      expect(found.ageMonths).toBeLessThanOrEqual(caps[category])
      expect(found.month).toBe(addMonths(birthMonth, found.ageMonths))
      expect(found.delayMonths).toBe(found.ageMonths - retirementAgeRules[category].originalAgeYears * 12)
    }),
  )
})

test('nobody retires later than one month per step allows: one step later at most one month older', () => {
  fc.assert(
    fc.property(anyBirthMonth, anyCategory, (birthMonth, category) => {
      const step = retirementAgeRules[category].monthsPerStep
      expect(statutoryRetirement(addMonths(birthMonth, step), category).ageMonths - statutoryRetirement(birthMonth, category).ageMonths).toBeLessThanOrEqual(1)
    }),
  )
})

test('a woman cadre never retires before a woman worker born the same month, nor after a man', () => {
  fc.assert(
    fc.property(anyBirthMonth, (birthMonth) => {
      const worker = statutoryRetirement(birthMonth, 'female_worker').ageMonths
      const cadre = statutoryRetirement(birthMonth, 'female_cadre').ageMonths
      expect(cadre).toBeGreaterThanOrEqual(worker)
      expect(statutoryRetirement(birthMonth, 'male').ageMonths).toBeGreaterThan(cadre)
    }),
  )
})

test('whole years between months round down, and are negative when the second month is earlier', () => {
  expect(wholeYearsBetween('2026-11', '2030-05')).toBe(3)
  expect(wholeYearsBetween('2026-11', '2031-10')).toBe(4)
  expect(wholeYearsBetween('2026-11', '2031-11')).toBe(5)
  expect(wholeYearsBetween('2026-11', '2026-11')).toBe(0)
  expect(wholeYearsBetween('2026-11', '2026-10')).toBe(-1)
})

test('a month that is not one is refused', () => {
  expect(() => statutoryRetirement('1980-13', 'male')).toThrow(RangeError)
})

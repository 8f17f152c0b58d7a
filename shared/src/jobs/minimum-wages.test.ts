import { expect, test } from 'vitest'
import { MinimumWageStandard, MinimumWageTable, minimumWageOn, minimumWageRows, minimumWages, zhejiangMinimumWageStandards } from './minimum-wages'

// Made-up figures: the tests are about finding the row in force, not about any year's minimum.
const standards: MinimumWageStandard[] = [
  {
    provincePrefix: '33',
    effectiveFrom: '2024-01-01',
    tiers: { first: { monthlyFen: 250_000, hourlyFen: 2_400 }, second: { monthlyFen: 230_000, hourlyFen: 2_200 }, third: { monthlyFen: 210_000, hourlyFen: 2_000 } },
    areas: [
      { regionPrefix: '3303', tier: 'second' },
      { regionPrefix: '330302', tier: 'first' },
    ],
    otherAreasTier: 'third',
    source: 'test',
    areasSource: 'test areas',
    placeholder: false,
    areasPlaceholder: true,
  },
  {
    provincePrefix: '33',
    effectiveFrom: '2026-03-01',
    tiers: { first: { monthlyFen: 270_000, hourlyFen: 2_600 }, second: { monthlyFen: 250_000, hourlyFen: 2_400 }, third: { monthlyFen: 230_000, hourlyFen: 2_200 } },
    areas: [{ regionPrefix: '330302', tier: 'first' }],
    otherAreasTier: 'third',
    source: 'test',
    areasSource: 'test areas',
    placeholder: false,
    areasPlaceholder: false,
  },
]
const table: MinimumWageTable = minimumWageRows(standards)

const monthlyIn = (regionCode: string, date: string) => minimumWageOn(regionCode, date, table)?.monthlyFen

test('the seeded standards and the rows made from them are valid data, marked as placeholders with their sources', () => {
  expect(zhejiangMinimumWageStandards.every((standard) => MinimumWageStandard.safeParse(standard).success)).toBe(true)
  expect(MinimumWageTable.safeParse(minimumWages).success).toBe(true)
  expect(minimumWages.every((row) => row.placeholder && row.source.includes('http'))).toBe(true)
})

test('a notice gives one row for the rest of the province and one for each area it lists', () => {
  expect(table.filter((row) => row.effectiveFrom === '2024-01-01').map((row) => [row.regionPrefix, row.tier])).toEqual([
    ['33', 'third'],
    ['3303', 'second'],
    ['330302', 'first'],
  ])
})

test('a listed area is a placeholder when its tier is, even if the figures are confirmed', () => {
  const rows = table.filter((row) => row.effectiveFrom === '2024-01-01')
  expect(rows.map((row) => row.placeholder)).toEqual([false, true, true])
  expect(rows[1]?.source).toBe('test; tier: test areas')
})

test('a district gets its own row, a county of a listed city the city\u2019s, any other county the province\u2019s', () => {
  expect(monthlyIn('330302', '2025-06-01')).toBe(250_000)
  expect(monthlyIn('330381', '2025-06-01')).toBe(230_000)
  expect(monthlyIn('330102', '2025-06-01')).toBe(210_000)
})

test('a notice applies from the day it takes effect, not the day before', () => {
  expect(monthlyIn('330302', '2026-02-28')).toBe(250_000)
  expect(monthlyIn('330302', '2026-03-01')).toBe(270_000)
})

test('a new notice replaces the old local figures even where it no longer lists the area', () => {
  // The 2026 notice lists only Lucheng, so the rest of Wenzhou falls to the third tier of 2026.
  expect(minimumWageOn('330381', '2026-03-01', table)).toMatchObject({ regionPrefix: '33', effectiveFrom: '2026-03-01', monthlyFen: 230_000 })
})

test('before the first notice, or outside the province, there is no minimum', () => {
  expect(minimumWageOn('330302', '2023-12-31', table)).toBeUndefined()
  expect(minimumWageOn('320102', '2026-06-01', table)).toBeUndefined()
})

test('the seeded table finds Lucheng\u2019s row and falls back to the province elsewhere in Zhejiang', () => {
  expect(minimumWageOn('330302', '2026-12-04')).toMatchObject({ regionPrefix: '330302', tier: 'first' })
  expect(minimumWageOn('330102', '2026-12-04')).toMatchObject({ regionPrefix: '33', tier: 'third' })
})

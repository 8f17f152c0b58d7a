import fc from 'fast-check'
import { expect, test } from 'vitest'
import { findGaps, findGapsOfYear, lastDueMonth } from './gaps'
import type { Gap } from './schemas'
import { addMonths, monthIndex, monthOfIndex, monthsInclusive } from './months'

const months = (from: string, to: string) => Array.from({ length: monthsInclusive(from, to) }, (_, i) => addMonths(from, i))

test('months between jobs are a closed gap; months since the last payment are an ongoing gap', () => {
  const paid = [...months('2020-01', '2020-06'), ...months('2020-09', '2021-03')]
  expect(findGaps('pension', paid, '2021-06')).toEqual([
    { type: 'pension', from: '2020-07', to: '2020-08', months: 2, ongoing: false },
    { type: 'pension', from: '2021-04', to: '2021-06', months: 3, ongoing: true },
  ])
})

test('someone who never contributed has no gaps, and paying up to date leaves none', () => {
  expect(findGaps('medical', [], '2026-10')).toEqual([])
  expect(findGaps('medical', months('2025-01', '2026-10'), '2026-10')).toEqual([])
})

test('the last month due is the month before the current one, across a new year', () => {
  expect(lastDueMonth('2026-01')).toBe('2025-12')
  expect(lastDueMonth('2026-11')).toBe('2026-10')
})

/** The whole-history gaps clipped to one year: what the year view must show. */
function clipToYear(gaps: readonly Gap[], year: number): Gap[] {
  const from = `${year}-01`
  const to = `${year}-12`
  return gaps.flatMap((gap) => {
    if (gap.to < from || gap.from > to) return []
    const clippedFrom = gap.from < from ? from : gap.from
    const clippedTo = gap.to > to ? to : gap.to
    return [{ ...gap, from: clippedFrom, to: clippedTo, months: monthsInclusive(clippedFrom, clippedTo) }]
  })
}

function yearView(paid: readonly string[], year: number, until: string): Gap[] {
  // As the repository reads it: the span counts months up to `until` only.
  const sorted = paid.filter((m) => m <= until).sort()
  const [first, last] = [sorted[0], sorted.at(-1)]
  if (!first || !last) return []
  return findGapsOfYear('pension', year, paid.filter((m) => m.startsWith(`${year}-`)), { first, last }, until)
}

test('a gap across new year is cut to the year being viewed', () => {
  const paid = ['2019-06', '2021-02']
  expect(yearView(paid, 2020, '2021-02')).toEqual([{ type: 'pension', from: '2020-01', to: '2020-12', months: 12, ongoing: false }])
  expect(yearView(paid, 2019, '2021-02')).toEqual([{ type: 'pension', from: '2019-07', to: '2019-12', months: 6, ongoing: false }])
})

test('a gap that began in an earlier year and never closed is ongoing in every year it covers', () => {
  expect(yearView(['2019-06'], 2020, '2021-02')).toEqual([{ type: 'pension', from: '2020-01', to: '2020-12', months: 12, ongoing: true }])
})

test('one year read alone shows exactly the gaps of the whole history within that year', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 71 }), { maxLength: 50 }),
      fc.integer({ min: 0, max: 80 }),
      fc.integer({ min: 2015, max: 2021 }),
      (offsets, untilOffset, year) => {
        const base = monthIndex('2015-01')
        const paid = offsets.map((o) => monthOfIndex(base + o))
        const until = monthOfIndex(base + untilOffset)
        expect(yearView(paid, year, until)).toEqual(clipToYear(findGaps('pension', paid, until), year))
      },
    ),
  )
})

test('paid months and gap months together always cover first payment to the last month due', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 60 }), fc.integer({ min: 0, max: 130 }), (offsets, untilOffset) => {
      const base = monthIndex('2015-01')
      const paid = offsets.map((o) => monthOfIndex(base + o))
      const until = monthOfIndex(base + untilOffset)
      const gaps = findGaps('pension', paid, until)
      const first = [...paid].sort()[0]
      const paidUpTo = paid.filter((m) => m <= until).length
      const gapMonths = gaps.reduce((sum, gap) => sum + gap.months, 0)
      if (!first || first > until) expect(gaps).toEqual([])
      else expect(paidUpTo + gapMonths).toBe(monthsInclusive(first, until))
      for (const gap of gaps) expect(gap.ongoing).toBe(gap.to === until)
    }),
  )
})

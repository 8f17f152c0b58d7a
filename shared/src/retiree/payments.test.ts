import fc from 'fast-check'
import { expect, test } from 'vitest'
import { addMonths, monthIndex, monthOfIndex } from '../records/months'
import { addCalendarDays } from '../wages/work-calendar'
import { arrearsOf, decidePayment, monthsToPay, overpaidAfterDeath, payDateOf } from './payments'
import type { Payment } from './schemas'

type Row = Pick<Payment, 'month' | 'amountFen' | 'status'>

const row = (month: string, status: Payment['status'], amountFen = 251_000): Row => ({ month, amountFen, status })

test('the pension of a month is paid on the 10th of that month', () => {
  expect(payDateOf('2026-09')).toBe('2026-09-10')
})

test('before the 10th this month is not paid yet; on the 10th it is', () => {
  expect(monthsToPay('2020-01', '2026-08', '2026-09-09')).toEqual([])
  expect(monthsToPay('2020-01', '2026-08', '2026-09-10')).toEqual(['2026-09'])
  expect(monthsToPay('2020-01', '2026-09', '2026-09-30')).toEqual([])
})

test('a payment run that missed the turn of the year pays December and January in order', () => {
  expect(monthsToPay('2020-01', '2025-11', '2026-01-09')).toEqual(['2025-12'])
  expect(monthsToPay('2020-01', '2025-11', '2026-01-10')).toEqual(['2025-12', '2026-01'])
})

test('a new pensioner is paid from the first month of the pension, nothing before it', () => {
  expect(monthsToPay('2025-11', null, '2025-11-09')).toEqual([])
  expect(monthsToPay('2025-11', null, '2026-02-15')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  expect(monthsToPay('2026-03', null, '2026-02-28')).toEqual([])
})

test('someone who dies on 17 September is paid for September and not for October', () => {
  const facts = { diedOn: '2026-09-17', suspended: false }
  expect(decidePayment('2026-09', facts)).toBe('paid')
  expect(decidePayment('2026-10', facts)).toBe('cancelled')
  expect(decidePayment('2027-01', facts)).toBe('cancelled')
})

test('the month of death is owed whether the death was on its first or its last day', () => {
  expect(decidePayment('2026-09', { diedOn: '2026-09-01', suspended: false })).toBe('paid')
  expect(decidePayment('2026-09', { diedOn: '2026-09-30', suspended: false })).toBe('paid')
  expect(decidePayment('2026-10', { diedOn: '2026-09-30', suspended: false })).toBe('cancelled')
})

test('a pensioner who has not certified in time has the month held, not lost', () => {
  expect(decidePayment('2026-11', { diedOn: null, suspended: true })).toBe('held')
  expect(decidePayment('2026-11', { diedOn: null, suspended: false })).toBe('paid')
})

test('a suspended pensioner who dies has the month of death held and the next cancelled', () => {
  const facts = { diedOn: '2026-09-17', suspended: true }
  expect(decidePayment('2026-09', facts)).toBe('held')
  expect(decidePayment('2026-10', facts)).toBe('cancelled')
})

test('October and November paid after a September death are two months to recover, their sum', () => {
  const payments = [row('2026-11', 'paid'), row('2026-08', 'paid'), row('2026-09', 'paid'), row('2026-10', 'paid', 255_000)]
  expect(overpaidAfterDeath('2026-09-17', payments)).toEqual({ months: ['2026-10', '2026-11'], amountFen: 506_000 })
})

test('held and cancelled months after a death were never paid and are not recovered', () => {
  const payments = [row('2026-09', 'paid'), row('2026-10', 'held'), row('2026-11', 'cancelled'), row('2026-12', 'paid')]
  expect(overpaidAfterDeath('2026-09-17', payments)).toEqual({ months: ['2026-12'], amountFen: 251_000 })
})

test('a death recorded before the next pay day leaves nothing to recover', () => {
  expect(overpaidAfterDeath('2026-09-17', [row('2026-08', 'paid'), row('2026-09', 'paid')])).toEqual({ months: [], amountFen: 0 })
})

test('a pensioner who certifies late is paid every held month at once', () => {
  const payments = [row('2026-08', 'paid'), row('2026-10', 'held', 252_000), row('2026-09', 'held'), row('2026-11', 'held')]
  expect(arrearsOf(payments, null)).toEqual({ months: ['2026-09', '2026-10', '2026-11'], amountFen: 754_000 })
})

test('months held before a death are owed up to the month of death, not after it', () => {
  const payments = [row('2026-07', 'held'), row('2026-08', 'held'), row('2026-09', 'held'), row('2026-10', 'held'), row('2026-11', 'cancelled')]
  expect(arrearsOf(payments, '2026-09-17')).toEqual({ months: ['2026-07', '2026-08', '2026-09'], amountFen: 753_000 })
})

test('nothing held means no arrears', () => {
  expect(arrearsOf([row('2026-08', 'paid'), row('2026-09', 'cancelled')], null)).toEqual({ months: [], amountFen: 0 })
})

// Months and days as offsets from a base keep the generators within real dates.
const baseMonth = '2018-01'
const anyDeath = fc.integer({ min: 0, max: 4_000 }).map((offset) => addCalendarDays('2018-01-01', offset))
const anyPayments = fc
  .uniqueArray(
    fc.record({
      offset: fc.integer({ min: 0, max: 140 }),
      amountFen: fc.integer({ min: 0, max: 2_000_000 }),
      status: fc.constantFrom<Payment['status']>('paid', 'held', 'cancelled'),
    }),
    { selector: (p) => p.offset, maxLength: 60 },
  )
  .map((rows) => rows.map(({ offset, amountFen, status }): Row => ({ month: addMonths(baseMonth, offset), amountFen, status })))

test('whenever someone dies, the overpayment is exactly the paid months after the month of death and their sum', () => {
  fc.assert(
    fc.property(anyDeath, anyPayments, (diedOn, payments) => {
      const deathMonth = monthIndex(diedOn.slice(0, 7))
      const expected = payments.filter((p) => p.status === 'paid' && monthIndex(p.month) > deathMonth).sort((a, b) => monthIndex(a.month) - monthIndex(b.month))
      expect(overpaidAfterDeath(diedOn, payments)).toEqual({
        months: expected.map((p) => p.month),
        amountFen: expected.reduce((total, p) => total + p.amountFen, 0),
      })
    }),
  )
})

test('after a death, no month is both owed as arrears and recovered as an overpayment', () => {
  fc.assert(
    fc.property(anyDeath, anyPayments, (diedOn, payments) => {
      const arrears = arrearsOf(payments, diedOn).months
      const overpaid = overpaidAfterDeath(diedOn, payments).months
      expect(arrears.filter((month) => overpaid.includes(month))).toEqual([])
      for (const month of arrears) expect(month <= diedOn.slice(0, 7)).toBe(true)
    }),
  )
})

test('the payment run pays each month once, in order, and only months whose pay day has come', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 120 }), fc.option(fc.integer({ min: 0, max: 120 })), anyDeath, (first, last, today) => {
      const firstMonth = monthOfIndex(monthIndex(baseMonth) + first)
      const lastMonth = last === null ? null : monthOfIndex(monthIndex(baseMonth) + last)
      const months = monthsToPay(firstMonth, lastMonth, today)
      const from = lastMonth === null ? firstMonth : addMonths(lastMonth, 1)
      months.forEach((month, i) => expect(month).toBe(addMonths(from, i)))
      for (const month of months) expect(payDateOf(month) <= today).toBe(true)
      expect(payDateOf(addMonths(from, months.length)) > today).toBe(true)
    }),
  )
})

import fc from 'fast-check'
import { expect, test } from 'vitest'
import { ApplicationDecisionKind, ApplicationStatus, complaintGround, contactVisible, dayPayFen, distanceBandOf, nextApplicationStatus } from './applications'

test('an application moves only along the table: invite, then hire; decline from either; nothing after hired, declined or withdrawn', () => {
  expect(nextApplicationStatus('applied', 'invite')).toBe('invited')
  expect(nextApplicationStatus('applied', 'decline')).toBe('declined')
  expect(nextApplicationStatus('applied', 'hire')).toBeNull()
  expect(nextApplicationStatus('invited', 'hire')).toBe('hired')
  expect(nextApplicationStatus('invited', 'decline')).toBe('declined')
  expect(nextApplicationStatus('invited', 'invite')).toBeNull()
  for (const decision of ApplicationDecisionKind.options) {
    expect(nextApplicationStatus('hired', decision)).toBeNull()
    expect(nextApplicationStatus('declined', decision)).toBeNull()
    expect(nextApplicationStatus('withdrawn', decision)).toBeNull()
  }
})

test('the employer sees who applied only once it has invited her', () => {
  expect(ApplicationStatus.options.filter(contactVisible)).toEqual(['invited', 'hired'])
  // Whatever the steps, a status with the contact visible is reached only through an invitation.
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...ApplicationDecisionKind.options), { maxLength: 6 }), (decisions) => {
      let status: ApplicationStatus = 'applied'
      let invited = false
      for (const decision of decisions) {
        const next = nextApplicationStatus(status, decision)
        if (next === null) continue
        if (next === 'invited') invited = true
        status = next
      }
      return !contactVisible(status) || invited
    }),
  )
})

test('a day earns by its unit, in whole fen', () => {
  expect(dayPayFen({ amountFen: 2_500, unit: 'hour' }, 450)).toBe(18_750)
  expect(dayPayFen({ amountFen: 2_333, unit: 'hour' }, 61)).toBe(2_372)
  expect(dayPayFen({ amountFen: 20_000, unit: 'day' }, 30)).toBe(20_000)
  expect(dayPayFen({ amountFen: 435_000, unit: 'month' }, 480)).toBe(20_000)
  expect(dayPayFen({ amountFen: 150, unit: 'piece' }, 480)).toBeNull()
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 0, max: 1_440 }), (amountFen, minutes) => {
      const fen = dayPayFen({ amountFen, unit: 'hour' }, minutes)
      return Number.isInteger(fen) && fen !== null && fen >= 0 && (dayPayFen({ amountFen, unit: 'hour' }, minutes + 1) ?? 0) >= fen
    }),
  )
})

test('distance is told in bands, the edge belonging to the nearer band', () => {
  expect([0, 1, 1.01, 3, 4.9, 5, 10, 10.5, 80].map(distanceBandOf)).toEqual([
    'within_1km',
    'within_1km',
    'within_3km',
    'within_3km',
    'within_5km',
    'within_5km',
    'within_10km',
    'over_10km',
    'over_10km',
  ])
})

test('a complaint may be opened after a dispute, or after the deadline passed with no pay stated; never after confirming', () => {
  const worked = { checkOutAt: '2026-11-29T10:00:00.000Z', paidStatedAt: null, payAnswer: null, payDeadline: '2026-11-30T10:00:00.000Z' } as const
  expect(complaintGround(worked, new Date('2026-11-30T10:00:00.000Z'))).toBeNull()
  expect(complaintGround(worked, new Date('2026-11-30T10:00:00.001Z'))).toBe('not_stated_in_time')
  expect(complaintGround({ ...worked, checkOutAt: null, payDeadline: null }, new Date('2027-01-01T00:00:00.000Z'))).toBeNull()
  const stated = { ...worked, paidStatedAt: '2026-11-29T11:00:00.000Z' }
  expect(complaintGround(stated, new Date('2026-12-31T00:00:00.000Z'))).toBeNull()
  expect(complaintGround({ ...stated, payAnswer: 'disputed' }, new Date('2026-11-29T12:00:00.000Z'))).toBe('disputed')
  expect(complaintGround({ ...stated, payAnswer: 'confirmed' }, new Date('2026-12-31T00:00:00.000Z'))).toBeNull()
})

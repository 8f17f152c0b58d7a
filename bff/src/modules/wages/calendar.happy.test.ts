import { expect, test } from 'vitest'
import { z } from 'zod'
import { officialCalendar2026 } from '@renshe/shared/wages/holidays'
import { CalendarDay } from '@renshe/shared/wages/schemas'
import { addWorkingDays } from '@renshe/shared/wages/work-calendar'
import { auditRows, meOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { loadWorkCalendar } from './calendar-repo'

const Days = z.object({ days: z.array(CalendarDay) })

test('an officer, a supervisor and an administrator read the year’s holidays and make-up working days', async () => {
  const t = await createTestContext()
  for (const account of ['officer-liu', 'supervisor-wu', 'admin']) {
    const { days } = await expectOk(await t.call('GET', '/api/wages/calendar?year=2026', { token: await t.login(account) }), Days, 200, account)
    expect(days).toEqual([...officialCalendar2026].sort((a, b) => a.date.localeCompare(b.date)))
  }
  const next = await expectOk(await t.call('GET', '/api/wages/calendar?year=2027', { token: await t.login('officer-liu') }), Days)
  expect(next.days).toEqual([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }])
})

test('an administrator marks a day off, and a deadline counted in working days moves past it', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  expect(addWorkingDays(await t.deps.db.read(loadWorkCalendar), '2026-12-28', 5)).toBe('2027-01-05')

  const body = { kind: 'holiday', name: '元旦调休' }
  const { days } = await expectOk(await t.call('PUT', '/api/wages/calendar/2026-12-31', { token: admin, body }), Days)
  expect(days.at(-1)).toEqual({ date: '2026-12-31', kind: 'holiday', name: '元旦调休' })
  expect(addWorkingDays(await t.deps.db.read(loadWorkCalendar), '2026-12-28', 5)).toBe('2027-01-06')
  expect((await auditRows(t)).at(-1)).toMatchObject({
    action: 'wages.setCalendarDay',
    kind: 'write',
    actorUserId: (await meOf(t, admin)).id,
    objectType: 'calendar_day',
    objectId: '2026-12-31',
  })
})

test('an administrator makes a Saturday a working day, renames it, and clears it back to normal', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const saturday = '/api/wages/calendar/2026-12-26'
  await expectOk(await t.call('PUT', saturday, { token: admin, body: { kind: 'workday', name: '调休上班' } }), Days)
  expect(addWorkingDays(await t.deps.db.read(loadWorkCalendar), '2026-12-25', 1)).toBe('2026-12-26')
  const renamed = await expectOk(await t.call('PUT', saturday, { token: admin, body: { kind: 'workday', name: '元旦调休上班' } }), Days)
  expect(renamed.days.filter((d) => d.date === '2026-12-26')).toEqual([{ date: '2026-12-26', kind: 'workday', name: '元旦调休上班' }])

  const cleared = await expectOk(await t.call('PUT', saturday, { token: admin, body: { kind: 'normal', name: '' } }), Days)
  expect(cleared.days.some((d) => d.date === '2026-12-26')).toBe(false)
  expect(addWorkingDays(await t.deps.db.read(loadWorkCalendar), '2026-12-25', 1)).toBe('2026-12-28')
})

import { asc } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { calendarDays } from '../../db/schema'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'

test('only an administrator changes the calendar: officers, supervisors and employers are refused and nothing changes', async () => {
  const t = await createTestContext()
  const allDays = () => t.deps.db.read((q) => q.select().from(calendarDays).orderBy(asc(calendarDays.date)))
  const before = await allDays()
  for (const account of ['officer-liu', 'supervisor-wu', 'employer-demo', 'citizen-zhang']) {
    const response = await t.call('PUT', '/api/wages/calendar/2026-12-31', { token: await t.login(account), body: { kind: 'holiday', name: '假日' } })
    await expectProblem(response, 'forbidden', { because: account })
  }
  expect(await allDays()).toEqual(before)
})

test('a citizen or an employer cannot read the calendar administration, and no one can without a session', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'employer-demo']) {
    await expectProblem(await t.call('GET', '/api/wages/calendar?year=2026', { token: await t.login(account) }), 'forbidden', { because: account })
  }
  await expectProblem(await t.call('GET', '/api/wages/calendar?year=2026'), 'unauthenticated')
  await expectProblem(await t.call('PUT', '/api/wages/calendar/2026-12-31', { body: { kind: 'holiday', name: '假日' } }), 'unauthenticated')
})

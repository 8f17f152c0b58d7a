import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { users } from '../../db/schema'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { sampleCourse } from '../../testing/training-course-flows'
import { userIdOf } from '../../testing/wages-flows'

function create(t: TestContext, token: string, body: unknown, key = 'course-error-key-0001') {
  return t.call('POST', '/api/training/institution/courses', { token, idempotencyKey: key, body })
}

test('a course filled in wrongly is refused with every wrong field named, and nothing is published', async () => {
  const t = await createTestContext()
  const token = await t.login('institution-demo')
  const [session] = sampleCourse.sessions
  expect(await expectFieldErrors(await create(t, token, { ...sampleCourse, hours: 0, capacity: 6000, priceFen: 100_000_01, sessions: [session, session] }))).toEqual({
    'body.hours': 'training.hours',
    'body.capacity': 'training.capacity',
    'body.priceFen': 'training.price',
    'body.sessions': 'training.sessionTwice',
  })
  expect(await expectFieldErrors(await create(t, token, { ...sampleCourse, sessions: [] }))).toEqual({ 'body.sessions': 'training.sessionsRequired' })
  expect(await expectFieldErrors(await create(t, token, { ...sampleCourse, name: ' ', level: 6 }))).toEqual({ 'body.name': 'field.required', 'body.level': 'field.choose' })
  const page = (await (await t.call('GET', '/api/training/institution/courses', { token })).json()) as { items: unknown[] }
  expect(page.items).toHaveLength(2)
})

test('a course taught outside the institution’s region is refused at its region; an institution without a region publishes nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('institution-demo')
  expect(await expectFieldErrors(await create(t, token, { ...sampleCourse, regionCode: '330304' }))).toEqual({ 'body.regionCode': 'training.regionOutside' })
  expect(await expectFieldErrors(await create(t, token, { ...sampleCourse, regionCode: '330300' }, 'course-error-key-0002'))).toEqual({ 'body.regionCode': 'training.regionOutside' })
  const institution = await userIdOf(t, 'institution-demo')
  await t.deps.db.transaction((tx) => tx.update(users).set({ regionCode: null }).where(eq(users.id, institution)))
  await expectProblem(await create(t, await t.login('institution-demo'), sampleCourse, 'course-error-key-0003'), 'forbidden')
})

test('a roster of a course that does not exist is not found, and so is a search with a voucher that does not exist', async () => {
  const t = await createTestContext()
  await expectProblem(await t.call('GET', '/api/training/institution/courses/zzzzzzzzzzzzzzzzzzzzzzzzzz/roster', { token: await t.login('institution-demo') }), 'not_found')
  await expectProblem(await t.call('GET', '/api/training/courses?voucherId=zzzzzzzzzzzzzzzzzzzzzzzzzz', { token: await t.login('citizen-zhang') }), 'not_found')
  await expectProblem(await t.call('POST', '/api/training/enrolments/zzzzzzzzzzzzzzzzzzzzzzzzzz/cancel', { token: await t.login('citizen-zhang') }), 'not_found')
})

import { expect, test } from 'vitest'
import { Course, CoursePage } from '@renshe/shared/training/courses'
import { seededTrainingIds } from '../../db/seed/training'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { courseRow, publishCourse, sampleCourse } from '../../testing/training-course-flows'
import { claimed } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

const { welding, elderCare } = seededTrainingIds.courses

test('an institution publishes a course: its sessions in order, starting on the first, under its name; a retry is the same course', async () => {
  const t = await createTestContext()
  const token = await t.login('institution-demo')
  const institution = await userIdOf(t, 'institution-demo')
  const course = await publishCourse(t, token, {}, 'course-publish-happy-0001')
  expect(course).toEqual({
    id: expect.any(String) as string,
    institutionId: institution,
    institutionName: '温州技师培训学校',
    name: sampleCourse.name,
    occupationCode: '4-10-01-05',
    level: 5,
    hours: 36,
    capacity: 30,
    enrolled: 0,
    priceFen: 150_000,
    regionCode: '330302',
    startsOn: '2026-12-19',
    sessions: ['2026-12-19', '2026-12-20', '2026-12-26'].map((date) => ({ id: expect.any(String) as string, date, from: '09:00', to: '15:00', place: '鹿城区五马街道社区学校' })),
    status: 'open',
    createdAt: t.clock.now().toISOString(),
  })
  expect((await courseRow(t, course.id)).startsOn).toBe('2026-12-19')
  const again = await t.call('POST', '/api/training/institution/courses', { token, idempotencyKey: 'course-publish-happy-0001', body: sampleCourse })
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, Course, 201)).toEqual(course)
  expect((await auditRows(t)).filter((row) => row.action === 'training.createCourse').map((row) => row.objectId)).toEqual([course.id])
})

test('an institution lists its own courses, the next to start first, a page at a time', async () => {
  const t = await createTestContext()
  const token = await t.login('institution-demo')
  const early = await publishCourse(t, token, { sessions: [{ date: '2026-12-05', from: '09:00', to: '12:00', place: '鹿城区' }] })
  const first = await expectOk(await t.call('GET', '/api/training/institution/courses?limit=2', { token }), CoursePage)
  expect(first.items.map((course) => course.id)).toEqual([early.id, welding])
  const second = await expectOk(await t.call('GET', `/api/training/institution/courses?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, { token }), CoursePage)
  expect(second).toEqual({ items: [expect.objectContaining({ id: elderCare })], nextCursor: null })
})

test('the demo institution’s seeded courses start weeks after the seed’s day in Lucheng, with 4 to 8 sessions, and the seeded vouchers can be spent on them', async () => {
  const t = await createTestContext()
  const page = await expectOk(await t.call('GET', '/api/training/institution/courses', { token: await t.login('institution-demo') }), CoursePage)
  expect(page.items.map((course) => [course.id, course.startsOn, course.sessions.length, course.regionCode])).toEqual([
    [welding, '2026-12-20', 6, '330302'],
    [elderCare, '2026-12-27', 8, '330302'],
  ])
  const zhang = await t.login('citizen-zhang')
  const voucher = await claimed(t, zhang, seededTrainingIds.programmes.general)
  const spendable = await expectOk(await t.call('GET', `/api/training/courses?voucherId=${voucher.id}`, { token: zhang }), CoursePage)
  expect(spendable.items.map((course) => course.id)).toEqual([elderCare])
})

test('a holder searches open courses from today by occupation, region and first day, a page at a time', async () => {
  const t = await createTestContext()
  const institution = await t.login('institution-demo')
  const later = await publishCourse(t, institution, { sessions: [{ date: '2027-01-09', from: '09:00', to: '12:00', place: '鹿城区' }] })
  const token = await t.login('citizen-zhang')
  const search = async (query: string) => (await expectOk(await t.call('GET', `/api/training/courses?${query}`, { token }), CoursePage)).items.map((course) => course.id)
  expect(await search('')).toEqual([welding, elderCare, later.id])
  expect(await search('occupationCode=4-10-01-05')).toEqual([elderCare, later.id])
  expect(await search('regionCode=330300')).toEqual([welding, elderCare, later.id])
  expect(await search('regionCode=330304')).toEqual([])
  expect(await search('startsFrom=2026-12-21')).toEqual([elderCare, later.id])
  const first = await expectOk(await t.call('GET', '/api/training/courses?limit=2', { token }), CoursePage)
  const rest = await expectOk(await t.call('GET', `/api/training/courses?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, { token }), CoursePage)
  expect([...first.items, ...rest.items].map((course) => course.id)).toEqual([welding, elderCare, later.id])
  expect(rest.nextCursor).toBeNull()
})

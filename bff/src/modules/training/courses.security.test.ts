import { expect, test } from 'vitest'
import { CoursePage } from '@renshe/shared/training/courses'
import { seededTrainingIds } from '../../db/seed/training'
import { users } from '../../db/schema'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { enrolled, publishCourse, sampleCourse } from '../../testing/training-course-flows'
import { claimed } from '../../testing/training-flows'

const { elderCare } = seededTrainingIds.courses

/** A second institution, in Ouhai. */
async function ouhaiSchool(t: TestContext): Promise<string> {
  await t.deps.db.transaction((tx) =>
    tx.insert(users).values({ id: 'institution-ouhai', devAccount: 'institution-ouhai', roles: ['institution'], regionCode: '330304', organization: '瓯海职业技能培训中心', createdAt: t.clock.now().toISOString() }),
  )
  return t.login('institution-ouhai')
}

test('another institution’s roster does not exist for an institution, and its list holds only its own courses', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await enrolled(t, zhang, elderCare, (await claimed(t, zhang, seededTrainingIds.programmes.general)).id)
  const ouhai = await ouhaiSchool(t)
  const problem = await expectProblem(await t.call('GET', `/api/training/institution/courses/${elderCare}/roster`, { token: ouhai }), 'not_found')
  expect(JSON.stringify(problem)).not.toContain('张')
  const own = await publishCourse(t, ouhai, { regionCode: '330304' })
  const page = await expectOk(await t.call('GET', '/api/training/institution/courses', { token: ouhai }), CoursePage)
  expect(page.items.map((course) => course.id)).toEqual([own.id])
  // Nor is the Ouhai school's course the demo school's to read.
  await expectProblem(await t.call('GET', `/api/training/institution/courses/${own.id}/roster`, { token: await t.login('institution-demo') }), 'not_found')
})

test('a holder cannot search with someone else’s voucher: it does not exist for her', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const voucher = await claimed(t, zhang, seededTrainingIds.programmes.general)
  const other = await t.login('worker-zhao')
  await expectProblem(await t.call('GET', `/api/training/courses?voucherId=${voucher.id}`, { token: other }), 'not_found')
})

test('only institutions publish and read rosters; only citizens with a real name search; grid staff cannot search or enrol for a citizen', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'officer-liu', 'employer-demo', 'staff-zhou']) {
    const token = await t.login(account)
    await expectProblem(await t.call('POST', '/api/training/institution/courses', { token, idempotencyKey: `course-by-${account}-0001`, body: sampleCourse }), 'forbidden', { because: account })
    await expectProblem(await t.call('GET', `/api/training/institution/courses/${elderCare}/roster`, { token }), 'forbidden', { because: account })
  }
  for (const account of ['institution-demo', 'officer-liu', 'employer-demo', 'staff-zhou']) {
    await expectProblem(await t.call('GET', '/api/training/courses', { token: await t.login(account) }), 'forbidden', { because: account })
  }
  await expectProblem(await t.call('GET', '/api/training/courses', { token: await t.login('citizen-li') }), 'real_name_required')
  const chen = await t.login('staff-chen')
  const grants = (await (await t.call('GET', '/api/proxy/clients', { token: chen })).json()) as { clients: { grantId: string }[] }
  await expectProblem(await t.call('GET', '/api/training/courses', { token: chen, actingFor: grants.clients[0]?.grantId ?? '' }), 'proxy_not_allowed')
})

test('a roster shows each trainee masked: her full name and ID number never leave the BFF', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await enrolled(t, zhang, elderCare, (await claimed(t, zhang, seededTrainingIds.programmes.general)).id)
  const text = await (await t.call('GET', `/api/training/institution/courses/${elderCare}/roster`, { token: await t.login('institution-demo') })).text()
  expect(text).toContain('张*')
  expect(text).not.toContain('张伟')
  expect(text).not.toContain('330302199003151231')
  expect(text).not.toContain('19900315')
})

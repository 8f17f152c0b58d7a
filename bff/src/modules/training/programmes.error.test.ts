import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { users } from '../../db/schema'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { openProgramme, sampleProgramme } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'

function create(t: TestContext, token: string, body: unknown, key = 'programme-error-0001') {
  return t.call('POST', '/api/training/programmes', { token, idempotencyKey: key, body })
}

test('a programme the officer filled in wrongly is refused with every wrong field named, and nothing is opened', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const covered = sampleProgramme.covered[0]
  const errors = await expectFieldErrors(
    await create(t, token, {
      ...sampleProgramme,
      quantity: 0,
      validFrom: '2027-01-01',
      validUntil: '2026-12-31',
      eligibility: { minAge: 50, maxAge: 30, groups: [] },
      covered: [covered, covered],
    }),
  )
  expect(errors).toEqual({
    'body.quantity': 'training.quantity',
    'body.validUntil': 'training.dateOrder',
    'body.eligibility.maxAge': 'training.ageOrder',
    'body.covered': 'training.coveredTwice',
  })
  expect(await expectFieldErrors(await create(t, token, { ...sampleProgramme, covered: [], eligibility: { minAge: 12, maxAge: null, groups: [] } }))).toEqual({
    'body.covered': 'training.coveredRequired',
    'body.eligibility.minAge': 'training.age',
  })
  expect(await expectFieldErrors(await create(t, token, { ...sampleProgramme, covered: [{ ...covered, subsidyFen: 2_000_000 }] }))).toEqual({ 'body.covered.0.subsidyFen': 'training.subsidy' })
  expect(await expectFieldErrors(await create(t, token, { ...sampleProgramme, validUntil: '2027-02-30' }))).toEqual({ 'body.validUntil': 'date.format' })
  for (const budgetFen of [0, 100_000_000_001]) expect(await expectFieldErrors(await create(t, token, { ...sampleProgramme, budgetFen }))).toEqual({ 'body.budgetFen': 'training.budget' })
  expect(await expectFieldErrors(await create(t, token, { ...sampleProgramme, budgetFen: 1.5 }))).toEqual({ 'body.budgetFen': 'field.invalid' })
})

test('an institution that is not an institution account of her region is refused at its place in the list', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const institution = await userIdOf(t, 'institution-demo')
  const employer = await userIdOf(t, 'employer-demo')
  await t.deps.db.transaction((tx) =>
    tx.insert(users).values({ id: 'institution-ouhai', devAccount: 'institution-ouhai', roles: ['institution'], regionCode: '330304', organization: '瓯海职业技能培训中心', createdAt: t.clock.now().toISOString() }),
  )
  const errors = await expectFieldErrors(await create(t, token, { ...sampleProgramme, institutionIds: [institution, employer, 'institution-ouhai', 'zzzzzzzzzzzzzzzzzzzzzzzzzz'] }))
  expect(errors).toEqual({
    'body.institutionIds.1': 'training.institutionUnknown',
    'body.institutionIds.2': 'training.institutionUnknown',
    'body.institutionIds.3': 'training.institutionUnknown',
  })
  // Once the Ouhai school moves into Lucheng it is hers to approve.
  await t.deps.db.transaction((tx) => tx.update(users).set({ regionCode: '330302' }).where(eq(users.id, 'institution-ouhai')))
  const opened = await openProgramme(t, token, { institutionIds: [institution, 'institution-ouhai'] })
  expect(opened.institutionIds).toEqual([institution, 'institution-ouhai'])
  expect(opened.institutions).toEqual([
    { id: institution, name: '温州技师培训学校', regionCode: '330302' },
    { id: 'institution-ouhai', name: '瓯海职业技能培训中心', regionCode: '330302' },
  ])
})

test('closing a closed programme is refused with the reason; a programme that does not exist is not found', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  const programme = await openProgramme(t, token)
  expect((await t.call('POST', `/api/training/programmes/${programme.id}/close`, { token })).status).toBe(200)
  const problem = await expectProblem(await t.call('POST', `/api/training/programmes/${programme.id}/close`, { token }), 'conflict')
  expect(problem.errors?.map((error) => error.key)).toEqual(['training.programmeClosed'])
  await expectProblem(await t.call('GET', '/api/training/programmes/zzzzzzzzzzzzzzzzzzzzzzzzzz', { token }), 'not_found')
  await expectProblem(await t.call('POST', '/api/training/programmes/zzzzzzzzzzzzzzzzzzzzzzzzzz/close', { token }), 'not_found')
})

test('an officer account without a region of its own opens and lists nothing', async () => {
  const t = await createTestContext()
  const liu = await userIdOf(t, 'officer-liu')
  await t.deps.db.transaction((tx) => tx.update(users).set({ regionCode: null }).where(eq(users.id, liu)))
  const token = await t.login('officer-liu')
  await expectProblem(await create(t, token, sampleProgramme), 'forbidden')
  await expectProblem(await t.call('GET', '/api/training/programmes', { token }), 'forbidden')
  await expectProblem(await t.call('GET', '/api/training/institutions', { token }), 'forbidden')
})

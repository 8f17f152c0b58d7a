import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { ProgrammePage, TrainingInstitutions } from '@renshe/shared/training/schemas'
import { trainingProgrammes, users } from '../../db/schema'
import { seededTrainingIds } from '../../db/seed/training'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { openProgramme, programmeRow, sampleProgramme } from '../../testing/training-flows'

test('an officer of another region neither reads nor closes a programme that is not hers: it does not exist for her', async () => {
  const t = await createTestContext()
  const programme = await openProgramme(t, await t.login('officer-liu'))
  const huang = await t.login('officer-huang')
  for (const response of [
    await t.call('GET', `/api/training/programmes/${programme.id}`, { token: huang }),
    await t.call('POST', `/api/training/programmes/${programme.id}/close`, { token: huang }),
  ]) {
    const problem = await expectProblem(response, 'not_found')
    expect(JSON.stringify(problem)).not.toContain(sampleProgramme.name)
  }
  expect((await programmeRow(t, programme.id)).status).toBe('open')
  expect(await expectOk(await t.call('GET', '/api/training/programmes', { token: huang }), ProgrammePage)).toEqual({ items: [], nextCursor: null })
  expect(await expectOk(await t.call('GET', '/api/training/programmes?status=closed', { token: huang }), ProgrammePage)).toEqual({ items: [], nextCursor: null })
  // Nor are Lucheng's institutions hers to approve.
  expect(await expectOk(await t.call('GET', '/api/training/institutions', { token: huang }), TrainingInstitutions)).toEqual({ items: [] })
})

test('a city officer covers the programmes of her counties; a county officer does not see the city’s', async () => {
  const t = await createTestContext()
  await t.deps.db.transaction((tx) => tx.update(users).set({ regionCode: '330300' }).where(eq(users.devAccount, 'officer-huang')))
  const city = await t.login('officer-huang')
  const cityProgramme = await openProgramme(t, city, { name: '温州市2026年培训券' })
  const page = await expectOk(await t.call('GET', '/api/training/programmes?limit=50', { token: city }), ProgrammePage)
  expect(page.items.map((item) => item.id).sort()).toEqual([cityProgramme.id, ...Object.values(seededTrainingIds.programmes)].sort())
  const liu = await t.login('officer-liu')
  await expectProblem(await t.call('GET', `/api/training/programmes/${cityProgramme.id}`, { token: liu }), 'not_found')
  await expectProblem(await t.call('POST', `/api/training/programmes/${cityProgramme.id}/close`, { token: liu }), 'not_found')
})

test('a citizen, an employer, an institution or grid staff cannot open, read or close a programme', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'employer-demo', 'institution-demo', 'staff-zhou', 'supervisor-wu']) {
    const token = await t.login(account)
    await expectProblem(await t.call('POST', '/api/training/programmes', { token, idempotencyKey: `programme-by-${account}`, body: sampleProgramme }), 'forbidden', { because: account })
    await expectProblem(await t.call('GET', `/api/training/programmes/${seededTrainingIds.programmes.general}`, { token }), 'forbidden', { because: account })
    await expectProblem(await t.call('POST', `/api/training/programmes/${seededTrainingIds.programmes.general}/close`, { token }), 'forbidden', { because: account })
  }
  const rows = await t.deps.db.read((q) => q.select({ id: trainingProgrammes.id }).from(trainingProgrammes))
  expect(rows.map((row) => row.id).sort()).toEqual(Object.values(seededTrainingIds.programmes).sort())
})

test('a programme cannot be opened for another region by naming it: the region is the officer’s own', async () => {
  const t = await createTestContext()
  const token = await t.login('officer-liu')
  await expectProblem(await t.call('POST', '/api/training/programmes', { token, idempotencyKey: 'programme-region-0001', body: { ...sampleProgramme, regionCode: '330304' } }), 'validation_failed')
  expect((await openProgramme(t, token)).regionCode).toBe('330302')
})

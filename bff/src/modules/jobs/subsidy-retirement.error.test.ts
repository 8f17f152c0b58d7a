import { expect, test } from 'vitest'
import { SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { appliedBornAs, idNumberBornOn } from '../../testing/jobs-subsidy-retirement'

const difficulty = { decision: 'approve', employmentDifficulty: true, graduateYear: null } as const

test('a woman whose category decides the grant cannot be approved without it: 400 at the field, in both languages, and nothing is decided', async () => {
  const t = await createTestContext()
  // Born July 1978: as a worker 3 years from retirement (no end of term), as a cadre 8 (3 years).
  const application = await appliedBornAs(t, idNumberBornOn('19780715', 'female'))
  const token = await t.login('officer-liu')
  const decide = () => t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: difficulty })
  const problem = await expectProblem(await decide(), 'validation_failed')
  expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.femaleCategory', key: 'jobs.femaleCategoryRequired', message: expect.stringContaining('50周岁（女职工）') as string })])
  const english = await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: difficulty, headers: { 'accept-language': 'en' } }), 'validation_failed', { locale: 'en' })
  expect(english.errors?.[0]?.message).toContain('50 (worker) or 55 (cadre or staff)')
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy/applications', { token }), SubsidyReviewPage)).items.map((item) => item.status)).toEqual(['pending'])
})

test('a category that is not one of the two is refused by the schema', async () => {
  const t = await createTestContext()
  const application = await appliedBornAs(t, idNumberBornOn('19780715', 'female'))
  const token = await t.login('officer-liu')
  for (const femaleCategory of ['teacher', null, 50, '']) {
    await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: { ...difficulty, femaleCategory } }), 'validation_failed', {
      because: JSON.stringify(femaleCategory),
    })
  }
})

test('a woman worker already past her statutory retirement month when she enrolled gets nothing: every month applied for is after it', async () => {
  const t = await createTestContext()
  // Born January 1975, original age 50: 50 years 1 month, in February 2025.
  const application = await appliedBornAs(t, idNumberBornOn('19750110', 'female'))
  const token = await t.login('officer-liu')
  const problem = await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: { ...difficulty, femaleCategory: 'worker' } }), 'validation_failed')
  expect(problem.errors).toEqual([expect.objectContaining({ path: 'body.employmentDifficulty', key: 'jobs.subsidyNotEligible' })])
})

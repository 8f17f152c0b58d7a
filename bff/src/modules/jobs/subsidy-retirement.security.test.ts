import { expect, test } from 'vitest'
import { SubsidyReviewPage } from '@renshe/shared/jobs/subsidy'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { appliedBornAs, idNumberBornOn } from '../../testing/jobs-subsidy-retirement'

const difficulty = { decision: 'approve', employmentDifficulty: true, graduateYear: null } as const

test('the officer learns that the applicant is a woman and nothing more of her ID number: no birth date in the list, the decision or its refusal', async () => {
  const t = await createTestContext()
  const idNumber = idNumberBornOn('19780715', 'female')
  const application = await appliedBornAs(t, idNumber)
  const token = await t.login('officer-liu')
  const list = await t.call('GET', '/api/jobs/subsidy/applications', { token })
  const refused = await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: difficulty })
  expect(refused.status).toBe(400)
  const approved = await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: { ...difficulty, femaleCategory: 'worker' } })
  for (const text of [await list.text(), await refused.text(), await approved.text()]) {
    expect(text).not.toContain(idNumber)
    expect(text).not.toContain('19780715')
    expect(text).not.toContain('1978-07')
    expect(text).not.toMatch(/"sex"|birth/i)
  }
  expect((await expectOk(await t.call('GET', '/api/jobs/subsidy/applications?status=approved', { token }), SubsidyReviewPage)).items[0]?.applicantIsWoman).toBe(true)
})

test('an officer of another region gets not-found before any question about the applicant: the category refusal is no hint that she is a woman', async () => {
  const t = await createTestContext()
  const application = await appliedBornAs(t, idNumberBornOn('19780715', 'female'))
  const huang = await t.login('officer-huang')
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: huang, body: difficulty }), 'not_found')
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: huang, body: { ...difficulty, femaleCategory: 'worker' } }), 'not_found')
})

test('the applicant cannot decide for herself, category or not', async () => {
  const t = await createTestContext()
  const application = await appliedBornAs(t, idNumberBornOn('19780715', 'female'))
  const zhao = await t.login('worker-zhao')
  await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token: zhao, body: { ...difficulty, femaleCategory: 'worker' } }), 'forbidden')
})

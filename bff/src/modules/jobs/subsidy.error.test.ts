import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { appliedForSubsidy } from '../../testing/jobs-subsidy-samples'

test('junk decisions are refused field by field, and nothing is decided', async () => {
  const t = await createTestContext()
  const application = await appliedForSubsidy(t)
  const token = await t.login('officer-liu')
  const decide = (body: unknown) => t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body })
  for (const body of [
    {},
    { decision: 'maybe' },
    { decision: 'approve' },
    { decision: 'approve', employmentDifficulty: 'yes', graduateYear: null },
    { decision: 'approve', employmentDifficulty: true, graduateYear: 1900 },
    { decision: 'approve', employmentDifficulty: true, graduateYear: 2025.5 },
    { decision: 'approve', employmentDifficulty: true, graduateYear: null, amountFen: 999_999 },
    { decision: 'decline' },
    { decision: 'decline', reason: '   ' },
    { decision: 'decline', reason: 'x'.repeat(201) },
  ]) {
    await expectProblem(await decide(body), 'validation_failed', { because: JSON.stringify(body) })
  }
  const bad = await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: '{"decision":', headers: { 'content-type': 'application/json' } })
  expect(bad.status).toBe(400)
  await expectProblem(await t.call('GET', '/api/jobs/subsidy/applications?status=paid', { token }), 'validation_failed')
  await expectProblem(await t.call('GET', '/api/jobs/subsidy/applications?limit=500', { token }), 'validation_failed')
  await expectProblem(await t.call('POST', '/api/jobs/subsidy/applications/nothing-here/decision', { token, body: { decision: 'decline', reason: '无' } }), 'not_found')
  const pending = await t.call('GET', '/api/jobs/subsidy/applications', { token })
  expect(((await pending.json()) as { items: unknown[] }).items).toHaveLength(1)
})

test('facts under which no rule grants anything cannot be approved: the officer declines with a reason instead', async () => {
  const t = await createTestContext()
  const application = await appliedForSubsidy(t)
  const token = await t.login('officer-liu')
  for (const facts of [
    { employmentDifficulty: false, graduateYear: null },
    { employmentDifficulty: false, graduateYear: 2020 },
    { employmentDifficulty: false, graduateYear: 2027 },
  ]) {
    const problem = await expectProblem(await t.call('POST', `/api/jobs/subsidy/applications/${application.id}/decision`, { token, body: { decision: 'approve', ...facts } }), 'validation_failed')
    expect(problem.errors, JSON.stringify(facts)).toEqual([expect.objectContaining({ path: 'body.employmentDifficulty', key: 'jobs.subsidyNotEligible' })])
  }
})

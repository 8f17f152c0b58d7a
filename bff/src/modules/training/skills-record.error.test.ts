import { expect, test } from 'vitest'
import { skillsSummaries } from '../../db/schema'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { SkillsSummaryVerification } from '@renshe/shared/training/assessment'
import { summaryShared, verifySkills } from '../../testing/training-assessment-flows'

test('a code nobody was given is not found; a code that is not one is refused as malformed', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  await expectProblem(await verifySkills(t, '7KQ2-M9XD-4TPA'), 'not_found')
  for (const code of ['7KQ2M9XD4TP', 'ILOU-ILOU-ILOU', '7KQ2M9XD4TPAB']) {
    const problem = await expectProblem(await verifySkills(t, code), 'validation_failed', { because: code })
    expect(problem.errors?.map((error) => error.key)).toEqual(['verificationCode.format'])
  }
})

test('a summary withdrawn by the portal says revoked to whoever checks it', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const summary = await summaryShared(t, await t.login('citizen-zhang'))
  await t.deps.db.transaction((tx) => tx.update(skillsSummaries).set({ revokedAt: t.clock.now().toISOString() }))
  expect((await expectOk(await verifySkills(t, summary.verificationCode), SkillsSummaryVerification)).status).toBe('revoked')
})

test('a citizen without a real name has no skills record to read or share', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await expectProblem(await t.call('GET', '/api/training/skills-record', { token }), 'real_name_required')
  await expectProblem(await t.call('POST', '/api/training/skills-record/summaries', { token, idempotencyKey: 'skills-share-no-name' }), 'real_name_required')
})

import { expect, test } from 'vitest'
import { JobsRegionStats } from '@renshe/shared/jobs/region'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { applied, decide, openPost, tokenFor } from '../../testing/jobs-application-flows'

const statsPath = '/api/jobs/region/stats'

test('an officer of another county sees only that county, and no one but officials sees the figures', async () => {
  const t = await createTestContext()
  const dayJob = await openPost(t)
  const { application } = await applied(t, 'worker-zhao', dayJob)
  await decide(t, application.id, { decision: 'invite' })
  await decide(t, application.id, { decision: 'hire' })

  expect(await expectOk(await t.call('GET', statsPath, { token: await tokenFor(t, 'officer-huang') }), JobsRegionStats)).toMatchObject({ regionCode: '330304', seekers: 0, postsOpen: 0, applications: 0, hires: 0, medianDaysToHire: null })
  for (const account of ['worker-zhao', 'employer-demo', 'staff-chen', 'institution-demo']) {
    await expectProblem(await t.call('GET', statsPath, { token: await tokenFor(t, account) }), 'forbidden', { because: account })
  }
  await expectProblem(await t.call('GET', statsPath), 'unauthenticated')
})

import { expect, test } from 'vitest'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { apply, tokenFor, withProfile } from '../../testing/jobs-application-flows'
import { claimKept, keptWithApplications, openDayJob, refuseKept, statusesOnPost } from '../../testing/kept-application-flows'

test('no one else re-opens her withdrawn application: another seeker’s application is her own, and the staff member whose grant ended cannot act for her', async () => {
  const t = await createTestContext()
  const postId = await openDayJob(t, '日结保洁')
  const kept = await keptWithApplications(t, [postId])
  const sent = kept.applications.get(postId) ?? ''
  const li = await claimKept(t, 'citizen-li')
  await refuseKept(t, li.token)
  const path = `/api/jobs/posts/${postId}/applications`

  // The staff member who kept her: his grant ended with her refusal, and as himself he is no seeker of hers.
  const chen = await tokenFor(t, 'staff-chen')
  await expectProblem(await t.call('POST', path, { token: chen, actingFor: kept.grantId }), 'proxy_grant_invalid')
  expect((await t.call('POST', path, { token: chen })).status).not.toBe(201)
  await expectProblem(await t.call('POST', path), 'unauthenticated')

  // Another seeker applying to the same post makes an application of her own.
  const zhao = await tokenFor(t, 'worker-zhao')
  await withProfile(t, zhao)
  const zhaos = await apply(t, zhao, postId)
  expect(zhaos.id).not.toBe(sent)
  expect(zhaos.history.map((step) => step.status)).toEqual(['applied'])
  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'withdrawn', [zhaos.id]: 'applied' })

  await t.deps.audit.drain()
  const reopened = (await auditRows(t)).filter((row) => row.action === 'jobs.apply' && row.objectId === sent)
  expect(reopened).toHaveLength(1)
}, 30_000)

import { expect, test } from 'vitest'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { jobPosts } from '../../db/schema'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const underpaid = { ...sampleJobPost, pay: { amountFen: 1_500, unit: 'hour' } } as const
const mended = { revision: 1, post: sampleJobPost }

async function heldPost(t: TestContext): Promise<PostedJob> {
  return expectOk(await t.call('POST', postsPath, { token: await t.login('employer-demo'), body: underpaid }), PostedJob, 201)
}

async function rowOf(t: TestContext, id: string) {
  return (await t.deps.db.read((q) => q.select().from(jobPosts))).find((row) => row.id === id)
}

test('another employer can neither read nor change a held post of a company it does not speak for', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const theirs = await heldPost(t)
  const before = await rowOf(t, theirs.id)
  const other = await t.login('employer-xincheng')
  await expectProblem(await t.call('GET', `${postsPath}/mine/${theirs.id}`, { token: other }), 'not_found')
  await expectProblem(await t.call('POST', `${postsPath}/${theirs.id}/resubmit`, { token: other, body: mended }), 'not_found')
  // Nor by naming the company in the body: the post's owner is never taken from the request.
  const naming = { revision: 1, post: { ...sampleJobPost, organisationId: theirs.organisationId } }
  await expectProblem(await t.call('POST', `${postsPath}/${theirs.id}/resubmit`, { token: other, body: naming }), 'validation_failed')
  expect(await rowOf(t, theirs.id)).toEqual(before)
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.resubmitPost' || row.action === 'jobs.getMyPost')).toEqual([])
})

test('a citizen, grid staff (even under a grant), an officer and no session cannot change a post', async () => {
  const t = await createTestContext()
  const held = await heldPost(t)
  const before = await rowOf(t, held.id)
  for (const account of ['citizen-zhang', 'worker-zhao', 'staff-zhou', 'officer-liu', 'supervisor-wu', 'institution-demo', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('POST', `${postsPath}/${held.id}/resubmit`, { token, body: mended }), 'forbidden', { because: account })
    await expectProblem(await t.call('GET', `${postsPath}/mine/${held.id}`, { token }), 'forbidden', { because: account })
  }
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  await expectProblem(await t.call('POST', `${postsPath}/${held.id}/resubmit`, { token: staff, actingFor: grantId, body: mended }), 'proxy_not_allowed')
  await expectProblem(await t.call('POST', `${postsPath}/${held.id}/resubmit`, { body: mended }), 'unauthenticated')
  expect(await rowOf(t, held.id)).toEqual(before)
})

test('a post that does not exist is not found, and the reply says nothing more', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const missing = await expectProblem(await t.call('POST', `${postsPath}/zzzzzzzzzzzzzzzzzzzzzzzzzz/resubmit`, { token: employer, body: mended }), 'not_found')
  expect(missing.errors ?? []).toEqual([])
})

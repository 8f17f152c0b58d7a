import { expect, test } from 'vitest'
import { OpenJob, PostedJob } from '@renshe/shared/jobs/posts'
import { Page } from '@renshe/shared/platform/primitives'
import { jobPosts, users } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { auditRows, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const PostedPage = Page(PostedJob)
const OpenPage = Page(OpenJob)

async function postAs(t: TestContext, account: string, body: unknown = sampleJobPost): Promise<PostedJob> {
  return expectOk(await t.call('POST', postsPath, { token: await t.login(account), body }), PostedJob, 201)
}

async function statusOf(t: TestContext, id: string): Promise<string | undefined> {
  const rows = await t.deps.db.read((q) => q.select().from(jobPosts))
  return rows.find((row) => row.id === id)?.status
}

test('another employer neither sees nor decides a post of an organisation it does not speak for', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const theirs = await postAs(t, 'employer-demo')
  const other = await t.login('employer-xincheng')
  expect(await expectOk(await t.call('GET', `${postsPath}/mine`, { token: other }), PostedPage)).toEqual({ items: [], nextCursor: null })
  // Deciding is for officers only.
  await expectProblem(await t.call('POST', `${postsPath}/${theirs.id}/decision`, { token: other, body: { decision: 'decline', note: '不合适' } }), 'forbidden')
  await expectProblem(await t.call('GET', `${postsPath}/review`, { token: other }), 'forbidden')
  // Its own post is its own: posted for its organisation, listed to it alone.
  const own = await postAs(t, 'employer-xincheng', { ...sampleJobPost, place: { ...sampleJobPost.place, regionCode: '330304' } })
  expect(own.organisationId).toBe(seededWageIds.employers.xincheng)
  expect((await expectOk(await t.call('GET', `${postsPath}/mine`, { token: await t.login('employer-demo') }), PostedPage)).items.map((item) => item.id)).toEqual([theirs.id])
  expect(await statusOf(t, theirs.id)).toBe('in_review')
})

test('an officer of another region neither sees nor decides a post outside it', async () => {
  const t = await createTestContext()
  const lucheng = await postAs(t, 'employer-demo')
  const huang = await t.login('officer-huang')
  expect(await expectOk(await t.call('GET', `${postsPath}/review`, { token: huang }), PostedPage)).toEqual({ items: [], nextCursor: null })
  for (const body of [{ decision: 'approve' }, { decision: 'decline', note: '不合适' }]) {
    await expectProblem(await t.call('POST', `${postsPath}/${lucheng.id}/decision`, { token: huang, body }), 'not_found')
  }
  expect(await statusOf(t, lucheng.id)).toBe('in_review')
  // Nor does a supervisor of the region moderate posts: that is the officer's work.
  await expectProblem(await t.call('GET', `${postsPath}/review`, { token: await t.login('supervisor-wu') }), 'forbidden')
})

test('a citizen, grid staff and an officer cannot post; a citizen only lists open posts', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'worker-zhao', 'staff-zhou', 'officer-liu', 'institution-demo', 'admin']) {
    await expectProblem(await t.call('POST', postsPath, { token: await t.login(account), body: sampleJobPost }), 'forbidden', { because: account })
  }
  const zhang = await t.login('citizen-zhang')
  await expectProblem(await t.call('GET', `${postsPath}/mine`, { token: zhang }), 'forbidden')
  await expectProblem(await t.call('GET', `${postsPath}/review`, { token: zhang }), 'forbidden')
  await expectProblem(await t.call('POST', `${postsPath}/zzzzzzzzzzzzzzzzzzzzzzzzzz/decision`, { token: zhang, body: { decision: 'approve' } }), 'forbidden')
  expect(await expectOk(await t.call('GET', postsPath, { token: zhang }), OpenPage)).toEqual({ items: [], nextCursor: null })
  expect(await t.deps.db.read((q) => q.$count(jobPosts))).toBe(0)
})

test('an employer cannot post for another company: a body naming an organisation is refused', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const token = await t.login('employer-demo')
  for (const extra of [{ organisationId: seededWageIds.employers.xincheng }, { posterOrganisationId: seededWageIds.employers.xincheng }, { creditCode: '91330304MA2H7K3L0X' }]) {
    const response = await t.call('POST', postsPath, { token, body: { ...sampleJobPost, ...extra } })
    expect(response.status, JSON.stringify(extra)).toBe(400)
  }
  expect(await t.deps.db.read((q) => q.$count(jobPosts))).toBe(0)
})

test('an employer account linked to no organisation cannot post', async () => {
  const t = await createTestContext()
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(users).values({ id: 'user-employer-none', devAccount: 'employer-none', roles: ['employer'], regionCode: '330302', createdAt: t.clock.now().toISOString() })
  })
  await expectProblem(await t.call('POST', postsPath, { token: await t.login('employer-none'), body: sampleJobPost }), 'forbidden')
  expect(await t.deps.db.read((q) => q.$count(jobPosts))).toBe(0)
})

test('grid staff cannot post or decide for anyone, even under a grant, and without a session nothing answers', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const before = (await auditRows(t)).length
  await expectProblem(await t.call('POST', postsPath, { token: chen, actingFor: grantId, body: sampleJobPost }), 'proxy_not_allowed')
  await expectProblem(await t.call('GET', postsPath, { token: chen, actingFor: grantId }), 'proxy_not_allowed')
  for (const [method, path] of [['POST', postsPath], ['GET', postsPath], ['GET', `${postsPath}/mine`], ['GET', `${postsPath}/review`]] as const) {
    await expectProblem(await t.call(method, path, { body: method === 'POST' ? sampleJobPost : undefined }), 'unauthenticated', { because: `${method} ${path}` })
  }
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))).toEqual([])
})

test('only the organisation that posted may close its post: another employer finds no such post, others are refused, and the post stays as it was', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const theirs = await postAs(t, 'employer-demo')
  await expectProblem(await t.call('POST', `${postsPath}/${theirs.id}/close`, { token: await t.login('employer-xincheng') }), 'not_found')
  for (const account of ['worker-zhao', 'officer-liu', 'staff-chen']) {
    await expectProblem(await t.call('POST', `${postsPath}/${theirs.id}/close`, { token: await t.login(account) }), 'forbidden', { because: account })
  }
  // Acting for a citizen lends her seeker's scope, never an employer's.
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  await expectProblem(await t.call('POST', `${postsPath}/${theirs.id}/close`, { token: staff, actingFor: grantId }), 'proxy_not_allowed')
  await expectProblem(await t.call('POST', `${postsPath}/${theirs.id}/close`), 'unauthenticated')
  expect(await statusOf(t, theirs.id)).toBe('in_review')
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.closePost')).toEqual([])
})

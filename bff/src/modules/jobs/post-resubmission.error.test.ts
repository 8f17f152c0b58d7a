import { expect, test } from 'vitest'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { jobPosts } from '../../db/schema'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const underpaid = { ...sampleJobPost, pay: { amountFen: 1_500, unit: 'hour' } } as const

async function post(t: TestContext, body: unknown): Promise<PostedJob> {
  return expectOk(await t.call('POST', postsPath, { token: await t.login('employer-demo'), body }), PostedJob, 201)
}

async function refusedBy(response: Response, code: 'conflict' | 'validation_failed'): Promise<string[] | undefined> {
  return (await expectProblem(response, code)).errors?.map((error) => error.key)
}

async function rowOf(t: TestContext, id: string) {
  return (await t.deps.db.read((q) => q.select().from(jobPosts))).find((row) => row.id === id)
}

test('a change made on a stale copy is refused with 409 and changes nothing: the post was changed, or decided, since', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const held = await post(t, underpaid)
  await expectOk(await t.call('POST', `${postsPath}/${held.id}/resubmit`, { token: employer, body: { revision: 1, post: { ...underpaid, title: '收银员' } } }), PostedJob)
  const before = await rowOf(t, held.id)
  // A second tab still holds revision 1.
  const stale = await t.call('POST', `${postsPath}/${held.id}/resubmit`, { token: employer, body: { revision: 1, post: sampleJobPost } })
  expect(await refusedBy(stale, 'conflict')).toEqual(['jobs.postChanged'])
  expect(await rowOf(t, held.id)).toEqual(before)

  // An officer who read revision 1 cannot decide on revision 2.
  const officer = await t.login('officer-liu')
  const decision = await t.call('POST', `${postsPath}/${held.id}/decision`, { token: officer, body: { decision: 'decline', note: '工资太低', revision: 1 } })
  expect(await refusedBy(decision, 'conflict')).toEqual(['jobs.postChanged'])
  expect((await rowOf(t, held.id))?.status).toBe('held')
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.resubmitPost')).toHaveLength(1)
})

test('a published or stopped post cannot be changed this way: the employer is told to stop it and post anew', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const open = await post(t, sampleJobPost)
  await expectOk(await t.call('POST', `${postsPath}/${open.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve' } }), PostedJob)
  const body = { revision: 1, post: { ...sampleJobPost, pay: { amountFen: 1_800, unit: 'hour' } } }
  const refused = await expectProblem(await t.call('POST', `${postsPath}/${open.id}/resubmit`, { token: employer, body }), 'conflict')
  expect(refused.errors?.map((error) => error.key)).toEqual(['jobs.postNotEditable'])
  expect(refused.detail).toContain('post a new one')
  await expectOk(await t.call('POST', `${postsPath}/${open.id}/close`, { token: employer }), PostedJob)
  expect(await refusedBy(await t.call('POST', `${postsPath}/${open.id}/resubmit`, { token: employer, body }), 'conflict')).toEqual(['jobs.postNotEditable'])
  expect((await rowOf(t, open.id))?.payFen).toBe(2_500)
})

test('a resubmission with a bad field or no revision is refused field by field, and the post stays as it was', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const held = await post(t, underpaid)
  const badDates = await t.call('POST', `${postsPath}/${held.id}/resubmit`, { token: employer, body: { revision: 1, post: { ...sampleJobPost, endDate: '2026-12-01' } } })
  expect((await expectProblem(badDates, 'validation_failed')).errors?.map((error) => error.path)).toEqual(['body.post.endDate'])
  const noRevision = await t.call('POST', `${postsPath}/${held.id}/resubmit`, { token: employer, body: { post: sampleJobPost } })
  expect((await expectProblem(noRevision, 'validation_failed')).errors?.map((error) => error.path)).toEqual(['body.revision'])
  expect(await rowOf(t, held.id)).toMatchObject({ status: 'held', revision: 1, payFen: 1_500 })
})

import { expect, test } from 'vitest'
import { OpenJob, PostedJob } from '@renshe/shared/jobs/posts'
import { Page } from '@renshe/shared/platform/primitives'
import { jobPosts } from '../../db/schema'
import { minutes } from '../../platform/clock'
import { auditRows, meOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const PostedPage = Page(PostedJob)
const OpenPage = Page(OpenJob)

async function post(t: TestContext, body: unknown = sampleJobPost, idempotencyKey?: string): Promise<PostedJob> {
  const token = await t.login('employer-demo')
  return expectOk(await t.call('POST', postsPath, { token, body, ...(idempotencyKey ? { idempotencyKey } : {}) }), PostedJob, 201)
}

async function decide(t: TestContext, id: string, body: unknown): Promise<PostedJob> {
  return expectOk(await t.call('POST', `${postsPath}/${id}/decision`, { token: await t.login('officer-liu'), body }), PostedJob)
}

test('a post that breaks no rule waits for an officer, and its poster sees it so', async () => {
  const t = await createTestContext()
  const created = await post(t)
  expect(created).toEqual({
    id: created.id,
    organisationId: 'employer-oujiang',
    organisationName: '温州瓯江建设有限公司',
    status: 'in_review',
    post: sampleJobPost,
    holdReasons: [],
    decisionNote: null,
    decidedAt: null,
    revision: 1,
    earlierRounds: [],
    createdAt: t.clock.now().toISOString(),
    updatedAt: t.clock.now().toISOString(),
  })
  const mine = await expectOk(await t.call('GET', `${postsPath}/mine`, { token: await t.login('employer-demo') }), PostedPage)
  expect(mine).toEqual({ items: [created], nextCursor: null })
  // Not open until an officer says so.
  expect(await expectOk(await t.call('GET', postsPath, { token: await t.login('citizen-zhang') }), OpenPage)).toEqual({ items: [], nextCursor: null })
})

test('pay below the minimum wage is held, with the reason in the poster’s language', async () => {
  const t = await createTestContext()
  const body = { ...sampleJobPost, pay: { amountFen: 1_500, unit: 'hour' } }
  const token = await t.login('employer-demo')
  const chinese = await expectOk(await t.call('POST', postsPath, { token, body, headers: { 'accept-language': 'zh-CN' } }), PostedJob, 201)
  expect(chinese.status).toBe('held')
  const reason = { kind: 'below_minimum_wage', offered: { amountFen: 1_500, unit: 'hour' }, minimum: { amountFen: 2_400, unit: 'hour' }, effectiveFrom: '2024-01-01', placeholder: true }
  expect(chinese.holdReasons).toEqual([{ reason, text: expect.stringContaining('报酬低于本地最低工资标准') }])
  const mine = await expectOk(await t.call('GET', `${postsPath}/mine`, { token, headers: { 'accept-language': 'en' } }), PostedPage)
  expect(mine.items.map((item) => item.holdReasons)).toEqual([[{ reason, text: expect.stringContaining('The pay is below the local minimum wage') }]])
  // A held post waits for the officer too, who sees why it was held.
  const queue = await expectOk(await t.call('GET', `${postsPath}/review`, { token: await t.login('officer-liu') }), PostedPage)
  expect(queue.items.map((item) => [item.id, item.status])).toEqual([[chinese.id, 'held']])
})

test('an officer approves a post, and it is listed open to anyone logged in until its end date passes', async () => {
  const t = await createTestContext()
  const created = await post(t)
  const queue = await expectOk(await t.call('GET', `${postsPath}/review`, { token: await t.login('officer-liu') }), PostedPage)
  expect(queue.items.map((item) => item.id)).toEqual([created.id])
  t.clock.advance(minutes(10))
  const approved = await decide(t, created.id, { decision: 'approve' })
  expect(approved).toMatchObject({ status: 'open', decisionNote: null, decidedAt: t.clock.now().toISOString() })

  const open = await expectOk(await t.call('GET', postsPath, { token: await t.login('worker-zhao') }), OpenPage)
  expect(open).toEqual({ items: [{ id: created.id, organisationName: '温州瓯江建设有限公司', post: sampleJobPost, openedAt: t.clock.now().toISOString() }], nextCursor: null })
  expect((await expectOk(await t.call('GET', `${postsPath}/review`, { token: await t.login('officer-liu') }), PostedPage)).items).toEqual([])

  // The day after its end date (China time) it is no longer listed.
  t.clock.set(new Date('2027-02-28T15:59:00.000Z'))
  expect((await expectOk(await t.call('GET', postsPath, { token: await t.login('worker-zhao') }), OpenPage)).items).toHaveLength(1)
  t.clock.set(new Date('2027-02-28T16:00:00.000Z'))
  expect((await expectOk(await t.call('GET', postsPath, { token: await t.login('worker-zhao') }), OpenPage)).items).toEqual([])
})

test('a held post is approved only with a note overriding the hold, and the note is kept', async () => {
  const t = await createTestContext()
  const held = await post(t, { ...sampleJobPost, pay: { amountFen: 1_500, unit: 'hour' } })
  const refused = await t.call('POST', `${postsPath}/${held.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve' } })
  expect(refused.status).toBe(400)
  const note = '已核实：另有每小时 10 元岗位补贴，实发高于最低工资'
  const approved = await decide(t, held.id, { decision: 'approve', note })
  expect(approved).toMatchObject({ status: 'open', decisionNote: note })
})

test('an officer declines a post with a reason its poster reads', async () => {
  const t = await createTestContext()
  const created = await post(t)
  const reason = '岗位描述与所选职业不符，请修改后重新发布'
  const declined = await decide(t, created.id, { decision: 'decline', note: reason })
  expect(declined).toMatchObject({ status: 'declined', decisionNote: reason })
  const mine = await expectOk(await t.call('GET', `${postsPath}/mine`, { token: await t.login('employer-demo') }), PostedPage)
  expect(mine.items.map((item) => [item.status, item.decisionNote])).toEqual([['declined', reason]])
  // Decided once: not decided again.
  const again = await t.call('POST', `${postsPath}/${created.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve' } })
  expect(again.status).toBe(409)
})

test('the same create sent again with its Idempotency-Key answers the same post and makes no second', async () => {
  const t = await createTestContext()
  const first = await post(t, sampleJobPost, 'job-post-retry-000001')
  const second = await post(t, sampleJobPost, 'job-post-retry-000001')
  expect(second).toEqual(first)
  expect(await t.deps.db.read((q) => q.$count(jobPosts))).toBe(1)
})

test('creating, listing and deciding each leave an audit row naming who did it', async () => {
  const t = await createTestContext()
  const employerToken = await t.login('employer-demo')
  const employer = (await meOf(t, employerToken)).id
  const liu = (await meOf(t, await t.login('officer-liu'))).id
  const before = (await auditRows(t)).length
  const created = await post(t)
  await expectOk(await t.call('GET', `${postsPath}/mine`, { token: employerToken }), PostedPage)
  await expectOk(await t.call('GET', `${postsPath}/review`, { token: await t.login('officer-liu') }), PostedPage)
  await decide(t, created.id, { decision: 'approve' })
  await expectOk(await t.call('GET', postsPath, { token: employerToken }), OpenPage)
  await t.deps.audit.drain()
  const added = (await auditRows(t)).slice(before).filter((row) => row.action.startsWith('jobs.'))
  expect(added.map(({ action, kind, actorUserId, objectType, objectId }) => ({ action, kind, actorUserId, objectType, objectId }))).toEqual([
    { action: 'jobs.createPost', kind: 'write', actorUserId: employer, objectType: 'job_post', objectId: created.id },
    { action: 'jobs.listMyPosts', kind: 'read', actorUserId: employer, objectType: 'job_posts', objectId: employer },
    { action: 'jobs.listPostsToReview', kind: 'read', actorUserId: liu, objectType: 'region', objectId: '330302' },
    { action: 'jobs.decidePost', kind: 'write', actorUserId: liu, objectType: 'job_post', objectId: created.id },
    { action: 'jobs.listOpenPosts', kind: 'read', actorUserId: employer, objectType: 'job_posts', objectId: 'open' },
  ])
})

test('lists are paged: each page continues where the last one ended', async () => {
  const t = await createTestContext()
  const ids: string[] = []
  for (const title of ['收银员 甲', '收银员 乙', '收银员 丙']) {
    ids.push((await post(t, { ...sampleJobPost, title })).id)
    t.clock.advance(minutes(1))
  }
  const officer = await t.login('officer-liu')
  const first = await expectOk(await t.call('GET', `${postsPath}/review?limit=2`, { token: officer }), PostedPage)
  expect(first.items.map((item) => item.id)).toEqual(ids.slice(0, 2))
  const second = await expectOk(await t.call('GET', `${postsPath}/review?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`, { token: officer }), PostedPage)
  expect(second).toEqual({ items: [expect.objectContaining({ id: ids[2] })], nextCursor: null })

  for (const id of ids) {
    await decide(t, id, { decision: 'approve' })
    t.clock.advance(minutes(1))
  }
  const reader = await t.login('worker-zhao')
  const openFirst = await expectOk(await t.call('GET', `${postsPath}?limit=2`, { token: reader }), OpenPage)
  expect(openFirst.items.map((item) => item.id)).toEqual([ids[2], ids[1]])
  const openSecond = await expectOk(await t.call('GET', `${postsPath}?limit=2&cursor=${encodeURIComponent(openFirst.nextCursor ?? '')}`, { token: reader }), OpenPage)
  expect(openSecond.items.map((item) => item.id)).toEqual([ids[0]])
  expect(openSecond.nextCursor).toBeNull()
})

test('an employer stops taking applications: the post leaves the open list and matching, an application is refused by name, and closing twice says it already stopped', async () => {
  const t = await createTestContext()
  const created = await post(t)
  await decide(t, created.id, { decision: 'approve' })
  const worker = await t.login('worker-zhao')
  expect((await expectOk(await t.call('GET', postsPath, { token: worker }), OpenPage)).items.map((item) => item.id)).toEqual([created.id])

  t.clock.advance(minutes(5))
  const employer = await t.login('employer-demo')
  const closed = await expectOk(await t.call('POST', `${postsPath}/${created.id}/close`, { token: employer }), PostedJob)
  expect(closed).toMatchObject({ id: created.id, status: 'closed', updatedAt: t.clock.now().toISOString() })
  expect((await expectOk(await t.call('GET', postsPath, { token: worker }), OpenPage)).items).toEqual([])
  expect((await expectOk(await t.call('GET', `${postsPath}/mine`, { token: employer }), PostedPage)).items.map((item) => item.status)).toEqual(['closed'])

  const refusedBy = async (response: Response) => (await expectProblem(response, 'conflict')).errors?.map((error) => error.key)
  expect(await refusedBy(await t.call('POST', `${postsPath}/${created.id}/applications`, { token: worker }))).toEqual(['jobs.postNotOpen'])
  expect(await refusedBy(await t.call('POST', `${postsPath}/${created.id}/close`, { token: employer }))).toEqual(['jobs.postNotClosable'])

  // A post still waiting for its officer may be withdrawn the same way; a declined one may not.
  const waiting = await post(t, { ...sampleJobPost, title: '理货员' })
  expect((await expectOk(await t.call('POST', `${postsPath}/${waiting.id}/close`, { token: employer }), PostedJob)).status).toBe('closed')
  await expectProblem(await t.call('POST', `${postsPath}/${waiting.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve' } }), 'conflict')
  const declined = await post(t, { ...sampleJobPost, title: '搬运工' })
  await decide(t, declined.id, { decision: 'decline', note: '信息不全' })
  expect(await refusedBy(await t.call('POST', `${postsPath}/${declined.id}/close`, { token: employer }))).toEqual(['jobs.postNotClosable'])

  const closes = (await auditRows(t)).filter((row) => row.action === 'jobs.closePost')
  expect(closes.map(({ kind, objectId }) => ({ kind, objectId }))).toEqual([
    { kind: 'write', objectId: created.id },
    { kind: 'write', objectId: waiting.id },
  ])
})

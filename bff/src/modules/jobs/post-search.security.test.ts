import { expect, test } from 'vitest'
import { OpenJob, PostedJob, type JobPostInput } from '@renshe/shared/jobs/posts'
import { Page } from '@renshe/shared/platform/primitives'
import { jobPostTerms, jobPosts } from '../../db/schema'
import { minutes } from '../../platform/clock'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const OpenPage = Page(OpenJob)

async function postAs(t: TestContext, token: string, changes: Partial<JobPostInput>): Promise<PostedJob> {
  return expectOk(await t.call('POST', postsPath, { token, body: { ...sampleJobPost, ...changes } }), PostedJob, 201)
}

async function searchAs(t: TestContext, token: string, q: string): Promise<string[]> {
  return (await expectOk(await t.call('GET', `${postsPath}?q=${encodeURIComponent(q)}`, { token }), OpenPage, 200, q)).items.map((item) => item.post.title)
}

test('search finds open posts only: never one waiting, held, declined, closed or past its end, whoever searches and however exactly', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const employer = await t.login('employer-demo')
  const officer = await t.login('officer-liu')
  const decide = async (id: string, body: unknown) => expectOk(await t.call('POST', `${postsPath}/${id}/decision`, { token: officer, body }), PostedJob)

  await postAs(t, employer, { title: '保洁员 待审核' })
  const held = await postAs(t, employer, { title: '保洁员 低于最低工资', pay: { amountFen: 1_000, unit: 'hour' } })
  expect(held.status).toBe('held')
  const declined = await postAs(t, employer, { title: '保洁员 被退回' })
  await decide(declined.id, { decision: 'decline', note: '岗位信息不全' })
  const closed = await postAs(t, employer, { title: '保洁员 已停招' })
  await decide(closed.id, { decision: 'approve' })
  await expectOk(await t.call('POST', `${postsPath}/${closed.id}/close`, { token: employer }), PostedJob)
  const ending = await postAs(t, employer, { title: '保洁员 年底结束', endDate: '2026-12-31' })
  await decide(ending.id, { decision: 'approve' })
  const open = await postAs(t, employer, { title: '保洁员 招聘中' })
  await decide(open.id, { decision: 'approve' })
  // Another organisation's post, still waiting: not even its poster finds it by search.
  const xincheng = await t.login('employer-xincheng')
  await postAs(t, xincheng, { title: '新城装饰保洁员', place: { ...sampleJobPost.place, regionCode: '330304' } })

  // A seeker, the poster itself, another organisation's poster and the officer who decided them.
  for (const [account, token] of [['worker-zhao', await t.login('worker-zhao')], ['employer-demo', employer], ['employer-xincheng', xincheng], ['officer-liu', officer]] as const) {
    expect(await searchAs(t, token, '保洁员'), account).toEqual(['保洁员 招聘中', '保洁员 年底结束'])
    for (const exact of ['待审核', '低于最低工资', '被退回', '已停招', '新城装饰']) expect(await searchAs(t, token, exact), `${account}: ${exact}`).toEqual([])
  }

  // The day after its end date (China time), a post is found no more.
  t.clock.set(new Date('2026-12-31T16:00:00.000Z'))
  expect(await searchAs(t, await t.login('worker-zhao'), '保洁员')).toEqual(['保洁员 招聘中'])
}, 20_000)

test('SQL wildcards, quotes and statements typed into search are words or nothing, never SQL', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const officer = await t.login('officer-liu')
  for (const title of ['保洁员', '电焊工']) {
    const created = await postAs(t, employer, { title })
    t.clock.advance(minutes(1))
    await expectOk(await t.call('POST', `${postsPath}/${created.id}/decision`, { token: officer, body: { decision: 'approve' } }), PostedJob)
  }
  await postAs(t, employer, { title: '保洁员 待审核' })
  const before = await t.deps.db.read(async (q) => [await q.$count(jobPosts), await q.$count(jobPostTerms)])
  const token = await t.login('worker-zhao')
  for (const junk of ['%', '_', "'", '"', '\\', '%%', "' OR '1'='1", "'; DROP TABLE job_posts; --", '*', '?', '(', ')', '|', '\u0000']) {
    expect(await searchAs(t, token, junk), junk).toEqual([])
  }
  // Words next to the symbols are searched for as words: the post that holds them, and only it.
  for (const wrapped of ['%保洁%', '保洁_', "保洁' --", '保洁%\'']) expect(await searchAs(t, token, wrapped), wrapped).toEqual(['保洁员'])
  // An "or always true" only adds a word every post must hold: it narrows, never widens.
  expect(await searchAs(t, token, "保洁' OR '1'='1")).toEqual([])
  expect(await t.deps.db.read(async (q) => [await q.$count(jobPosts), await q.$count(jobPostTerms)])).toEqual(before)
}, 20_000)

test('without a session nothing is searched', async () => {
  const t = await createTestContext()
  await expectProblem(await t.call('GET', `${postsPath}?q=${encodeURIComponent('保洁')}`), 'unauthenticated')
})

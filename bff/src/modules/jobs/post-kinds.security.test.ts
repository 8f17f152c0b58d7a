import { expect, test } from 'vitest'
import { OpenJob, PostedJob } from '@renshe/shared/jobs/posts'
import { Page } from '@renshe/shared/platform/primitives'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { sampleDayJob } from '../../testing/jobs-application-flows'

const postsPath = '/api/jobs/posts'
const OpenPage = Page(OpenJob)

test('asking for a kind finds open posts only: never a day post waiting, held, declined or closed, with a search or without', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  const officer = await t.login('officer-liu')
  const post = async (title: string, changes: object = {}) => expectOk(await t.call('POST', postsPath, { token: employer, body: { ...sampleDayJob, title, ...changes } }), PostedJob, 201)
  const decide = async (id: string, body: unknown) => expectOk(await t.call('POST', `${postsPath}/${id}/decision`, { token: officer, body }), PostedJob)

  await post('日结保洁 待审核')
  expect((await post('日结保洁 低于最低工资', { pay: { amountFen: 1_000, unit: 'day' } })).status).toBe('held')
  await decide((await post('日结保洁 被退回')).id, { decision: 'decline', note: '岗位信息不全' })
  const closed = await post('日结保洁 已停招')
  await decide(closed.id, { decision: 'approve' })
  await expectOk(await t.call('POST', `${postsPath}/${closed.id}/close`, { token: employer }), PostedJob)
  const open = await post('日结保洁 招聘中')
  await decide(open.id, { decision: 'approve' })

  const reader = await t.login('worker-zhao')
  for (const query of ['kind=day', `kind=day&q=${encodeURIComponent('日结保洁')}`]) {
    expect((await expectOk(await t.call('GET', `${postsPath}?${query}`, { token: reader }), OpenPage)).items.map((item) => item.id), query).toEqual([open.id])
  }
  await expectProblem(await t.call('GET', `${postsPath}?kind=day`), 'unauthenticated')
})

import { expect, test } from 'vitest'
import { OpenJob, PostedJob } from '@renshe/shared/jobs/posts'
import { Page } from '@renshe/shared/platform/primitives'
import { minutes } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const PostedPage = Page(PostedJob)
const OpenPage = Page(OpenJob)
const underpaid = { ...sampleJobPost, pay: { amountFen: 1_500, unit: 'hour' } } as const
const belowMinimum = { kind: 'below_minimum_wage', offered: { amountFen: 1_500, unit: 'hour' }, minimum: { amountFen: 2_400, unit: 'hour' }, effectiveFrom: '2024-01-01', placeholder: true }

async function post(t: TestContext, body: unknown): Promise<PostedJob> {
  return expectOk(await t.call('POST', postsPath, { token: await t.login('employer-demo'), body }), PostedJob, 201)
}

async function resubmit(t: TestContext, id: string, body: unknown, idempotencyKey?: string) {
  return t.call('POST', `${postsPath}/${id}/resubmit`, { token: await t.login('employer-demo'), body, ...(idempotencyKey ? { idempotencyKey } : {}) })
}

test('an employer mends a post held for low pay: it waits for the officer again, who sees why it was held before', async () => {
  const t = await createTestContext()
  const held = await post(t, underpaid)
  expect(held).toMatchObject({ status: 'held', revision: 1, earlierRounds: [] })

  t.clock.advance(minutes(20))
  const mended = await expectOk(await resubmit(t, held.id, { revision: 1, post: sampleJobPost }), PostedJob)
  const at = t.clock.now().toISOString()
  expect(mended).toMatchObject({ id: held.id, status: 'in_review', post: sampleJobPost, holdReasons: [], revision: 2, createdAt: held.createdAt, updatedAt: at })
  expect(mended.earlierRounds).toEqual([
    { status: 'held', holdReasons: [{ reason: belowMinimum, text: expect.stringContaining('报酬低于本地最低工资标准') }], decisionNote: null, decidedAt: null, resubmittedAt: at },
  ])

  // The officer's queue shows it once, with the earlier round in the officer's language.
  const queue = await expectOk(await t.call('GET', `${postsPath}/review`, { token: await t.login('officer-liu'), headers: { 'accept-language': 'en' } }), PostedPage)
  expect(queue.items.map((item) => [item.id, item.status, item.revision])).toEqual([[held.id, 'in_review', 2]])
  expect(queue.items[0]?.earlierRounds[0]?.holdReasons[0]?.text).toContain('The pay is below the local minimum wage')

  const approved = await expectOk(await t.call('POST', `${postsPath}/${held.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve', revision: 2 } }), PostedJob)
  expect(approved).toMatchObject({ status: 'open', revision: 2 })
  expect(approved.earlierRounds).toHaveLength(1)

  const writes = (await auditRows(t)).filter((row) => row.kind === 'write' && row.objectId === held.id).map((row) => row.action)
  expect(writes).toEqual(['jobs.createPost', 'jobs.resubmitPost', 'jobs.decidePost'])
})

test('a post still breaking a rule is held again with the new reasons, and a declined post may be mended too', async () => {
  const t = await createTestContext()
  const held = await post(t, underpaid)
  const withFee = { ...sampleJobPost, description: '上岗前需交押金 200 元' }
  const again = await expectOk(await resubmit(t, held.id, { revision: 1, post: withFee }), PostedJob)
  expect(again.status).toBe('held')
  expect(new Set(again.holdReasons.map((held) => held.reason.kind))).toEqual(new Set(['asks_for_fee']))
  expect(again.earlierRounds.map((round) => round.holdReasons.map((held) => held.reason.kind))).toEqual([['below_minimum_wage']])

  // The officer declines it; the employer mends it again, and the officer's reason stays on record.
  await expectOk(await t.call('POST', `${postsPath}/${held.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'decline', note: '不得收取押金' } }), PostedJob)
  t.clock.advance(minutes(5))
  const mended = await expectOk(await resubmit(t, held.id, { revision: 2, post: sampleJobPost }), PostedJob)
  expect(mended).toMatchObject({ status: 'in_review', revision: 3, decisionNote: null, decidedAt: null })
  expect(mended.earlierRounds.map(({ status, decisionNote }) => ({ status, decisionNote }))).toEqual([
    { status: 'held', decisionNote: null },
    { status: 'declined', decisionNote: '不得收取押金' },
  ])
  expect(mended.earlierRounds[1]?.decidedAt).not.toBeNull()

  const mine = await expectOk(await t.call('GET', `${postsPath}/mine`, { token: await t.login('employer-demo') }), PostedPage)
  expect(mine.items).toEqual([mended])
  expect(await expectOk(await t.call('GET', `${postsPath}/mine/${held.id}`, { token: await t.login('employer-demo') }), PostedJob)).toEqual(mended)
})

test('a resubmission sent twice with one Idempotency-Key is made once, and the retry reads the post as it is', async () => {
  const t = await createTestContext()
  const held = await post(t, underpaid)
  const first = await expectOk(await resubmit(t, held.id, { revision: 1, post: sampleJobPost }, '7d1c2a4e-6f0b-4a8e-9d3c-1b2e3f4a5b6c'), PostedJob)
  const retry = await resubmit(t, held.id, { revision: 1, post: sampleJobPost }, '7d1c2a4e-6f0b-4a8e-9d3c-1b2e3f4a5b6c')
  expect(retry.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(retry, PostedJob)).toEqual(first)
  expect((await auditRows(t)).filter((row) => row.action === 'jobs.resubmitPost')).toHaveLength(1)
})

test('a mended post is found by the words it says now, not by those it was changed from', async () => {
  const t = await createTestContext()
  const held = await post(t, { ...underpaid, title: '夜班保安' })
  await expectOk(await resubmit(t, held.id, { revision: 1, post: { ...sampleJobPost, title: '超市理货员' } }), PostedJob)
  await expectOk(await t.call('POST', `${postsPath}/${held.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve', revision: 2 } }), PostedJob)
  const worker = await t.login('worker-zhao')
  const found = async (q: string) => (await expectOk(await t.call('GET', `${postsPath}?q=${encodeURIComponent(q)}`, { token: worker }), OpenPage)).items.map((item) => item.id)
  expect(await found('理货员')).toEqual([held.id])
  expect(await found('保安')).toEqual([])
})

import { expect, test } from 'vitest'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { jobPosts } from '../../db/schema'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'

test('a post with a bad occupation code, an end before its start or no pay is refused field by field, and nothing is written', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const before = (await auditRows(t)).length
  const cases: [unknown, Record<string, string>][] = [
    [{ ...sampleJobPost, occupation: 'cashier' }, { 'body.occupation': 'occupation.format' }],
    [{ ...sampleJobPost, occupation: '9-99-99-99' }, { 'body.occupation': 'occupation.unknown' }],
    [{ ...sampleJobPost, endDate: '2026-12-01' }, { 'body.endDate': 'jobs.dateOrder' }],
    [{ ...sampleJobPost, pay: { amountFen: 0, unit: 'hour' } }, { 'body.pay.amountFen': 'jobs.pay' }],
    [{ ...sampleJobPost, title: ' ' }, { 'body.title': 'field.required' }],
    [{ ...sampleJobPost, place: { ...sampleJobPost.place, community: '' } }, { 'body.place.community': 'field.required' }],
    [{ ...sampleJobPost, description: '很'.repeat(1001) }, { 'body.description': 'field.tooLong' }],
  ]
  for (const [body, expected] of cases) {
    expect(await expectFieldErrors(await t.call('POST', postsPath, { token, body })), JSON.stringify(body).slice(0, 80)).toEqual(expected)
  }
  for (const body of [{ ...sampleJobPost, headcount: 0 }, { ...sampleJobPost, kind: 'gig' }, { ...sampleJobPost, description: undefined }, '{"title": ']) {
    expect((await t.call('POST', postsPath, { token, body })).status, JSON.stringify(body).slice(0, 80)).toBe(400)
  }
  expect(await t.deps.db.read((q) => q.$count(jobPosts))).toBe(0)
  await t.deps.audit.drain()
  expect((await auditRows(t)).slice(before).filter((row) => row.kind === 'write')).toEqual([])
})

test('field messages come in the language the employer asked for', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const body = { ...sampleJobPost, pay: { amountFen: 0, unit: 'hour' } }
  const english = await expectProblem(await t.call('POST', postsPath, { token, body, headers: { 'accept-language': 'en' } }), 'validation_failed', { locale: 'en' })
  expect(english.errors).toEqual([{ path: 'body.pay.amountFen', key: 'jobs.pay', message: expect.any(String) }])
  expect(english.errors?.[0]?.message).not.toMatch(/[\u4e00-\u9fff]/u)
})

test('a decision that is neither approve nor decline, or a decline without a reason, is refused and changes nothing', async () => {
  const t = await createTestContext()
  const created = await expectOk(await t.call('POST', postsPath, { token: await t.login('employer-demo'), body: sampleJobPost }), PostedJob, 201)
  const token = await t.login('officer-liu')
  const decisionPath = `${postsPath}/${created.id}/decision`
  expect(await expectFieldErrors(await t.call('POST', decisionPath, { token, body: { decision: 'decline' } }))).toEqual({ 'body.note': 'field.required' })
  expect(await expectFieldErrors(await t.call('POST', decisionPath, { token, body: { decision: 'decline', note: '  ' } }))).toEqual({ 'body.note': 'field.required' })
  expect((await t.call('POST', decisionPath, { token, body: { decision: 'maybe' } })).status).toBe(400)
  expect((await t.call('POST', decisionPath, { token, body: { decision: 'approve', status: 'open' } })).status).toBe(400)
  await expectProblem(await t.call('POST', `${postsPath}/zzzzzzzzzzzzzzzzzzzzzzzzzz/decision`, { token, body: { decision: 'approve' } }), 'not_found')
  const rows = await t.deps.db.read((q) => q.select().from(jobPosts))
  expect(rows.map((row) => [row.status, row.decidedAt])).toEqual([['in_review', null]])
})

import { expect, test } from 'vitest'
import { OpenJob, PostedJob } from '@renshe/shared/jobs/posts'
import { postSearchMaxLength } from '@renshe/shared/jobs/post-search'
import { Page } from '@renshe/shared/platform/primitives'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const OpenPage = Page(OpenJob)
const searchPath = (q: string, extra = '') => `${postsPath}?q=${encodeURIComponent(q)}${extra}`

test('a search longer than a few words is refused by name, in the language asked for; one just short enough runs', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  expect(await expectFieldErrors(await t.call('GET', searchPath('保'.repeat(postSearchMaxLength + 1)), { token }))).toEqual({ 'query.q': 'field.tooLong' })
  expect(await expectFieldErrors(await t.call('GET', searchPath('a'.repeat(5000)), { token }))).toEqual({ 'query.q': 'field.tooLong' })
  const english = await expectProblem(await t.call('GET', searchPath('保'.repeat(postSearchMaxLength + 1)), { token, headers: { 'accept-language': 'en' } }), 'validation_failed', { locale: 'en' })
  expect(english.errors?.[0]?.message).not.toMatch(/[\u4e00-\u9fff]/u)
  // Blanks around the words do not count towards the length.
  expect(await expectOk(await t.call('GET', searchPath(` ${'保'.repeat(postSearchMaxLength)} `), { token }), OpenPage)).toEqual({ items: [], nextCursor: null })
})

test('a search of symbols or emoji alone finds nothing, and a cursor that is not one starts from the first page', async () => {
  const t = await createTestContext()
  const created = await expectOk(await t.call('POST', postsPath, { token: await t.login('employer-demo'), body: { ...sampleJobPost, title: '保洁员' } }), PostedJob, 201)
  await expectOk(await t.call('POST', `${postsPath}/${created.id}/decision`, { token: await t.login('officer-liu'), body: { decision: 'approve' } }), PostedJob)
  const token = await t.login('worker-zhao')
  for (const junk of ['，。！？', '😀', '——', '...']) expect(await expectOk(await t.call('GET', searchPath(junk), { token }), OpenPage), junk).toEqual({ items: [], nextCursor: null })
  for (const cursor of ['nonsense', 'x|2026-11-29T02:00:00.000Z|zzz', '3|', '99999|a|b']) {
    expect((await expectOk(await t.call('GET', searchPath('保洁', `&cursor=${encodeURIComponent(cursor)}`), { token }), OpenPage)).items.map((item) => item.id), cursor).toEqual([created.id])
  }
})

test('a query the open list does not know is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  expect((await t.call('GET', `${postsPath}?query=${encodeURIComponent('保洁')}`, { token })).status).toBe(400)
  expect((await t.call('GET', `${postsPath}?q=${encodeURIComponent('保洁')}&limit=0`, { token })).status).toBe(400)
})

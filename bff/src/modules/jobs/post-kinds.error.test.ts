import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'

const postsPath = '/api/jobs/posts'

test('a kind the open list does not know is refused by name, in the language asked for, with a search or without', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  for (const kind of ['night', 'all', 'DAY', '', "day' or 1=1 --"]) {
    expect(await expectFieldErrors(await t.call('GET', `${postsPath}?kind=${encodeURIComponent(kind)}`, { token })), kind).toEqual({ 'query.kind': 'field.choose' })
  }
  expect(await expectFieldErrors(await t.call('GET', `${postsPath}?q=${encodeURIComponent('保洁')}&kind=weekly&limit=0`, { token }))).toEqual({ 'query.kind': 'field.choose', 'query.limit': 'field.tooShort' })
  const english = await expectProblem(await t.call('GET', `${postsPath}?kind=night`, { token, headers: { 'accept-language': 'en' } }), 'validation_failed', { locale: 'en' })
  expect(english.errors).toEqual([expect.objectContaining({ path: 'query.kind', key: 'field.choose', message: 'Choose an option' })])
})

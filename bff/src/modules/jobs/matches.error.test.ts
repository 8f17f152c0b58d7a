import { expect, test } from 'vitest'
import { MyMatchesPage, NearMePage } from '@renshe/shared/jobs/matches'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk } from '../../testing/http'
import { openPost, saveSeeker } from '../../testing/jobs-match-flows'

const listPaths = ['/api/jobs/me/matches', '/api/jobs/me/near'] as const

test('a page size that is not a whole number from 1 to 100 is refused, with the field named, in Chinese and English', async () => {
  const t = await createTestContext()
  const token = await t.login('worker-zhao')
  for (const path of listPaths) {
    for (const limit of ['0', '101', 'abc', '2.5', '-1']) {
      const response = await t.call('GET', `${path}?limit=${limit}`, { token })
      expect(await expectFieldErrors(response), `${path} ${limit}`).toHaveProperty(['query.limit'])
    }
    const english = await t.call('GET', `${path}?limit=0`, { token, headers: { 'accept-language': 'en' } })
    expect(await expectFieldErrors(english, 'en')).toHaveProperty(['query.limit'])
    const tooLong = await t.call('GET', `${path}?cursor=${'9'.repeat(65)}`, { token })
    expect(await expectFieldErrors(tooLong)).toHaveProperty(['query.cursor'])
  }
})

test('a cursor that is not one of ours starts from the first page rather than failing', async () => {
  const t = await createTestContext()
  const post = await openPost(t)
  const token = await t.login('worker-zhao')
  await saveSeeker(t, token)
  for (const cursor of ['nonsense', '|||', '100|abc|x', '-5|10|a', '1|2']) {
    const matches = await expectOk(await t.call('GET', `/api/jobs/me/matches?cursor=${encodeURIComponent(cursor)}`, { token }), MyMatchesPage)
    expect(matches.items.map((item) => item.job.id), cursor).toEqual([post])
    const near = await expectOk(await t.call('GET', `/api/jobs/me/near?cursor=${encodeURIComponent(cursor)}`, { token }), NearMePage)
    expect(near.items.map((item) => item.job.id), cursor).toEqual([post])
  }
  // A cursor of the right shape is only compared with, never run: past the end it is an empty last page.
  const injected = await expectOk(await t.call('GET', `/api/jobs/me/matches?cursor=${encodeURIComponent("1|2|x' or 1=1 --")}`, { token }), MyMatchesPage)
  expect(injected).toEqual({ hasProfile: true, items: [], nextCursor: null })
  const end = await expectOk(await t.call('GET', `/api/jobs/me/matches?cursor=${encodeURIComponent('0|999999999|zzzz')}`, { token }), MyMatchesPage)
  expect(end).toEqual({ hasProfile: true, items: [], nextCursor: null })
})

test('marking someone called with a grant id that cannot be one is refused with the field named', async () => {
  const t = await createTestContext()
  const token = await t.login('staff-zhou')
  const response = await t.call('POST', `/api/jobs/assist/callbacks/${'g'.repeat(65)}/called`, { token })
  expect(await expectFieldErrors(response)).toHaveProperty(['params.grantId'])
})

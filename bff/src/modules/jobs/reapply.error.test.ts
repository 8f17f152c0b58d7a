import { expect, test } from 'vitest'
import { PostedJob } from '@renshe/shared/jobs/posts'
import { days } from '../../platform/clock'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { tokenFor, withProfile } from '../../testing/jobs-application-flows'
import { claimKept, keptWithApplications, openDayJob, refuseKept, statusesOnPost } from '../../testing/kept-application-flows'

/** Staff applied for the kept resident, she refused, and saved a profile of her own: the post, her token, the withdrawn application. */
async function withdrawnForHer(t: TestContext) {
  const postId = await openDayJob(t, '日结保洁')
  const kept = await keptWithApplications(t, [postId])
  const li = await claimKept(t, 'citizen-li')
  await refuseKept(t, li.token)
  return { postId, token: li.token, sent: kept.applications.get(postId) ?? '', path: `/api/jobs/posts/${postId}/applications` }
}

const keysOf = async (response: Response) => (await expectProblem(response, 'conflict')).errors?.map((error) => error.key)

test('re-applying to a post its employer has closed since is refused as any application would be, and hers stays withdrawn', async () => {
  const t = await createTestContext()
  const { postId, token, sent, path } = await withdrawnForHer(t)
  await withProfile(t, token)
  await expectOk(await t.call('POST', `/api/jobs/posts/${postId}/close`, { token: await tokenFor(t, 'employer-demo') }), PostedJob)

  expect(await keysOf(await t.call('POST', path, { token }))).toEqual(['jobs.postNotOpen'])
  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'withdrawn' })
}, 30_000)

test('re-applying after the post’s last day is refused, and hers stays withdrawn', async () => {
  const t = await createTestContext()
  const { postId, token, sent, path } = await withdrawnForHer(t)
  await withProfile(t, token)
  t.clock.advance(days(7))

  expect(await keysOf(await t.call('POST', path, { token: await tokenFor(t, 'citizen-li') }))).toEqual(['jobs.postNotOpen'])
  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'withdrawn' })
}, 30_000)

test('re-applying needs a profile of her own (her refusal deleted the kept one); once re-opened, applying again is refused', async () => {
  const t = await createTestContext()
  const { postId, token, sent, path } = await withdrawnForHer(t)

  expect(await keysOf(await t.call('POST', path, { token }))).toEqual(['jobs.profileRequired'])
  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'withdrawn' })
  await withProfile(t, token)
  expect((await t.call('POST', path, { token })).status).toBe(201)
  expect(await keysOf(await t.call('POST', path, { token }))).toEqual(['jobs.alreadyApplied'])
  expect(await statusesOnPost(t, postId)).toEqual({ [sent]: 'applied' })
}, 30_000)

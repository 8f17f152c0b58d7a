import { expect, test } from 'vitest'
import { OpenJob, type JobPostInput } from '@renshe/shared/jobs/posts'
import type { JobKind } from '@renshe/shared/jobs/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import { minutes } from '../../platform/clock'
import type { TestContext } from '../../testing/harness'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { openPost, sampleDayJob, tokenFor } from '../../testing/jobs-application-flows'
import { sampleJobPost } from '../../testing/jobs-samples'

const postsPath = '/api/jobs/posts'
const OpenPage = Page(OpenJob)

const postOfKind: Record<JobKind, JobPostInput> = {
  day: sampleDayJob,
  part_time: sampleJobPost,
  full_time: { ...sampleJobPost, kind: 'full_time', pay: { amountFen: 520_000, unit: 'month' } },
}

/** Opens posts of the kinds given, a minute apart, titled by kind and number; their ids, oldest first. */
async function openKinds(t: TestContext, kinds: readonly JobKind[]): Promise<{ id: string; kind: JobKind }[]> {
  const opened: { id: string; kind: JobKind }[] = []
  for (const [i, kind] of kinds.entries()) {
    opened.push({ id: await openPost(t, { ...postOfKind[kind], title: `保洁员 ${kind} ${i}` }), kind })
    t.clock.advance(minutes(1))
  }
  return opened
}

/** Every page of the open list asked with `query`, `limit` at a time: the ids in order, and each page's size. */
async function allPages(t: TestContext, query: Record<string, string>, limit: number): Promise<{ ids: string[]; sizes: number[] }> {
  const token = await tokenFor(t, 'worker-zhao')
  const ids: string[] = []
  const sizes: number[] = []
  let cursor: string | null = null
  do {
    const page: { items: OpenJob[]; nextCursor: string | null } = await expectOk(
      await t.call('GET', `${postsPath}?${new URLSearchParams({ ...query, limit: String(limit), ...(cursor ? { cursor } : {}) }).toString()}`, { token }),
      OpenPage,
    )
    ids.push(...page.items.map((item) => item.id))
    sizes.push(page.items.length)
    cursor = page.nextCursor
  } while (cursor)
  return { ids, sizes }
}

const newestFirst = (opened: readonly { id: string; kind: JobKind }[], kind?: JobKind) =>
  opened
    .filter((post) => kind === undefined || post.kind === kind)
    .map((post) => post.id)
    .reverse()

test('a seeker asks for day work only: every day post is found, page after full page, however far down the open list it is', async () => {
  const t = await createTestContext()
  // The day posts are the oldest: a filter of the first page of the open list would find none of them.
  const opened = await openKinds(t, ['day', 'day', 'day', 'part_time', 'full_time', 'part_time', 'full_time'])

  const day = await allPages(t, { kind: 'day' }, 2)
  expect(day.ids).toEqual(newestFirst(opened, 'day'))
  expect(day.sizes).toEqual([2, 1])
  expect((await allPages(t, { kind: 'full_time' }, 1)).ids).toEqual(newestFirst(opened, 'full_time'))
  expect((await allPages(t, { kind: 'part_time' }, 5)).ids).toEqual(newestFirst(opened, 'part_time'))
  // No kind is every kind, as before.
  expect((await allPages(t, {}, 3)).ids).toEqual(newestFirst(opened))
}, 20_000)

test('a search and a kind together find the posts holding the words and of that kind, in pages, best first', async () => {
  const t = await createTestContext()
  const opened = await openKinds(t, ['day', 'full_time', 'day', 'full_time', 'day'])
  await openPost(t, { ...sampleDayJob, title: '电焊工（日结）', occupation: '6-18-02-04', description: '有焊工证优先。' })

  const found = await allPages(t, { q: '保洁', kind: 'day' }, 2)
  expect(found.ids).toEqual(newestFirst(opened, 'day'))
  expect(found.sizes).toEqual([2, 1])
  expect((await allPages(t, { q: '保洁', kind: 'full_time' }, 1)).ids).toEqual(newestFirst(opened, 'full_time'))
  expect((await allPages(t, { q: '保洁', kind: 'part_time' }, 2)).ids).toEqual([])
}, 20_000)

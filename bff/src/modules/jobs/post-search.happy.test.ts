import { expect, test } from 'vitest'
import { OpenJob, PostedJob, type JobPostInput } from '@renshe/shared/jobs/posts'
import { Page } from '@renshe/shared/platform/primitives'
import { eq } from 'drizzle-orm'
import { jobPostTerms, jobPosts } from '../../db/schema'
import { minutes } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { sampleJobPost } from '../../testing/jobs-samples'
import { indexPostsWithoutTerms, writePostTerms } from './post-terms-repo'

const postsPath = '/api/jobs/posts'
const OpenPage = Page(OpenJob)

const lucheng = sampleJobPost.place
const ouhai = { community: '娄桥街道', regionCode: '330304', lat: 27.9713, lng: 120.6364 }

const tokens = new WeakMap<TestContext, Map<string, string>>()
/** One login per account and test: logging in is rate limited. */
async function tokenOf(t: TestContext, account: string): Promise<string> {
  const known = tokens.get(t) ?? new Map<string, string>()
  tokens.set(t, known)
  const token = known.get(account) ?? (await t.login(account))
  known.set(account, token)
  return token
}

/** Posts as employer-demo, and the officer of the post's county approves it a minute later. */
async function openPost(t: TestContext, changes: Partial<JobPostInput>): Promise<string> {
  const created = await expectOk(await t.call('POST', postsPath, { token: await tokenOf(t, 'employer-demo'), body: { ...sampleJobPost, ...changes } }), PostedJob, 201)
  t.clock.advance(minutes(1))
  const officer = created.post.place.regionCode === '330304' ? 'officer-huang' : 'officer-liu'
  await expectOk(await t.call('POST', `${postsPath}/${created.id}/decision`, { token: await tokenOf(t, officer), body: { decision: 'approve', ...(created.status === 'held' ? { note: '已核实' } : {}) } }), PostedJob)
  return created.id
}

async function search(t: TestContext, q: string, extra = ''): Promise<Listed> {
  return expectOk(await t.call('GET', `${postsPath}?q=${encodeURIComponent(q)}${extra}`, { token: await tokenOf(t, 'worker-zhao') }), OpenPage)
}

interface Listed { items: OpenJob[]; nextCursor: string | null }

const titles = async (t: TestContext, q: string) => (await search(t, q)).items.map((item) => item.post.title)

test('a seeker finds open posts by the words she types, in Chinese or English, however the post words them', async () => {
  const t = await createTestContext()
  await openPost(t, { title: '保洁员（日结）', occupation: '4-09-08-01', description: '写字楼公共区域保洁，当天结算。' })
  await openPost(t, { title: '写字楼保洁阿姨', occupation: '4-09-08-01', description: '月结，五险一金。' })
  await openPost(t, { title: '招电焊工人', occupation: '6-18-02-04', description: '有焊工证优先。', place: ouhai })
  await openPost(t, { title: '外卖配送骑手', occupation: '4-02-07-08', description: '多劳多得，自带电动车。' })
  await openPost(t, { title: '家政服务员', occupation: '4-10-01-06', description: '住家，照顾老人。' })
  await openPost(t, { title: '家政钟点工', occupation: '4-10-01-06', description: '每周三次打扫。', place: ouhai })
  await openPost(t, { title: '仓库叉车司机', occupation: '4-02-06-01', description: 'Forklift driver, 持叉车证。' })

  expect(await titles(t, '保洁')).toEqual(['写字楼保洁阿姨', '保洁员（日结）'])
  expect(await titles(t, '日结保洁')).toEqual(['保洁员（日结）'])
  expect(await titles(t, '电焊工')).toEqual(['招电焊工人'])
  expect(await titles(t, '外卖骑手')).toEqual(['外卖配送骑手'])
  expect(await titles(t, '鹿城区 家政')).toEqual(['家政服务员'])
  expect(await titles(t, '瓯海 家政')).toEqual(['家政钟点工'])
  expect(await titles(t, '叉车 司机')).toEqual(['仓库叉车司机'])
  expect(await titles(t, 'forklift')).toEqual(['仓库叉车司机'])
  expect(await titles(t, 'Ouhai')).toEqual(['家政钟点工', '招电焊工人'])
  expect(await titles(t, '木工')).toEqual([])
  // An open post as the open list gives it, with its organisation.
  const [found] = (await search(t, '骑手')).items
  expect(found).toMatchObject({ organisationName: '温州瓯江建设有限公司', post: { title: '外卖配送骑手', place: lucheng } })
}, 20_000)

test('posts that say it in the title come before those that only mention it, the newest first among equals', async () => {
  const t = await createTestContext()
  const mentions = await openPost(t, { title: '写字楼物业', description: '负责大堂保洁。' })
  const older = await openPost(t, { title: '商场保洁', description: '早班。' })
  const newer = await openPost(t, { title: '小区保洁', description: '晚班。' })
  expect((await search(t, '保洁')).items.map((item) => item.id)).toEqual([newer, older, mentions])
})

test('a long result comes in pages, in the same order, with no post twice and none left out', async () => {
  const t = await createTestContext()
  const ids: string[] = []
  for (let i = 0; i < 5; i += 1) ids.push(await openPost(t, { title: i % 2 === 0 ? `保洁员 ${i}` : `物业 ${i}`, description: '楼道保洁' }))
  const whole = (await search(t, '保洁')).items.map((item) => item.id)
  expect(whole).toHaveLength(5)
  const paged: string[] = []
  let cursor: string | null = null
  do {
    const page: Listed = await search(t, '保洁', `&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    expect(page.items.length).toBeLessThanOrEqual(2)
    paged.push(...page.items.map((item) => item.id))
    cursor = page.nextCursor
  } while (cursor)
  expect(paged).toEqual(whole)
  // Titles first (posts 4, 2, 0, newest first), then those that say it only in the description.
  expect(whole).toEqual([ids[4], ids[2], ids[0], ids[3], ids[1]])
})

test('a blank search is the open list; the search is recorded as a read of the open list, without its words', async () => {
  const t = await createTestContext()
  await openPost(t, { title: '保洁员' })
  await openPost(t, { title: '电焊工' })
  const token = await tokenOf(t, 'worker-zhao')
  const all = await expectOk(await t.call('GET', postsPath, { token }), OpenPage)
  expect(await expectOk(await t.call('GET', `${postsPath}?q=%20%20`, { token }), OpenPage)).toEqual(all)
  expect(all.items).toHaveLength(2)
  await search(t, '电焊工')
  await t.deps.audit.drain()
  const reads = (await auditRows(t)).filter((row) => row.action === 'jobs.listOpenPosts')
  expect(reads.at(-1)).toMatchObject({ kind: 'read', objectType: 'job_posts', objectId: 'open' })
  expect(JSON.stringify(reads)).not.toContain('电焊')
})

test('a post’s words are written again when its text is: the old words find it no longer', async () => {
  const t = await createTestContext()
  const id = await openPost(t, { title: '超市理货员', description: '整理货架。' })
  const [row] = await t.deps.db.read((q) => q.select().from(jobPosts).where(eq(jobPosts.id, id)))
  if (!row) throw new Error('post missing')
  await t.deps.db.transaction((tx) => writePostTerms(tx, { ...row, title: '超市收银员', description: '收银。' }))
  expect(await titles(t, '理货员')).toEqual([])
  expect((await search(t, '收银员')).items.map((item) => item.id)).toEqual([id])
})

test('posts written before search existed are given their words at migrate time, once', async () => {
  const t = await createTestContext()
  const id = await openPost(t, { title: '月嫂（住家）', occupation: '4-10-01-06' })
  await t.deps.db.transaction(async (tx) => {
    await tx.delete(jobPostTerms)
  })
  expect(await titles(t, '月嫂')).toEqual([])
  expect(await indexPostsWithoutTerms(t.deps.db, 1)).toBe(1)
  expect((await search(t, '月嫂')).items.map((item) => item.id)).toEqual([id])
  expect(await indexPostsWithoutTerms(t.deps.db)).toBe(0)
})

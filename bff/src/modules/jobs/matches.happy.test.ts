import { expect, test } from 'vitest'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { MyMatchesPage, NearMePage } from '@renshe/shared/jobs/matches'
import { reasonsText } from '@renshe/shared/jobs/match-messages'
import { Page } from '@renshe/shared/platform/primitives'
import { rankMatches } from '@renshe/shared/jobs/matching'
import { jobPosts } from '../../db/schema'
import { days } from '../../platform/clock'
import { auditRows, grantProxy, meOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { degreesNorthOf, insertOpenPosts, openPost, saveSeeker } from '../../testing/jobs-match-flows'
import { sampleJobPost, sampleSeekerProfile } from '../../testing/jobs-samples'
import { jobPostOf } from './matches-service'

const matchesPath = '/api/jobs/me/matches'
const nearPath = '/api/jobs/me/near'
const home = sampleSeekerProfile.home

async function matchesOf(t: TestContext, token: string, query = '', actingFor?: string): Promise<MyMatchesPage> {
  return expectOk(await t.call('GET', `${matchesPath}${query}`, { token, ...(actingFor ? { actingFor } : {}) }), MyMatchesPage)
}

async function nearOf(t: TestContext, token: string, query = '', actingFor?: string): Promise<NearMePage> {
  return expectOk(await t.call('GET', `${nearPath}${query}`, { token, ...(actingFor ? { actingFor } : {}) }), NearMePage)
}

test('before she saves a profile a seeker is told so plainly, with empty lists, not an error', async () => {
  const t = await createTestContext()
  await openPost(t)
  const token = await t.login('worker-zhao')
  expect(await matchesOf(t, token)).toEqual({ hasProfile: false, items: [], nextCursor: null })
  expect(await nearOf(t, token)).toEqual({ hasProfile: false, items: [], nextCursor: null })
})

test('a seeker sees the open jobs that fit her, best first, each with its score, its reasons and the job itself', async () => {
  const t = await createTestContext()
  const cashier = await openPost(t)
  // The same work, further away and paid less: still a match, ranked lower.
  const further = await openPost(t, { place: { ...sampleJobPost.place, lat: home.lat + degreesNorthOf(6) }, pay: { amountFen: 2_450, unit: 'hour' } })
  // Within reach but nothing to do with what she does: near her, not a match.
  const porter = await openPost(t, { title: '仓库搬运工', occupation: '4-02-06-01', skills: [], certificates: [] })
  // Her work, but beyond the 8.5 km she will travel: neither.
  await openPost(t, { place: { ...sampleJobPost.place, lat: home.lat + degreesNorthOf(9) } })
  const token = await t.login('worker-zhao')
  await saveSeeker(t, token)

  const page = await matchesOf(t, token)
  expect(page.hasProfile).toBe(true)
  expect(page.nextCursor).toBeNull()
  expect(page.items.map((item) => item.job.id)).toEqual([cashier, further])
  const [best, second] = page.items
  expect(best?.score).toBeGreaterThan(second?.score ?? 100)
  expect(best?.job.post).toEqual(sampleJobPost)
  expect(best?.job.organisationName).toBe('温州瓯江建设有限公司')
  expect(best?.distanceKm).toBeCloseTo(1.38, 1)
  expect(reasonsText(best?.reasons ?? [], 'zh-CN')).toMatch(/^离您 1\.4 公里 · 您想找的4-01-02-04工作 · 符合您的pos_terminal技能 · 您持有所需的health_certificate/)
  expect(second?.reasons).toContainEqual({ kind: 'payBelowExpectation', expected: sampleSeekerProfile.expectedPay })

  const near = await nearOf(t, token)
  expect(near.items.map((item) => item.job.id)).toEqual([cashier, porter, further])
  expect(near.items.map((item) => item.distanceKm)).toEqual([...near.items.map((item) => item.distanceKm)].sort((a, b) => a - b))
})

test('a post not open, or whose work has ended, is in neither list', async () => {
  const t = await createTestContext()
  const employer = await t.login('employer-demo')
  await t.call('POST', '/api/jobs/posts', { token: employer, body: sampleJobPost })
  await insertOpenPosts(t, [
    { id: 'ended-yesterday', lat: home.lat, lng: home.lng, startDate: '2026-11-01', endDate: '2026-11-28' },
    { id: 'ends-today', lat: home.lat, lng: home.lng, startDate: '2026-11-01', endDate: '2026-11-29' },
  ])
  const token = await t.login('worker-zhao')
  await saveSeeker(t, token)
  expect((await matchesOf(t, token)).items.map((item) => item.job.id)).toEqual(['ends-today'])
  expect((await nearOf(t, token)).items.map((item) => item.job.id)).toEqual(['ends-today'])
  t.clock.advance(days(1))
  const tomorrow = await t.login('worker-zhao')
  expect((await matchesOf(t, tomorrow)).items).toEqual([])
  expect((await nearOf(t, tomorrow)).items).toEqual([])
})

test('the travel distance is kept to the edge: a post just inside it is near, one just beyond it is not', async () => {
  const t = await createTestContext()
  const travelKm = sampleSeekerProfile.travelKm
  await insertOpenPosts(t, [
    { id: 'inside-north', lat: home.lat + degreesNorthOf(travelKm - 0.01), lng: home.lng },
    { id: 'outside-north', lat: home.lat + degreesNorthOf(travelKm + 0.01), lng: home.lng },
    { id: 'inside-east', lat: home.lat, lng: home.lng + degreesNorthOf(travelKm - 0.01) / Math.cos((home.lat * Math.PI) / 180) },
    { id: 'outside-east', lat: home.lat, lng: home.lng + degreesNorthOf(travelKm + 0.01) / Math.cos((home.lat * Math.PI) / 180) },
  ])
  const token = await t.login('worker-zhao')
  await saveSeeker(t, token)
  expect((await nearOf(t, token)).items.map((item) => item.job.id).sort()).toEqual(['inside-east', 'inside-north'])
  expect((await matchesOf(t, token)).items.map((item) => item.job.id).sort()).toEqual(['inside-east', 'inside-north'])
})

test('both lists page without losing or repeating a post, in the order of the whole list', async () => {
  const t = await createTestContext()
  // Twenty-five posts on a line north of home, some at the same distance (ties are broken by id).
  const points = Array.from({ length: 25 }, (_, i) => ({ id: `post-${String(i).padStart(2, '0')}`, lat: home.lat + degreesNorthOf(0.3 * Math.floor(i / 2)), lng: home.lng }))
  await insertOpenPosts(t, points)
  const token = await t.login('worker-zhao')
  await saveSeeker(t, token)

  const whole = await matchesOf(t, token, '?limit=100')
  expect(whole.items).toHaveLength(25)
  const paged: string[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const page: MyMatchesPage = await matchesOf(t, token, `?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    paged.push(...page.items.map((item) => item.job.id))
    cursor = page.nextCursor
    pages += 1
  } while (cursor !== null)
  expect(pages).toBe(4)
  expect(paged).toEqual(whole.items.map((item) => item.job.id))

  const nearWhole = await nearOf(t, token, '?limit=100')
  expect(nearWhole.items.map((item) => item.job.id)).toEqual(points.map((point) => point.id))
  const nearPaged: string[] = []
  cursor = null
  do {
    const page: NearMePage = await nearOf(t, token, `?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    nearPaged.push(...page.items.map((item) => item.job.id))
    cursor = page.nextCursor
  } while (cursor !== null)
  expect(nearPaged).toEqual(points.map((point) => point.id))
})

test('grid staff holding her jobs.assist grant see her matches and the jobs near her; each read is in her access log as his', async () => {
  const t = await createTestContext()
  const cashier = await openPost(t)
  const elder = await t.login('elder-wang')
  const grant = await grantProxy(t, elder, { staffCode: 'WG330302002', scopes: ['jobs.assist'] })
  const zhou = await t.login('staff-zhou')
  await saveSeeker(t, zhou, { actingFor: grant.id })
  const before = (await auditRows(t)).length

  expect((await matchesOf(t, zhou, '', grant.id)).items.map((item) => item.job.id)).toEqual([cashier])
  expect((await nearOf(t, zhou, '', grant.id)).items.map((item) => item.job.id)).toEqual([cashier])
  // What he sees is what she sees herself.
  expect(await matchesOf(t, elder)).toEqual(await matchesOf(t, zhou, '', grant.id))

  await t.deps.audit.drain()
  const [wang, zhouId] = [(await meOf(t, elder)).id, (await meOf(t, zhou)).id]
  const byHim = (await auditRows(t)).slice(before).filter((row) => row.actorUserId === zhouId && row.action.startsWith('jobs.'))
  expect(byHim.map(({ action, kind, subjectUserId, viaGrantId, objectId }) => ({ action, kind, subjectUserId, viaGrantId, objectId }))).toEqual(
    ['jobs.listMyMatches', 'jobs.listNearMe', 'jobs.listMyMatches'].map((action) => ({ action, kind: 'read', subjectUserId: wang, viaGrantId: grant.id, objectId: wang })),
  )
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: elder }), Page(AccessLogEntry))
  const hisActs = log.items.filter((item) => item.operation === 'jobs.listNearMe')
  expect(hisActs.map(({ byProxy, actor }) => ({ byProxy, role: actor.role, staffCode: actor.staffCode }))).toEqual([{ byProxy: true, role: 'grid_staff', staffCode: 'WG330302002' }])
})

test('with many posts in reach, read whole only as far as each page needs, the pages are exactly the ranking over all of them', async () => {
  const t = await createTestContext()
  const occupations = ['4-01-02-04', '4-01-02-01', '4-02-06-01', '4-01-02-03']
  let seed = 7
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const points = Array.from({ length: 1_000 }, (_, i) => ({
    id: `many-${String(i).padStart(4, '0')}`,
    lat: home.lat + (random() - 0.5) * 0.2,
    lng: home.lng + (random() - 0.5) * 0.2,
    occupation: occupations[i % occupations.length] as string,
  }))
  await insertOpenPosts(t, points)
  const token = await t.login('worker-zhao')
  await saveSeeker(t, token)
  const all = (await t.deps.db.read((q) => q.select().from(jobPosts))).map(jobPostOf)
  const expected = rankMatches(sampleSeekerProfile, all, { limit: all.length, openOn: '2026-11-29' })
  expect(expected.length).toBeGreaterThan(450)

  const paged: { postId: string; score: number }[] = []
  let cursor: string | null = null
  do {
    const page: MyMatchesPage = await matchesOf(t, token, `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    paged.push(...page.items.map((item) => ({ postId: item.job.id, score: item.score })))
    cursor = page.nextCursor
  } while (cursor !== null)
  expect(paged).toEqual(expected.map(({ postId, score }) => ({ postId, score })))
})

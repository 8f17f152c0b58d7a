import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { runMatchNotices } from '../../bff/src/modules/jobs/match-notices'
import { hours } from '../../bff/src/platform/clock'
import { pages as routes } from '../../shared/src/platform/pages'
import type { JobPostInput } from '../../shared/src/jobs/posts'
import { setPhoneClock } from './support/browser'
import { browserForFile, withPortal } from './support/journey'
import type { Portal } from './support/portal'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()
const title = '南浦社区老年食堂帮厨（半天）'

/** A part-time kitchen helper's job near Wang Xiuying's community, weekday mornings, from the journey's week on. */
const kitchenJob = {
  title,
  occupation: '4-09-08-01',
  skills: [],
  certificates: [],
  kind: 'part_time',
  place: { community: '五马街道南浦社区', regionCode: '330302', lat: 28.008_1, lng: 120.664_3 },
  pay: { amountFen: 2_500, unit: 'hour' },
  headcount: 2,
  shifts: {
    kind: 'weekly',
    times: [
      { day: 1, from: '08:00', to: '11:00' },
      { day: 3, from: '08:00', to: '11:00' },
    ],
  },
  startDate: '2026-11-18',
  endDate: '2027-01-31',
  description: '择菜、洗碗，活不重，适合身体好的老年人。',
} as const satisfies JobPostInput

/** Through the portal's own API, as the employer and the officer would: the job is open. */
async function openKitchenJob(portal: Portal): Promise<void> {
  const as = async (account: string) => {
    const response = await fetch(`${portal.url}/api/auth/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account }) })
    return ((await response.json()) as { token: string }).token
  }
  const posted = await fetch(`${portal.url}/api/jobs/posts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await as('employer-demo')}`, 'content-type': 'application/json' },
    body: JSON.stringify(kitchenJob),
  })
  expect(posted.status).toBe(201)
  const { id } = (await posted.json()) as { id: string }
  const approved = await fetch(`${portal.url}/api/jobs/posts/${id}/decision`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await as('officer-liu')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ decision: 'approve', note: '已核实' }),
  })
  expect(approved.status).toBe(200)
}

/** Her wishes, taken down at her door: kitchen help near home, Monday and Wednesday mornings. */
async function takeDownWishes(staff: Page): Promise<void> {
  await expectHeading(staff, '我的求职信息')
  await fill(staff, '按名称或编码查找职业', '保洁')
  await press(staff, '选择 保洁员（4-09-08-01）')
  await fill(staff, '所在社区或村', '五马街道南浦社区')
  await press(staff, '鹿城区')
  await press(staff, '用鹿城区中心的位置')
  await seeText(staff, /已用鹿城区中心的大致位置/)
  await press(staff, '周一')
  await press(staff, '周三')
  await fill(staff, '金额（元）', '100')
  await press(staff, '保存求职信息')
  await seeText(staff, '求职信息已保存')
  await staff.getByRole('switch', { name: '同意推荐给用人单位' }).filter({ visible: true }).first().click()
  await seeText(staff, /^您已同意推荐/)
}

test('grid staff register an older resident’s job wishes for her, call her back with a new match, apply for her; she sees every act in her access log', async () => {
  const text = texts['zh-CN']
  await withPortal(async (portal) => {
    await openKitchenJob(portal)
    // Chen reads along with her: his own phone in care mode, every page measured for it.
    const look = reviewer('jobs-grid-staff', { careMode: true })

    // Chen Jianhua acts for Wang Xiuying, 82, who has no smartphone skills, under her grant.
    const staff = (await browser().newPage({ locale: 'zh-CN', clock: portal.clock })).page
    await chooseLanguage(staff, portal.url, text.language)
    await loginAs(staff, portal.url, /陈建华/)
    const careMode = staff.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first()
    if ((await careMode.getAttribute('aria-checked')) !== 'true') await careMode.click()
    await follow(staff, text.actForTile)
    await press(staff, text.actForChoose)
    await seeText(staff, text.actingBanner)

    await follow(staff, /^求职信息/)
    await takeDownWishes(staff)
    await look(staff, 'profile-saved-for-her')

    // The match run finds the kitchen job for her (now, rather than waiting for its next period;
    // a run that already found it sends nothing twice); she is on Chen's call-back list.
    await runMatchNotices(portal.deps)
    const notices = await portal.deps.db.rows<{ n: number }>(sql`select count(*) as n from inbox_messages where template = 'jobs.newMatches'`)
    expect(Number(notices[0]?.n)).toBe(1)
    await press(staff, text.stopActing)
    await open(staff, portal.url, routes.home)
    await follow(staff, /^回访名单/)
    await expectHeading(staff, '回访名单')
    const wang = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: /^王\*\*/ }) }).first()
    await wang.getByText('新推荐 1 条').waitFor()
    await wang.getByText('还没有回访过').waitFor()
    await look(staff, 'call-back-list')

    // On the phone with her: he opens her matches acting for her and applies as she asks.
    await wang.getByRole('button', { name: '代 TA 查看推荐的工作' }).click()
    await expectHeading(staff, '为您推荐的工作')
    await seeText(staff, text.actingBanner)
    const job = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: title }) }).first()
    await job.getByText(/^推荐理由：/).waitFor()
    await look(staff, 'her-matches')
    await job.getByRole('button', { name: '报名' }).click()
    await job.getByText('已报名，等待招聘单位回复').waitFor()
    await follow(staff, '我的报名')
    await staff.getByText(/报名（网格员代报）$/).first().waitFor()
    await look(staff, 'applied-for-her')

    await press(staff, text.stopActing)
    await open(staff, portal.url, routes.jobCallbacks)
    await expectHeading(staff, '回访名单')
    await staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: /^王\*\*/ }) }).first().getByRole('button', { name: '已回访' }).click()
    await seeText(staff, '已记下 1 人的回访。')
    await seeText(staff, '现在没有需要回访的人。有新的推荐工作时，这里会列出来。')
    await look(staff, 'called-back')

    // Lin Guifang, 75, has no phone and no account: at her door, with her signed form, Chen
    // registers her, takes down her wishes, and the next day finds a match for her and applies.
    await follow(staff, /^登记一位居民/)
    await expectHeading(staff, '登记一位居民')
    await fill(staff, '居民姓名', '林桂芳')
    await fill(staff, '居民身份证号码', '330302195110020044')
    await fill(staff, '纸质同意书编号', 'LC-2026-0137')
    await staff.getByRole('checkbox', { name: '居民本人在场，已阅读并在同意书上签字' }).filter({ visible: true }).first().click()
    await look(staff, 'register-resident')
    await press(staff, /^登记$/)
    await seeText(staff, '已登记 林**（3303…）')
    await look(staff, 'resident-registered')
    await press(staff, '代 TA 填写求职意向')
    await seeText(staff, '正在代办：林**（3303…）')
    await takeDownWishes(staff)
    await press(staff, text.stopActing)
    portal.clock.advance(hours(20))
    await setPhoneClock(staff.context(), portal.clock)
    await runMatchNotices(portal.deps)
    await loginAs(staff, portal.url, /陈建华/)
    await open(staff, portal.url, routes.jobCallbacks)
    const lin = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: /^林\*\*/ }) }).first()
    await lin.getByText('新推荐 1 条').waitFor()
    await look(staff, 'call-back-list-registered')
    await lin.getByRole('button', { name: '代 TA 查看推荐的工作' }).click()
    const hers = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: title }) }).first()
    await hers.getByRole('button', { name: '报名' }).click()
    await hers.getByText('已报名，等待招聘单位回复').waitFor()
    await press(staff, text.stopActing)

    // Wang Xiuying's own phone, in care mode: every act shows, each by the grid staff member.
    const elder = (await browser().newPage({ locale: 'zh-CN', clock: portal.clock })).page
    await chooseLanguage(elder, portal.url, text.language)
    await loginAs(elder, portal.url, /王秀英/)
    await open(elder, portal.url, routes.accessLog)
    await expectHeading(elder, text.accessLogTitle)
    for (const act of ['保存求职信息', '同意或撤回推荐给用人单位', '报名工作', '网格员记下回访']) await seeText(elder, act)
    // The match sent to her is the portal's own work, not a stranger's look.
    await seeText(elder, '发送推荐工作消息')
    await seeText(elder, '人社服务平台自动处理')
    await look(elder, 'her-access-log')

    const acts = await portal.deps.db.rows<{ action: string }>(
      sql`select action from audit_log where action in ('identity.registerKeptPerson', 'jobs.putMyProfile', 'jobs.apply', 'jobs.markCalled') and via_grant_id is not null order by action`,
    )
    expect(acts.map((row) => row.action)).toEqual(['identity.registerKeptPerson', 'jobs.apply', 'jobs.apply', 'jobs.markCalled', 'jobs.putMyProfile', 'jobs.putMyProfile'])
  })
})

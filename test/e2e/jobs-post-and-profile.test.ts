import type { Page } from 'playwright-core'
import { sql, type SQL } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { pageLink, pages as routes } from '../../shared/src/platform/pages'
import { hours } from '../../bff/src/platform/clock'
import { setPhoneClock } from './support/browser'
import { browserForFile, withPortal } from './support/journey'
import type { Portal } from './support/portal'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { careModeOn } from './support/care-mode'
import { texts } from './support/texts'

const browser = browserForFile()

/** Home's point in Lucheng, as the seeker's phone reports it. */
const home = { latitude: 28.00811, longitude: 120.66432 }
const heldTitle = 'A 栋楼道保洁（日结）'
const fairTitle = '南浦小区保洁（日结）'
const declineReason = '报酬低于本区最低工资标准，请按每天不低于 192 元重新发布'

/** A post on the officer's queue or the employer's list, by its title. */
function postItem(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) }).filter({ visible: true }).first()
}

async function fillText(page: Page, label: string, value: string): Promise<void> {
  await page.locator('textarea').and(page.getByLabel(label, { exact: true })).filter({ visible: true }).first().fill(value)
}


/** An employer's day job in Lucheng on two dates, at the pay given; the point is the county's rough centre. */
async function postDayJob(page: Page, title: string, yuanPerDay: string): Promise<void> {
  await fill(page, '招聘标题', title)
  await fill(page, '按名称或编码查找职业', '保洁')
  await press(page, '选择 保洁员（4-09-08-01）')
  await seeText(page, '保洁员（4-09-08-01）')
  await fill(page, '所在社区或村', '五马街道南浦社区')
  await press(page, '鹿城区')
  await press(page, '用鹿城区中心的位置')
  await seeText(page, /已用鹿城区中心的大致位置/)
  await fill(page, '金额（元）', yuanPerDay)
  await fill(page, '招几个人', '3')
  await fill(page, '开始日期', '2026-11-20')
  await fill(page, '结束日期（选填）', '2026-11-21')
  await fill(page, '哪几天（日期）', '2026-11-20，2026-11-21')
  await fill(page, '技能要求（选填）', '保洁')
  await fillText(page, '工作说明（选填）', '早上 8 点在小区东门集合，工具由物业提供，当天下班结清工钱。')
}

async function postIdOf(portal: Portal, title: string): Promise<string> {
  const rows = await portal.deps.db.rows<{ id: string }>(sql`select id from job_posts where title = ${title}`)
  const id = rows[0]?.id
  if (!id) throw new Error(`no post titled ${title}`)
  return id
}

async function countOf(portal: Portal, statement: SQL): Promise<number> {
  const rows = await portal.deps.db.rows<{ n: number }>(statement)
  return Number(rows[0]?.n ?? 0)
}

test('a seeker fills her profile and agrees to be recommended; an employer’s underpaid day job is held with the reason, a fair one goes to the officer, who approves it and declines the other; the seeker finds the fair job; the declined one, mended, is approved', { timeout: 240_000 }, async () => {
  const text = texts['zh-CN']
  await withPortal(async (portal) => {
    // The seeker, in care mode: big text and big buttons on every page she sees.
    const lookSeeker = reviewer('jobs-seeker', { careMode: true })
    const { context: seekerPhone, page: seeker } = await browser().newPage({ locale: 'zh-CN', clock: portal.clock })
    await seekerPhone.grantPermissions(['geolocation'], { origin: portal.url })
    await seekerPhone.setGeolocation(home)
    await chooseLanguage(seeker, portal.url, text.language)
    await loginAs(seeker, portal.url, /赵强/)
    await careModeOn(seeker)
    await follow(seeker, /^求职信息/)
    await expectHeading(seeker, '我的求职信息')
    await seeText(seeker, '请先保存求职信息，再选择是否推荐给用人单位。')
    await lookSeeker(seeker, 'profile-empty')

    // Saving an empty form names each missing answer at the top, in her language.
    await press(seeker, '保存求职信息')
    await seeText(seeker, '请至少选择一天')
    await lookSeeker(seeker, 'profile-errors')

    await fill(seeker, '按名称或编码查找职业', '保洁')
    await press(seeker, '选择 保洁员（4-09-08-01）')
    await fill(seeker, '按名称或编码查找职业', '4-10-01')
    await press(seeker, '选择 家政服务员（4-10-01-06）')
    await seeText(seeker, '已选择：2 个（最多 10 个）')
    await fill(seeker, '会做的事（选填）', '保洁、做饭')
    await fill(seeker, '证书（选填）', '健康证')
    await fill(seeker, '所在社区或村', '五马街道南浦社区')
    await press(seeker, '鹿城区')
    await press(seeker, '用我现在的位置')
    await seeText(seeker, '已记下现在的位置（28.0081，120.6643）')
    await press(seeker, '周一')
    await press(seeker, '周三')
    await press(seeker, '周六')
    await fill(seeker, '金额（元）', '180')
    await press(seeker, '保存求职信息')
    await seeText(seeker, '求职信息已保存')
    await lookSeeker(seeker, 'profile-saved')

    await seeker.getByRole('switch', { name: '同意推荐给用人单位' }).filter({ visible: true }).first().click()
    await seeText(seeker, /^您已同意推荐（2026年11月16日/)
    await lookSeeker(seeker, 'consent-given')
    expect(await countOf(portal, sql`select count(*) as n from audit_log where action = 'jobs.setRecommendationConsent'`)).toBe(1)

    // The employer posts a day job below Lucheng's minimum wage, then a fair one.
    const lookEmployer = reviewer('jobs-employer')
    const { context: employerPhone, page: employer } = await browser().newPage({ locale: 'zh-CN', clock: portal.clock })
    await chooseLanguage(employer, portal.url, text.language)
    await loginAs(employer, portal.url, /温州瓯江建设/)
    await follow(employer, /^招聘\s*发布招聘/)
    await expectHeading(employer, '我发布的招聘')
    await seeText(employer, '还没有发布招聘。')
    await lookEmployer(employer, 'my-posts-empty')
    await press(employer, '发布招聘')
    await expectHeading(employer, '发布招聘')
    await lookEmployer(employer, 'post-form')

    await postDayJob(employer, heldTitle, '150')
    await lookEmployer(employer, 'post-filled')
    await press(employer, '提交审核')
    await seeText(employer, '招聘信息暂缓发布')
    await seeText(employer, '报酬低于本地最低工资标准（每天 192 元，按小时最低工资乘以每天 8 小时计）')
    await lookEmployer(employer, 'post-held')

    await press(employer, '再发布一条')
    await expectHeading(employer, '发布招聘')
    await postDayJob(employer, fairTitle, '200')
    await press(employer, '提交审核')
    await seeText(employer, '招聘信息已提交')
    await lookEmployer(employer, 'post-in-review')

    await follow(employer, '查看我发布的招聘')
    await expectHeading(employer, '我发布的招聘')
    await postItem(employer, heldTitle).getByText('暂缓发布', { exact: true }).waitFor()
    await postItem(employer, heldTitle).getByText(/报酬低于本地最低工资标准/).waitFor()
    await postItem(employer, fairTitle).getByText('待审核', { exact: true }).waitFor()
    await lookEmployer(employer, 'my-posts-held-and-waiting')

    // The officer of Lucheng approves the fair post and declines the held one with a reason.
    const lookOfficer = reviewer('jobs-officer')
    const { context: officerPhone, page: officer } = await browser().newPage({ locale: 'zh-CN', clock: portal.clock })
    await chooseLanguage(officer, portal.url, text.language)
    await loginAs(officer, portal.url, /刘洋/)
    await follow(officer, /^招聘审核/)
    await expectHeading(officer, '招聘审核')
    await postItem(officer, heldTitle).getByText('规则发现的问题').waitFor()
    await lookOfficer(officer, 'queue')

    const fair = postItem(officer, fairTitle)
    await fair.getByRole('button', { name: '通过，发布' }).click()
    await fair.getByRole('button', { name: '提交审核结果' }).click()
    await seeText(officer, `已通过：${fairTitle}`)

    // A held post is approved only with a note: without one, the form says so.
    const held = postItem(officer, heldTitle)
    await held.getByRole('button', { name: '通过，发布' }).click()
    await held.getByRole('button', { name: '提交审核结果' }).click()
    await held.getByText('请填写理由').first().waitFor()
    await lookOfficer(officer, 'held-needs-a-note')
    await held.getByRole('button', { name: '不通过' }).click()
    await fillText(officer, '不通过的原因（必填）', declineReason)
    await held.getByRole('button', { name: '提交审核结果' }).click()
    await seeText(officer, `已不通过：${heldTitle}`)
    await lookOfficer(officer, 'decided')

    // Back on the employer's list: one published, one declined with the officer's reason.
    await open(employer, portal.url, routes.myJobPosts)
    await expectHeading(employer, '我发布的招聘')
    await postItem(employer, fairTitle).getByText('已发布', { exact: true }).waitFor()
    await postItem(employer, heldTitle).getByText(`未通过原因：${declineReason}`).waitFor()
    await lookEmployer(employer, 'my-posts-decided')

    // The seeker finds the fair job, and only that one, among the day jobs.
    await open(seeker, portal.url, routes.home)
    await follow(seeker, /^找工作/)
    await expectHeading(seeker, '找工作')
    await press(seeker, '日结')
    await postItem(seeker, fairTitle).getByText('每天 200 元').waitFor()
    await postItem(seeker, fairTitle).getByText('鹿城区 · 五马街道南浦社区').waitFor()
    expect(await seeker.getByRole('heading', { name: heldTitle }).filter({ visible: true }).count()).toBe(0)
    await lookSeeker(seeker, 'open-day-jobs')

    // She searches by words (decision 053): the words stay in the box, no result says so, and
    // clearing the search brings the whole list back.
    await fill(seeker, '搜索工作', '日结保洁')
    await press(seeker, /^搜索$/)
    await seeText(seeker, '“日结保洁”的搜索结果，最相关的在前。')
    await postItem(seeker, fairTitle).getByText('每天 200 元').waitFor()
    await lookSeeker(seeker, 'open-search')
    const searchBox = seeker.locator('input').and(seeker.getByLabel('搜索工作', { exact: true })).filter({ visible: true }).first()
    await searchBox.fill('电焊工')
    await searchBox.press('Enter')
    await seeText(seeker, '没有找到与“电焊工”相关的工作。试试换个说法，或少输入几个词。')
    expect(await searchBox.inputValue()).toBe('电焊工')
    await lookSeeker(seeker, 'open-search-none')
    await press(seeker, '清除搜索')
    await postItem(seeker, fairTitle).waitFor()

    // Suggested for her, with its score and reasons in words; she applies from there, once.
    await open(seeker, portal.url, routes.home)
    await follow(seeker, /^为我推荐/)
    await expectHeading(seeker, '为您推荐的工作')
    const suggested = postItem(seeker, fairTitle)
    await suggested.getByText(/^匹配度 \d+$/).waitFor()
    await suggested.getByText(/^推荐理由：离您 1\.\d 公里 · .*您想找的保洁员工作/).waitFor()
    await lookSeeker(seeker, 'matches')
    await suggested.getByRole('button', { name: '报名' }).click()
    await suggested.getByText('已报名，等待招聘单位回复').waitFor()
    await lookSeeker(seeker, 'applied')
    await follow(seeker, '我的报名')
    await expectHeading(seeker, '我的报名')
    await postItem(seeker, fairTitle).getByText('2026年11月16日 报名').waitFor()
    await lookSeeker(seeker, 'my-applications')
    expect(await countOf(portal, sql`select count(*) as n from job_applications`)).toBe(1)

    // The employer sees her by surname only; invited, she is named in full, and her list says so.
    await open(employer, portal.url, routes.myJobPosts)
    await postItem(employer, fairTitle).getByRole('link', { name: '查看报名的人' }).click()
    await expectHeading(employer, '报名的人')
    await postItem(employer, '赵*').getByText('新报名', { exact: true }).waitFor()
    await lookEmployer(employer, 'applicants')
    await postItem(employer, '赵*').getByRole('button', { name: '邀请联系' }).click()
    await postItem(employer, '赵*').getByRole('button', { name: '确定' }).click()
    await postItem(employer, '赵强').getByText('已邀请', { exact: true }).waitFor()
    await lookEmployer(employer, 'applicant-invited')
    await open(seeker, portal.url, routes.myApplications)
    await postItem(seeker, fairTitle).getByText('待联系', { exact: true }).waitFor()
    await lookSeeker(seeker, 'my-applications-invited')

    // Hired. On the first work day, at eight, the employer shows the code at the site and she
    // types it; eight hours later, the code of that moment checks her out.
    await open(employer, portal.url, pageLink('applicants', { id: await postIdOf(portal, fairTitle) }))
    await postItem(employer, '赵强').getByRole('button', { name: '录用' }).click()
    await postItem(employer, '赵强').getByRole('button', { name: '确定' }).click()
    await postItem(employer, '赵强').getByText('已录用', { exact: true }).waitFor()

    const phones = [
      { phone: seekerPhone, page: seeker, account: /赵强/ },
      { phone: employerPhone, page: employer, account: /温州瓯江建设/ },
    ]
    // Sessions idle out on the same clock: both log in again after each jump.
    const jump = async (change: () => void) => {
      change()
      for (const { phone, page, account } of phones) {
        await setPhoneClock(phone, portal.clock)
        await loginAs(page, portal.url, account)
      }
    }
    await jump(() => portal.clock.set('2026-11-20T00:00:00.000Z'))

    const codeNow = async () => {
      await open(employer, portal.url, routes.myJobPosts)
      await postItem(employer, fairTitle).getByRole('link', { name: '签到码和上工记录' }).click()
      await expectHeading(employer, '用工签到')
      const code = employer.locator('.jobs-code').filter({ visible: true }).first()
      await code.waitFor()
      return (await code.textContent())?.trim() ?? ''
    }
    const firstCode = await codeNow()
    expect(firstCode).toMatch(/^\d{6}$/)
    await postItem(employer, '赵强').getByText('今天未签到').waitFor()
    await lookEmployer(employer, 'day-work-code')

    await open(seeker, portal.url, routes.myApplications)
    const work = postItem(seeker, fairTitle)
    await work.getByText('已录用', { exact: true }).waitFor()
    await fill(seeker, '签到码（6 位数字）', firstCode)
    await lookSeeker(seeker, 'check-in-code-typed')
    await work.getByRole('button', { name: '签到', exact: true }).click()
    await work.getByText('签到 08:00').waitFor()
    await lookSeeker(seeker, 'checked-in')

    await jump(() => portal.clock.advance(hours(8)))
    const laterCode = await codeNow()
    await postItem(employer, '赵强').getByText('已签到', { exact: true }).waitFor()
    await open(seeker, portal.url, routes.myApplications)
    await fill(seeker, '签到码（6 位数字）', laterCode)
    await work.getByRole('button', { name: '签退', exact: true }).click()
    await work.getByText('工时 8 小时').waitFor()
    await work.getByText('应得 200.00 元').waitFor()
    await seeText(seeker, '今天已签退，辛苦了。')
    await lookSeeker(seeker, 'checked-out')

    // The employer says what it paid (the pay due is offered); she confirms it; both rate.
    await codeNow()
    const worker = postItem(employer, '赵强')
    await worker.getByText('工时 8 小时').waitFor()
    expect(await employer.getByLabel('这一天实付多少钱（元）', { exact: true }).filter({ visible: true }).first().inputValue()).toBe('200.00')
    await lookEmployer(employer, 'day-worked')
    await worker.getByRole('button', { name: '填写实付金额' }).click()
    await worker.getByText('已付 200.00 元').waitFor()
    await worker.getByRole('radio', { name: '5 星' }).click()
    await fill(employer, '一句话评价（选填）', '干活仔细，准时')
    await worker.getByRole('button', { name: '提交评价' }).click()
    await worker.getByText('您的评价：5 星：干活仔细，准时').waitFor()
    await lookEmployer(employer, 'paid-and-rated')

    await open(seeker, portal.url, routes.myApplications)
    await work.getByText('用工单位说已付 200.00 元').waitFor()
    await lookSeeker(seeker, 'pay-stated')
    await work.getByRole('button', { name: '收到了，金额对' }).click()
    await work.getByText('您已确认收到').waitFor()
    await work.getByRole('radio', { name: '5 星' }).click()
    await work.getByRole('button', { name: '提交评价' }).click()
    await work.getByText('您的评价：5 星', { exact: true }).waitFor()
    await work.getByText('用工单位对您的评价：5 星：干活仔细，准时').waitFor()
    await lookSeeker(seeker, 'paid-confirmed-and-rated')

    const days = await portal.deps.db.rows<{ minutes: number; paid: number; answer: string }>(
      sql`select minutes_worked as minutes, paid_fen as paid, pay_answer as answer from job_attendance`,
    )
    expect(days).toEqual([{ minutes: 480, paid: 20_000, answer: 'confirmed' }])
    expect(await countOf(portal, sql`select count(*) as n from job_ratings`)).toBe(2)

    // Filled: the employer stops recruiting, after being told what that means.
    await open(employer, portal.url, routes.myJobPosts)
    await postItem(employer, fairTitle).getByRole('button', { name: '停止招聘' }).click()
    await seeText(employer, '已录用的人照常上工。确定停止吗？')
    await lookEmployer(employer, 'stop-recruiting-asked')
    await postItem(employer, fairTitle).getByRole('button', { name: '确定停止招聘' }).click()
    await postItem(employer, fairTitle).getByText('已停止招聘', { exact: true }).waitFor()
    await lookEmployer(employer, 'recruiting-stopped')

    // The officer's region at a glance: the hire, in the week it was made.
    await setPhoneClock(officerPhone, portal.clock)
    await loginAs(officer, portal.url, /刘洋/)
    await follow(officer, /^辖区就业统计/)
    await expectHeading(officer, '辖区就业统计')
    await seeText(officer, '0 条（其中暂缓 0 条）')
    const chart = officer.getByRole('img', { name: /^每周录用人数/ }).filter({ visible: true }).first()
    expect(await chart.getAttribute('aria-label')).toMatch(/2026年11月16日那周 1 人$/)
    await lookOfficer(officer, 'region-stats')

    // The declined day job, mended: the employer raises the pay and sends it again, on the form
    // filled with what was posted; the officer sees why it was stopped before, and approves it.
    await open(employer, portal.url, routes.myJobPosts)
    await postItem(employer, heldTitle).getByRole('button', { name: '修改后重新提交' }).click()
    await expectHeading(employer, '修改招聘')
    expect(await employer.getByLabel('招聘标题', { exact: true }).filter({ visible: true }).first().inputValue()).toBe(heldTitle)
    expect(await employer.getByLabel('金额（元）', { exact: true }).filter({ visible: true }).first().inputValue()).toBe('150')
    await lookEmployer(employer, 'edit-prefilled')
    await fill(employer, '金额（元）', '200')
    await press(employer, '重新提交审核')
    await seeText(employer, '已重新提交，等待审核')
    await lookEmployer(employer, 'resubmitted')
    await follow(employer, '查看我发布的招聘')
    await postItem(employer, heldTitle).getByText('待审核', { exact: true }).waitFor()
    await postItem(employer, heldTitle).getByText('已修改重新提交 1 次').waitFor()

    await open(officer, portal.url, routes.reviewJobPosts)
    const mended = postItem(officer, heldTitle)
    await mended.getByText('每天 200 元').waitFor()
    await mended.getByText('之前的审核记录').waitFor()
    await mended.getByText(/修改后重新提交，此前为“未通过”/).waitFor()
    await mended.getByText(/原因：报酬低于本地最低工资标准/).waitFor()
    await mended.getByText(`审核意见：${declineReason}`).waitFor()
    await lookOfficer(officer, 'resubmitted-in-queue')
    await mended.getByRole('button', { name: '通过，发布' }).click()
    await mended.getByRole('button', { name: '提交审核结果' }).click()
    await seeText(officer, `已通过：${heldTitle}`)
    await open(employer, portal.url, routes.myJobPosts)
    await postItem(employer, heldTitle).getByText('已发布', { exact: true }).waitFor()
    await lookEmployer(employer, 'resubmitted-approved')
    expect(await countOf(portal, sql`select count(*) as n from audit_log where action = 'jobs.resubmitPost'`)).toBe(1)
  })
})

test('in English, the seeker’s saved profile reads back, and a wrong answer is named in English while what she typed stays', async () => {
  const text = texts.en
  await withPortal(async (portal) => {
    const look = reviewer('jobs-seeker-english')
    const { context: phone, page } = await browser().newPage({ locale: 'en', clock: portal.clock })
    await phone.grantPermissions(['geolocation'], { origin: portal.url })
    await phone.setGeolocation(home)
    await chooseLanguage(page, portal.url, text.language)
    await loginAs(page, portal.url, /Zhao Qiang/)
    await follow(page, /^Job-seeking profile/)
    await expectHeading(page, 'My job-seeking profile')
    await seeText(page, 'Save your profile first, then choose whether to be recommended to employers.')
    await look(page, 'profile-new')

    await fill(page, 'Find an occupation by name or code', '4-09-08')
    await press(page, 'Choose 保洁员 (4-09-08-01)')
    await fill(page, 'Community or village', 'Nanpu Community')
    await press(page, 'Lucheng District')
    await press(page, 'Use my current location')
    await seeText(page, 'Your current location is noted (28.0081, 120.6643)')
    await press(page, 'Sat')
    await press(page, 'Sun')
    await fill(page, 'Amount (yuan)', '1.234')
    await press(page, 'Save my profile')
    await seeText(page, 'Enter an amount, for example 180 or 25.5')
    // What she typed is all still there.
    expect(await page.locator('input').and(page.getByLabel('Community or village', { exact: true })).filter({ visible: true }).first().inputValue()).toBe('Nanpu Community')
    await look(page, 'profile-pay-error')

    await fill(page, 'Amount (yuan)', '180')
    await press(page, 'Save my profile')
    await seeText(page, 'Your profile is saved')
    await page.getByRole('switch', { name: 'Recommend me to employers' }).filter({ visible: true }).first().click()
    await seeText(page, /^You agreed to be recommended \(16 Nov 2026/)
    await look(page, 'profile-saved-and-consent')

    // Withdrawing is one tap too, and says what it means.
    await page.getByRole('switch', { name: 'Recommend me to employers' }).filter({ visible: true }).first().click()
    await seeText(page, /^Withdrawn \(16 Nov 2026.*employers cannot see your profile$/)
    await look(page, 'consent-withdrawn')

    // No job is open yet on this portal: both orders say so, and how to widen the search.
    await open(page, portal.url, routes.jobMatches)
    await expectHeading(page, 'Jobs for you')
    await seeText(page, 'No suitable jobs just now. We will send you a message when new ones are posted.')
    await press(page, 'Nearest home')
    await seeText(page, /^No jobs within the distance you will travel just now/)
    await look(page, 'matches-none-near')
  })
})

test('in English and care mode, an employer’s underpaid job is held with the reason in English, and the officer declines it with a reason the employer reads; mended, it goes back to the officer', async () => {
  const text = texts.en
  const title = 'Stairwell cleaning, block A (paid daily)'
  const reason = 'The pay is below the district minimum; post it again at 192 yuan a day or more'
  await withPortal(async (portal) => {
    const lookEmployer = reviewer('jobs-employer-english-care', { careMode: true })
    const employer = (await browser().newPage({ locale: 'en', clock: portal.clock })).page
    await chooseLanguage(employer, portal.url, text.language)
    await loginAs(employer, portal.url, /Wenzhou Oujiang Construction/)
    await careModeOn(employer, 'en')
    await follow(employer, /^Job posts\s*Post jobs/)
    await expectHeading(employer, 'My job posts')
    await press(employer, 'Post a job')
    await expectHeading(employer, 'Post a job')
    await fill(employer, 'Job title', title)
    await fill(employer, 'Find an occupation by name or code', '保洁')
    await press(employer, 'Choose 保洁员 (4-09-08-01)')
    await fill(employer, 'Community or village', 'Nanpu Community, Wuma Street')
    await press(employer, 'Lucheng District')
    await press(employer, 'Use the centre of Lucheng District')
    await seeText(employer, /The rough centre of Lucheng District is used/)
    await fill(employer, 'Amount (yuan)', '150')
    await fill(employer, 'How many people', '2')
    await fill(employer, 'Start date', '2026-11-20')
    await fill(employer, 'Which dates', '2026-11-20')
    await lookEmployer(employer, 'post-filled')
    await press(employer, 'Send for review')
    await seeText(employer, 'Your job post is on hold')
    await seeText(employer, 'The pay is below the local minimum wage (¥192 a day: the hourly minimum for 8 hours)')
    await lookEmployer(employer, 'post-held')

    const lookOfficer = reviewer('jobs-officer-english-care', { careMode: true })
    const officer = (await browser().newPage({ locale: 'en', clock: portal.clock })).page
    await chooseLanguage(officer, portal.url, text.language)
    await loginAs(officer, portal.url, /Liu Yang/)
    await careModeOn(officer, 'en')
    await follow(officer, /^Review job posts/)
    await expectHeading(officer, 'Review job posts')
    const held = postItem(officer, title)
    await held.getByText('What the rules found').waitFor()
    await held.getByRole('button', { name: 'Decline' }).click()
    await fillText(officer, 'Why it is declined (required)', reason)
    await lookOfficer(officer, 'decline-with-reason')
    await held.getByRole('button', { name: 'Send the decision' }).click()
    await seeText(officer, `Declined: ${title}`)
    await lookOfficer(officer, 'declined')

    await open(employer, portal.url, routes.myJobPosts)
    await expectHeading(employer, 'My job posts')
    await postItem(employer, title).getByText('Declined', { exact: true }).waitFor()
    await postItem(employer, title).getByText(`Declined because: ${reason}`).waitFor()
    await lookEmployer(employer, 'my-posts-declined')

    // The day-work page of a post that was never open: no code, no one hired, in plain words.
    await open(employer, portal.url, pageLink('dayWork', { id: await postIdOf(portal, title) }))
    await expectHeading(employer, 'Check-ins and days worked')
    await seeText(employer, 'This job has no work today, so there is no check-in code.')
    await seeText(employer, 'No one is hired yet. Hire from the applicants.')
    await lookEmployer(employer, 'day-work-none')

    // The officer's region: the declined post waits for no one, and no one has been hired yet.
    await open(officer, portal.url, routes.home)
    await follow(officer, /^Jobs in my region/)
    await expectHeading(officer, 'Jobs in my region')
    await seeText(officer, '0 (0 held by the rules)')
    await seeText(officer, 'No hires in the last 8 weeks')
    await lookOfficer(officer, 'region-stats')

    // Mended in English and care mode: sent again at a fair wage, it waits for the officer.
    await open(employer, portal.url, routes.myJobPosts)
    await postItem(employer, title).getByRole('button', { name: 'Edit and resubmit' }).click()
    await expectHeading(employer, 'Change a job post')
    await seeText(employer, `Declined because: ${reason}`)
    await fill(employer, 'Amount (yuan)', '200')
    await lookEmployer(employer, 'edit-prefilled')
    await press(employer, 'Send for review again')
    await seeText(employer, 'Sent again: waiting for review')
    await lookEmployer(employer, 'resubmitted')
    await open(officer, portal.url, routes.reviewJobPosts)
    await postItem(officer, title).getByText('Earlier reviews').waitFor()
    await postItem(officer, title).getByText(`Officer’s note: ${reason}`).waitFor()
    await lookOfficer(officer, 'resubmitted-in-queue')
  })
})

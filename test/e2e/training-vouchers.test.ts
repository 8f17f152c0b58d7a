import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../bff/src/db/seed/training'
import { pushTargetedVouchers } from '../../bff/src/modules/training/jobs'
import { setPhoneClock } from './support/browser'
import { browserForFile, portalForFile } from './support/journey'
import { givenPassedOn, givenTraineeOn } from './support/training'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { careModeOn } from './support/care-mode'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()
const minePage = '/features/training/pages/mine/index'


test('a Lucheng resident is sent a training voucher and accepts it from her inbox; an officer opens a general programme and the resident claims one of its vouchers; the officer sees the ledger and stops it', async () => {
  const look = reviewer('training-vouchers')
  // The training job pushes the targeted programme's vouchers, as it does each period (and a few seconds after the portal starts).
  await pushTargetedVouchers(portal().deps)
  const { page } = await browser().newPage({ locale: 'zh-CN', clock: portal().clock })
  await loginAs(page, portal().url, /张伟/)
  await open(page, portal().url, '/pages/inbox/index')
  await seeText(page, /您收到一张职业培训券“温州市鹿城区青年职工技能提升培训券”/)
  await look(page, 'inbox-voucher-offered')
  await press(page, '领取培训券')
  await seeText(page, '已领取，可在“我的培训”里查看')
  await look(page, 'inbox-voucher-accepted')

  await open(page, portal().url, '/pages/home/index')
  await follow(page, /职业培训/)
  await expectHeading(page, '我的培训')
  await seeText(page, '温州市鹿城区青年职工技能提升培训券')
  await look(page, 'mine-accepted')
  await seeText(page, '已领取，可以报名培训')
  await seeText(page, /焊工（6-18-02-04） · 四级（中级工） · 补贴 ¥1,800\.00/)
  await seeText(page, '温州市鹿城区职业技能培训券（通用）')

  // The Lucheng officer opens a general programme for electricians at the demo school.
  const officer = (await browser().newPage({ locale: 'zh-CN', clock: portal().clock })).page
  await loginAs(officer, portal().url, /刘洋/)
  await follow(officer, /职业培训券发放/)
  await expectHeading(officer, '培训券发放')
  await seeText(officer, '温州市鹿城区青年职工技能提升培训券')
  await look(officer, 'officer-programmes')
  await press(officer, '新建一批培训券')
  await expectHeading(officer, '新建培训券批次')

  // Sent empty: every missing answer is listed, and the summary takes the focus.
  await press(officer, '创建并开始发放')
  const summary = officer.getByRole('alert').filter({ visible: true }).first()
  await summary.waitFor()
  await look(officer, 'new-programme-refused')

  await fill(officer, '批次名称', '2027年鹿城区电工技能培训券')
  await officer.getByRole('radio', { name: /基础培训/ }).filter({ visible: true }).first().click()
  await officer.getByRole('radio', { name: /面值券/ }).filter({ visible: true }).first().click()
  await officer.getByRole('radio', { name: /普惠券/ }).filter({ visible: true }).first().click()
  await fill(officer, '按名称或编码查找职业', '电工')
  await press(officer, /^选择 电工（/)
  await press(officer, '五级（初级工）')
  await fill(officer, '补贴标准（元）', '1500')
  await officer.getByRole('checkbox', { name: /温州技师培训学校/ }).filter({ visible: true }).first().click()
  await fill(officer, '有效期开始日期', '2026-11-16')
  await fill(officer, '有效期结束日期', '2027-06-30')
  await fill(officer, '发放数量（张）', '100')
  // What was typed survived the refusal.
  expect(await officer.locator('input').and(officer.getByLabel('批次名称', { exact: true })).filter({ visible: true }).first().inputValue()).toBe('2027年鹿城区电工技能培训券')
  await look(officer, 'new-programme-filled')
  await press(officer, '创建并开始发放')
  await seeText(officer, '已创建，培训券开始发放。')
  await look(officer, 'programme-created')
  await follow(officer, '查看“2027年鹿城区电工技能培训券”')
  await expectHeading(officer, '培训券批次')
  await seeText(officer, '温州技师培训学校')
  await look(officer, 'programme')

  // The resident finds it among what she may claim, and takes one.
  await open(page, portal().url, minePage)
  await expectHeading(page, '我的培训')
  await seeText(page, '2027年鹿城区电工技能培训券')
  await seeText(page, '还剩 100 张')
  const electricians = page.getByRole('listitem').filter({ hasText: '2027年鹿城区电工技能培训券' }).filter({ visible: true }).first()
  await electricians.getByRole('button', { name: '领取培训券' }).click()
  await seeText(page, '已领取“2027年鹿城区电工技能培训券”，在上面的“我的培训券”里。')
  await look(page, 'mine-claimed')

  // The officer's ledger counts it; stopping asks once, with a way out of the same size.
  await officer.reload()
  await expectHeading(officer, '培训券批次')
  await press(officer, '停止发放')
  await seeText(officer, /确定停止发放吗？/)
  await look(officer, 'programme-close-confirm')
  await press(officer, '确定停止发放')
  await seeText(officer, '已停止发放。已经发出的券照常有效。')
  await look(officer, 'programme-closed')

  // She spends the pushed voucher on the demo school's welding course; the school confirms her place.
  const welding = page.getByRole('listitem').filter({ hasText: '温州市鹿城区青年职工技能提升培训券' }).filter({ visible: true }).first()
  await welding.getByRole('button', { name: '为这张券找课程' }).click()
  await expectHeading(page, '找培训课程')
  await seeText(page, '焊工（四级）技能提升班')
  await look(page, 'courses-for-voucher')
  await press(page, '用这张券报名“焊工（四级）技能提升班”')
  await seeText(page, '已提交报名，等培训机构确认。确认后，培训券就用在这门课上了。')
  await look(page, 'course-enrol-sent')

  const school = (await browser().newPage({ locale: 'zh-CN', clock: portal().clock })).page
  await loginAs(school, portal().url, /温州技师培训学校/)
  await follow(school, /培训机构/)
  await expectHeading(school, '本机构的培训课程')
  await look(school, 'institution-courses')
  await follow(school, '“焊工（四级）技能提升班”的报名和学员')
  await expectHeading(school, '报名和学员名单')
  await seeText(school, /张\*/)
  await look(school, 'roster-requested')
  await press(school, '确认报名')
  await seeText(school, /已确认，张\* 已在学员名单上。/)
  await look(school, 'roster-confirmed')

  await open(page, portal().url, minePage)
  await expectHeading(page, '我的培训')
  await seeText(page, '已报名培训')
  await seeText(page, '已确认报名')
  await look(page, 'mine-enrolled')

  // The same vouchers in English and care mode.
  const lookCare = reviewer('training-vouchers-english', { careMode: true })
  const english = (await browser().newPage({ locale: 'en', clock: portal().clock })).page
  await chooseLanguage(english, portal().url, texts.en.language)
  await loginAs(english, portal().url, /Zhang Wei/)
  await careModeOn(english, 'English')
  await open(english, portal().url, minePage)
  await expectHeading(english, 'My training')
  await seeText(english, 'Yours: you can enrol on a course')
  await lookCare(english, 'mine-english-care')
})

/** The days of the demo welding course's six sessions (09:00–17:00 in China), as the seed places them three to five weeks on. */
const weldingDays = ['2026-12-07', '2026-12-08', '2026-12-14', '2026-12-15', '2026-12-21', '2026-12-22']

// Goes on from the journey above: Zhang Wei is confirmed on the welding course.
// Six session days, five people's phones, and the subsidy's way from application to payment: a long journey, given its own time.
test('she checks in to every session with the code on the school’s screen; a check-in for someone else from her phone is refused and flagged for the officer; the assessment body records her pass, the school’s subsidy application is approved in a batch and paid to its account, and an employer verifies the skills record she shares', { timeout: 240_000 }, async () => {
  const look = reviewer('training-attendance')
  const clock = portal().clock
  const url = portal().url
  // Zhao Qiang is on the same course too (set up beneath the pages: he lives outside Lucheng's push).
  await givenTraineeOn(portal().deps, 'worker-zhao', seededTrainingIds.courses.welding)

  const zhang = await browser().newPage({ locale: 'zh-CN', clock })
  const school = await browser().newPage({ locale: 'zh-CN', clock })

  for (const [index, day] of weldingDays.entries()) {
    clock.set(`${day}T01:30:00.000Z`)
    await setPhoneClock(zhang.context, clock)
    await setPhoneClock(school.context, clock)
    // Days apart, yesterday's logins have lapsed: both log in again, on the same phones.
    await loginAs(zhang.page, url, /张伟/)
    await loginAs(school.page, url, /温州技师培训学校/)
    // The school opens this session's code on its tablet, from the roster.
    await open(school.page, url, '/features/training/pages/institution-courses/index')
    await follow(school.page, '“焊工（四级）技能提升班”的报名和学员')
    await school.page.getByRole('link', { name: /显示签到码/ }).filter({ visible: true }).nth(index).click()
    await expectHeading(school.page, '签到码')
    const code = (await school.page.locator('.training-code__digits').filter({ visible: true }).first().textContent())?.replace(/\s/g, '') ?? ''
    expect(code).toMatch(/^\d{6}$/)
    if (index === 0) await look(school.page, 'session-code')

    await open(zhang.page, url, minePage)
    await follow(zhang.page, '上课安排和签到')
    await expectHeading(zhang.page, '上课签到')
    if (index === 0) await look(zhang.page, 'check-in-open')
    await fill(zhang.page, '签到码（6 位数字）', code)
    await press(zhang.page, /^签到$/)
    await seeText(zhang.page, /签到成功/)
    if (index === 0) {
      await look(zhang.page, 'checked-in')
      // Zhao asks her to check him in: on her phone, logged in as him, with the same code. Refused, and written down.
      await loginAs(zhang.page, url, /赵强/)
      await open(zhang.page, url, minePage)
      await follow(zhang.page, '上课安排和签到')
      await fill(zhang.page, '签到码（6 位数字）', code)
      await press(zhang.page, /^签到$/)
      await seeText(zhang.page, '这台手机已为本次课的另一名学员签到，请用本人手机签到')
      await look(zhang.page, 'proxy-refused')
      await loginAs(zhang.page, url, /张伟/)
    }
  }
  await open(zhang.page, url, minePage)
  await follow(zhang.page, '上课安排和签到')
  await seeText(zhang.page, '已签到 6 次，共 6 次课')
  await look(zhang.page, 'attended-all')

  // The Lucheng officer sees the refused check-in against the school.
  const officer = await browser().newPage({ locale: 'zh-CN', clock })
  await loginAs(officer.page, url, /刘洋/)
  await follow(officer.page, /培训机构监管/)
  await expectHeading(officer.page, '培训机构监管')
  await look(officer.page, 'supervision')
  await follow(officer.page, '查看“温州技师培训学校”的异常记录')
  await expectHeading(officer.page, '培训机构异常记录')
  await seeText(officer.page, '学员：赵*')
  await press(officer.page, '暂停这家机构')
  await seeText(officer.page, /请写明原因/)
  await look(officer.page, 'flags-suspend-asked')
  await press(officer.page, '先不暂停')

  // The assessment body records her pass; the certificate lands in her skills record.
  const assessor = await browser().newPage({ locale: 'zh-CN', clock })
  await loginAs(assessor.page, url, /温州市鹿城区职业技能等级认定中心/)
  await follow(assessor.page, /技能评价/)
  await expectHeading(assessor.page, '技能评价')
  await look(assessor.page, 'assessor-courses')
  await follow(assessor.page, '为“焊工（四级）技能提升班”登记评价结果')
  await expectHeading(assessor.page, '登记评价结果')
  await press(assessor.page, '合格 张*')
  await fill(assessor.page, '证书编号', 'S000033030200012345')
  await press(assessor.page, '下一步：核对')
  await look(assessor.page, 'assessment-confirm')
  await press(assessor.page, '确认登记')
  await seeText(assessor.page, '已登记：张* 合格，证书已记入其技能档案。')
  await look(assessor.page, 'assessment-recorded')

  // Her voucher was face value: the school applies for its subsidy, and the officer approves it in a batch.
  await open(school.page, url, '/features/training/pages/institution-courses/index')
  await follow(school.page, '“焊工（四级）技能提升班”的报名和学员')
  await press(school.page, '申请培训补贴')
  await press(school.page, '是的，申请')
  await seeText(school.page, /已为 张\* 申请培训补贴 ¥1,800\.00/)
  await look(school.page, 'subsidy-applied')
  await open(officer.page, url, '/features/training/pages/programmes/index')
  await follow(officer.page, '培训补贴审核')
  await expectHeading(officer.page, '培训补贴审核')
  await officer.page.getByRole('checkbox', { name: /选中 张\*/ }).filter({ visible: true }).first().click()
  await press(officer.page, '批准选中的 1 条')
  await seeText(officer.page, /批准这 1 条申请，补贴共 ¥1,800\.00/)
  await look(officer.page, 'subsidies-approve-asked')
  await press(officer.page, '是的，批准')
  await seeText(officer.page, '已批准 1 条，补贴共 ¥1,800.00。')
  await look(officer.page, 'subsidies-approved')

  // The officer pays it in a run: face value, so to the school's settlement account (the demo's bank channel moves no money, and says so).
  await officer.page.getByRole('button', { name: '已批准', exact: true }).filter({ visible: true }).first().click()
  await seeText(officer.page, '尚未发放')
  await officer.page.getByRole('checkbox', { name: /选中 张\*/ }).filter({ visible: true }).first().click()
  await press(officer.page, '发放选中的 1 条')
  await seeText(officer.page, /发放这 1 条补贴，共 ¥1,800\.00/)
  await look(officer.page, 'payments-asked')
  await press(officer.page, '是的，发放')
  await seeText(officer.page, '这次发出 1 条，补贴共 ¥1,800.00：')
  await seeText(officer.page, /已到账/)
  await look(officer.page, 'payments-sent')
  await officer.page.getByRole('button', { name: '已发放', exact: true }).filter({ visible: true }).first().click()
  await seeText(officer.page, '付款方式：开发环境·未实际付款')
  await look(officer.page, 'subsidies-paid')
  await open(officer.page, url, '/features/training/pages/programmes/index')
  await seeText(officer.page, '补贴资金')
  await look(officer.page, 'programmes-ledger-paid')

  // The school sees the subsidy paid, to the account it keeps (shown masked).
  await open(school.page, url, '/features/training/pages/institution-subsidies/index')
  await expectHeading(school.page, '培训补贴申请')
  await seeText(school.page, /已到账/)
  await look(school.page, 'institution-subsidy-paid')
  await follow(school.page, '本机构的结算账户')
  await expectHeading(school.page, '结算账户')
  await seeText(school.page, /\*\*\*\*8217/)
  await look(school.page, 'institution-account')

  await open(zhang.page, url, minePage)
  await follow(zhang.page, '我的技能档案（证书和培训经历）')
  await expectHeading(zhang.page, '我的技能档案')
  await seeText(zhang.page, '证书编号 S000033030200012345')
  await press(zhang.page, '分享给用人单位')
  await seeText(zhang.page, '摘要已生成。把核验码或网址发给用人单位就行。')
  await look(zhang.page, 'skills-shared')
  const code = (await zhang.page.locator('.skills-code').filter({ visible: true }).first().textContent()) ?? ''

  // An employer, not logged in, checks the code.
  const employer = await browser().newPage({ locale: 'zh-CN', clock })
  await open(employer.page, url, `/features/training/pages/verify-skills/index?code=${encodeURIComponent(code.trim())}`)
  await seeText(employer.page, '真实有效：摘要由人社系统生成，内容与生成时一致。')
  await seeText(employer.page, /S000033030200012345/)
  await look(employer.page, 'skills-verified')

  // Her check-in page and skills record in English, in care mode.
  const lookCare = reviewer('training-attendance-english', { careMode: true })
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhang Wei/)
  await careModeOn(english, 'English')
  await open(english, url, minePage)
  await follow(english, 'My skills record (certificates and training)')
  await expectHeading(english, 'My skills record')
  await lookCare(english, 'skills-record-english-care')
  await open(english, url, minePage)
  await follow(english, 'Sessions and check-in')
  await expectHeading(english, 'Sessions and check-in')
  await seeText(english, 'Checked in at 6 of 6 sessions')
  await lookCare(english, 'check-in-english-care')
})

// Goes on from the journeys above: Zhang Wei also took the elder-care course on an offset voucher (paid the fee herself) and passed.
test('a holder of an offset voucher applies for her subsidy after her pass, the officer approves it and pays it to her WeChat balance, and she sees it paid, in care mode too', async () => {
  const look = reviewer('training-offset')
  const clock = portal().clock
  const url = portal().url
  clock.set('2027-01-04T02:00:00.000Z')
  await givenPassedOn(portal().deps, 'citizen-zhang', seededTrainingIds.courses.elderCare, 'S000033030200054321', '2026-12-31')

  const zhang = await browser().newPage({ locale: 'zh-CN', clock })
  await loginAs(zhang.page, url, /张伟/)
  await open(zhang.page, url, minePage)
  await seeText(zhang.page, '温州市鹿城区职业技能培训券（通用）')
  await press(zhang.page, '申请培训补贴')
  // Where the money goes: her WeChat balance unless she picks her citizen card.
  await seeText(zhang.page, '发到哪里')
  await look(zhang.page, 'offset-pay-to')
  await press(zhang.page, '是的，申请')
  await seeText(zhang.page, '已申请培训补贴 ¥1,500.00。审核结果会在“消息”里通知您。')
  await look(zhang.page, 'offset-applied')

  const officer = await browser().newPage({ locale: 'zh-CN', clock })
  await loginAs(officer.page, url, /刘洋/)
  await open(officer.page, url, '/features/training/pages/subsidies/index')
  await expectHeading(officer.page, '培训补贴审核')
  await officer.page.getByRole('checkbox', { name: /选中 张\*/ }).filter({ visible: true }).first().click()
  await press(officer.page, '批准选中的 1 条')
  await press(officer.page, '是的，批准')
  await seeText(officer.page, '已批准 1 条，补贴共 ¥1,500.00。')
  await officer.page.getByRole('button', { name: '已批准', exact: true }).filter({ visible: true }).first().click()
  await officer.page.getByRole('checkbox', { name: /选中 张\*/ }).filter({ visible: true }).first().click()
  await press(officer.page, '发放选中的 1 条')
  await press(officer.page, '是的，发放')
  await seeText(officer.page, '这次发出 1 条，补贴共 ¥1,500.00：')
  await look(officer.page, 'offset-paid-officer')

  // She is told in her inbox, and her voucher shows the subsidy paid, in Chinese and in English care mode.
  await open(zhang.page, url, '/pages/inbox/index')
  await seeText(zhang.page, /的培训补贴 ¥1,500\.00 已发放到账/)
  await look(zhang.page, 'offset-paid-inbox')
  await open(zhang.page, url, minePage)
  await seeText(zhang.page, '补贴已发放')
  await look(zhang.page, 'offset-paid-mine')

  const lookCare = reviewer('training-offset-english', { careMode: true })
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhang Wei/)
  await careModeOn(english, 'English')
  await open(english, url, minePage)
  await seeText(english, 'Subsidy paid')
  await lookCare(english, 'offset-paid-english-care')
})

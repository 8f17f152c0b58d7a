import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { careModeOn } from './support/care-mode'
import { setPhoneClock } from './support/browser'
import { seededCase } from './support/seeded-cases'
import { tinyPng } from './support/tiny-png'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()

/** 温州瓯江建设有限公司, the demo employer, as its business licence states it. */
const oujiangCreditCode = '91330302MA2H7K3LXT'

test('a migrant worker applies online for arbitration against the employer that did not pay him; the commission accepts, serves and forms the tribunal, the employer answers, the hearing is held online and the award is final for the employer; in English too', async () => {
  const look = reviewer('arbitration')
  const clock = portal().clock
  const url = portal().url
  // Monday 16 November 2026, 10:00 in China.
  clock.set('2026-11-16T02:00:00.000Z')
  const zhao = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await follow(zhao.page, /^劳动仲裁/)
  await expectHeading(zhao.page, '我的劳动仲裁')
  await press(zhao.page, /申请劳动仲裁/)
  await expectHeading(zhao.page, '申请劳动仲裁')
  await fill(zhao.page, '用人单位名称', '温州瓯江建设有限公司')
  await fill(zhao.page, '统一社会信用代码', oujiangCreditCode)
  await chip(zhao.page, '鹿城区')
  await fill(zhao.page, '您知道权利受到侵害的日期', '2026-10-31')
  await chip(zhao.page, '工资报酬')
  await fill(zhao.page, '第 1 项：请求金额（元）', '12000')
  await zhao.page.getByLabel('第 1 项：具体请求和理由', { exact: true }).filter({ visible: true }).first().fill('支付 2026 年 8 月至 10 月的工资')
  await zhao.page.getByLabel('事实和理由', { exact: true }).filter({ visible: true }).first().fill('2026 年 3 月进场做钢筋工，8 月起工资一直没发，10 月 31 日项目部说没钱了。')
  await attach(zhao.page, '上传证据（可不传）', { name: '工资条.png', mimeType: 'image/png', buffer: tinyPng([40, 120, 60]) })
  await seeText(zhao.page, '已上传')
  // A photo chosen by mistake is deleted, after he is asked, and frees its place.
  await attach(zhao.page, '上传证据（可不传）', { name: '拍错的照片.png', mimeType: 'image/png', buffer: tinyPng([200, 40, 40]) })
  await expect.poll(() => zhao.page.getByText('已上传', { exact: true }).filter({ visible: true }).count()).toBe(2)
  await press(zhao.page, '移除 拍错的照片.png')
  await seeText(zhao.page, /删除“拍错的照片.png”？/)
  await look(zhao.page, 'remove-asked')
  await press(zhao.page, '删除 拍错的照片.png')
  await expect.poll(() => zhao.page.getByText('拍错的照片.png').filter({ visible: true }).count()).toBe(0)
  await look(zhao.page, 'apply-filled')
  await press(zhao.page, '提交仲裁申请')
  await expectHeading(zhao.page, '仲裁案件')
  await seeText(zhao.page, '待受理')
  await seeText(zhao.page, /2026年11月23日/)
  await look(zhao.page, 'applied')

  // The next day Lucheng's arbitrator accepts it, serves the employer and forms the tribunal.
  clock.set('2026-11-17T01:30:00.000Z')
  const liu = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await follow(liu.page, /^仲裁队列/)
  await expectHeading(liu.page, '仲裁案件队列')
  await look(liu.page, 'queue')
  await follow(liu.page, /温州瓯江建设有限公司/)
  await expectHeading(liu.page, '仲裁案件')
  await act(liu.page, '受理')
  await act(liu.page, '已送达被申请人')
  await act(liu.page, '组成仲裁庭')
  await seeText(liu.page, '仲裁庭已组成')
  await look(liu.page, 'accepted-served')

  // The employer sees the case once served, and submits its defence.
  clock.set('2026-11-18T02:00:00.000Z')
  const employer = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(employer.context, clock)
  await loginAs(employer.page, url, /温州瓯江建设有限公司/)
  await follow(employer.page, /^劳动仲裁/)
  await follow(employer.page, /温州瓯江建设有限公司/)
  await expectHeading(employer.page, '仲裁案件')
  await seeText(employer.page, '赵*')
  // Served, the application's evidence is the employer's to read.
  await seeText(employer.page, '工资条.png')
  await press(employer.page, '提交答辩书')
  await attach(employer.page, '答辩证据材料（可不传）', { name: '银行流水.png', mimeType: 'image/png', buffer: tinyPng([160, 40, 40]) })
  await seeText(employer.page, '已上传')
  await look(employer.page, 'defence')
  await press(employer.page, '确认')
  await seeText(employer.page, '已办理：提交答辩书。')

  // The defence's evidence reaches the worker only when the commission serves it on him.
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await open(zhao.page, url, employer.page.url().split('#')[1] ?? '')
  await seeText(zhao.page, '工资条.png')
  expect(await zhao.page.getByText('银行流水.png').count()).toBe(0)

  // The hearing, online, at least 5 working days ahead; then held, and the award made.
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await open(liu.page, url, employer.page.url().split('#')[1] ?? '')
  await act(liu.page, '送达答辩书副本')
  await open(zhao.page, url, employer.page.url().split('#')[1] ?? '')
  await seeText(zhao.page, '银行流水.png')
  await look(zhao.page, 'defence-served')
  await press(liu.page, '安排开庭')
  await fill(liu.page, '开庭日期', '2026-11-26')
  await liu.page.getByRole('radio', { name: '网上开庭（视频）' }).filter({ visible: true }).first().click()
  await press(liu.page, '提交')
  await seeText(liu.page, /2026年11月26日/)
  await look(liu.page, 'hearing-set')

  clock.set('2026-11-26T06:00:00.000Z')
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await open(liu.page, url, employer.page.url().split('#')[1] ?? '')
  await act(liu.page, '记录已开庭')
  await press(liu.page, '作出裁决')
  await fill(liu.page, '第 1 项 工资报酬：裁决金额（元）', '12000')
  await press(liu.page, '提交')
  await seeText(liu.page, '已裁决')
  await look(liu.page, 'awarded')

  // He reads the award: final for the employer, and until when he may still go to court.
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await open(zhao.page, url, '/pages/inbox/index')
  await look(zhao.page, 'inbox')
  await open(zhao.page, url, employer.page.url().split('#')[1] ?? '')
  await seeText(zhao.page, /对用人单位为终局裁决/)
  await seeText(zhao.page, /劳动者不服的，可以在 2026年12月11日 前向人民法院起诉/)
  await look(zhao.page, 'award')

  const lookCare = reviewer('arbitration-english', { careMode: true })
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhao Qiang/)
  await open(english, url, employer.page.url().split('#')[1] ?? '')
  await expectHeading(english, 'Arbitration case')
  await seeText(english, /Final for the employer/)
  await open(english, url, '/pages/home/index')
  await careModeOn(english, 'en')
  await open(english, url, employer.page.url().split('#')[1] ?? '')
  await lookCare(english, 'award-english-care')
  await open(english, url, '/features/disputes/pages/apply/index')
  await expectHeading(english, 'Apply for labour arbitration')
  await lookCare(english, 'apply-english-care')
})

test('a wage complaint the office sends to arbitration becomes his application, filled in from the complaint, its evidence going with the case; the complaint and the case link to each other', async () => {
  const look = reviewer('arbitration-from-wages')
  const clock = portal().clock
  const url = portal().url
  // Friday 27 November 2026, 10:00 in China: after the first journey's award.
  clock.set('2026-11-27T02:00:00.000Z')
  const complaint = await seededCase(portal(), 'worker-zhao', '瓯江府二期')

  const liu = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await open(liu.page, url, `/features/wages/pages/handle/index?id=${complaint.id}`)
  await press(liu.page, '转劳动仲裁')
  await press(liu.page, '确认转劳动仲裁')
  await seeText(liu.page, '转劳动仲裁')

  const zhao = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await open(zhao.page, url, `/features/wages/pages/case/index?id=${complaint.id}`)
  await look(zhao.page, 'complaint-transferred')
  await press(zhao.page, '申请劳动仲裁（已为您预填）')
  await expectHeading(zhao.page, '申请劳动仲裁')
  await seeText(zhao.page, '已按您的欠薪投诉预先填好')
  await seeText(zhao.page, complaint.caseNumber)
  expect(await zhao.page.getByLabel('用人单位名称', { exact: true }).filter({ visible: true }).first().inputValue()).toBe('温州瓯江建设有限公司')
  await look(zhao.page, 'apply-prefilled')
  await press(zhao.page, '提交仲裁申请')
  await expectHeading(zhao.page, '仲裁案件')
  await seeText(zhao.page, '待受理')
  await seeText(zhao.page, complaint.caseNumber)
  await look(zhao.page, 'applied-from-complaint')

  // The complaint now leads to the case instead of offering a second application.
  await open(zhao.page, url, `/features/wages/pages/case/index?id=${complaint.id}`)
  await seeText(zhao.page, /查看仲裁案件/)
  expect(await zhao.page.getByRole('button', { name: '申请劳动仲裁（已为您预填）' }).count()).toBe(0)
})

/** A choice among big buttons (a county, a kind of claim, the hearing's way). */
async function chip(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).filter({ visible: true }).first().click()
}

/** A one-tap act with its confirm step. */
async function act(page: Page, name: string): Promise<void> {
  await press(page, name)
  await press(page, '确认')
  await seeText(page, `已办理：${name}。`)
}

/** A file picked in the file group named `group` (its input is named by the pick button inside it). */
async function attach(page: Page, group: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('group', { name: group, exact: true }).filter({ visible: true }).first().locator('input[type=file]').setInputFiles(file)
}

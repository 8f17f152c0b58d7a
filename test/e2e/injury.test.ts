import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { runDisputesJobs } from '../../bff/src/modules/disputes/jobs'
import { careModeOn } from './support/care-mode'
import { setPhoneClock } from './support/browser'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'
import { tinyPng } from './support/tiny-png'

const browser = browserForFile()
const portal = portalForFile()

/** 温州瓯江建设有限公司, the demo employer, as its business licence states it. */
const oujiangCreditCode = '91330302MA2H7K3LXT'

test('a worker hurt on site reports it; the employer is told and does nothing for 30 days; the portal tells him he may apply, he does, the office asks once for what is missing, accepts and recognises the injury; he asks for the assessment, the committee extends it once and assesses, he asks for a review; in English care mode too', async () => {
  const look = reviewer('injury')
  const clock = portal().clock
  const url = portal().url
  // Monday 16 November 2026, 10:00 in China; the accident was on Friday the 13th.
  clock.set('2026-11-16T02:00:00.000Z')
  const zhao = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await follow(zhao.page, /^工伤认定/)
  await expectHeading(zhao.page, '工伤认定')
  await press(zhao.page, '报告工伤事故')
  await expectHeading(zhao.page, '报告工伤事故')
  await fill(zhao.page, '用人单位名称', '温州瓯江建设有限公司')
  await fill(zhao.page, '统一社会信用代码', oujiangCreditCode)
  await chip(zhao.page, '鹿城区')
  await fill(zhao.page, '事故发生日期', '2026-11-13')
  await chip(zhao.page, '事故伤害')
  await zhao.page.getByLabel('发生了什么', { exact: true }).filter({ visible: true }).first().fill('11 月 13 日下午在瓯江府二期 5 号楼绑钢筋时，脚手架踏板断裂，从二楼摔下，右腿骨折。')
  await look(zhao.page, 'report-filled')
  await press(zhao.page, '提交事故报告')
  await seeText(zhao.page, '事故已报告')
  await seeText(zhao.page, /单位应在 2026年12月14日 前申请工伤认定/)
  await look(zhao.page, 'reported')

  // The employer is told, and sees the report and its 30 days; it does not apply.
  const employer = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(employer.context, clock)
  await loginAs(employer.page, url, /温州瓯江建设有限公司/)
  await follow(employer.page, /^工伤认定/)
  await seeText(employer.page, '赵*')
  await seeText(employer.page, /本单位应在 2026年12月14日 前申请工伤认定/)
  await look(employer.page, 'employer-told')

  // The day after the employer's last day, the portal tells him he may apply himself.
  clock.set('2026-12-15T01:00:00.000Z')
  expect((await runDisputesJobs(portal().deps)).injuryWindowsTold).toBe(1)
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await open(zhao.page, url, '/pages/inbox/index')
  await seeText(zhao.page, /温州瓯江建设有限公司/)
  await look(zhao.page, 'inbox-window-open')
  await open(zhao.page, url, '/features/disputes/pages/injuries/index')
  await seeText(zhao.page, /现在您可以自己申请/)
  await press(zhao.page, /^申请工伤认定$/)
  await expectHeading(zhao.page, '申请工伤认定')
  await zhao.page.getByLabel('受伤情况', { exact: true }).filter({ visible: true }).first().fill('右胫骨骨折，住院治疗 12 天')
  await attach(zhao.page, '证明材料', { name: '诊断证明.png', mimeType: 'image/png', buffer: tinyPng([220, 220, 240]) })
  await seeText(zhao.page, '已上传')
  await look(zhao.page, 'apply-filled')
  await press(zhao.page, '提交工伤认定申请')
  await expectHeading(zhao.page, '工伤认定案件')
  await seeText(zhao.page, '待受理')
  await look(zhao.page, 'applied')
  const casePath = zhao.page.url().split('#')[1] ?? ''

  // Lucheng's office asks once for the proof of employment, then accepts and recognises.
  clock.set('2026-12-16T02:00:00.000Z')
  const liu = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await follow(liu.page, /^工伤认定队列/)
  await expectHeading(liu.page, '工伤认定队列')
  await look(liu.page, 'queue')
  await follow(liu.page, /温州瓯江建设有限公司/)
  await expectHeading(liu.page, '工伤认定案件')
  await press(liu.page, '告知补正材料')
  await liu.page.getByLabel('需要补正的材料', { exact: true }).filter({ visible: true }).first().fill('劳动关系证明（劳动合同、工资条或考勤记录）')
  await send(liu.page)
  await seeText(liu.page, '已办理：告知补正材料。')

  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await open(zhao.page, url, casePath)
  await seeText(zhao.page, '劳动关系证明（劳动合同、工资条或考勤记录）')
  await press(zhao.page, '提交补正材料')
  await attach(zhao.page, '补正的材料', { name: '工资条.png', mimeType: 'image/png', buffer: tinyPng([40, 120, 60]) })
  await seeText(zhao.page, '已上传')
  await send(zhao.page)
  await seeText(zhao.page, '已办理：提交补正材料。')
  await look(zhao.page, 'documents-supplied')

  clock.set('2026-12-17T02:00:00.000Z')
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await open(liu.page, url, casePath)
  await act(liu.page, '受理')
  await act(liu.page, '认定事实清楚')
  await press(liu.page, '查看用人单位的工伤预防指数')
  await seeText(liu.page, '企业工伤预防指数')
  await look(liu.page, 'prevention')
  await act(liu.page, '认定为工伤')
  await seeText(liu.page, '认定为工伤')
  await look(liu.page, 'recognised')

  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await open(zhao.page, url, casePath)
  await seeText(zhao.page, '认定为工伤')
  await look(zhao.page, 'worker-recognised')

  // Recognised, he asks for the assessment of his disability; the committee (Lucheng's
  // supervisor) extends its time once, then assesses a grade; he asks for a review within 15 days.
  await act(zhao.page, '申请劳动能力鉴定')
  await seeText(zhao.page, /鉴定委员会应在 2027年2月15日 前作出结论/)
  await look(zhao.page, 'assessment-requested')

  clock.set('2026-12-18T02:00:00.000Z')
  const wu = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(wu.context, clock)
  await loginAs(wu.page, url, /吴静/)
  await open(wu.page, url, casePath)
  await expectHeading(wu.page, '工伤认定案件')
  await press(wu.page, '延长鉴定期限')
  await wu.page.getByLabel('理由', { exact: true }).filter({ visible: true }).first().fill('需要等待复查的影像资料，延长 30 日。')
  await send(wu.page)
  await seeText(wu.page, '已办理：延长鉴定期限。')
  await seeText(wu.page, /鉴定委员会应在 2027年3月17日 前作出结论/)
  await press(wu.page, '作出鉴定结论')
  await chip(wu.page, '9 级')
  await look(wu.page, 'assess-filled')
  await send(wu.page)
  await seeText(wu.page, '已办理：作出鉴定结论。')
  await seeText(wu.page, '伤残等级：9 级（1 级最重，10 级最轻）')
  await look(wu.page, 'assessed')

  clock.set('2026-12-21T02:00:00.000Z')
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  await open(zhao.page, url, casePath)
  await seeText(zhao.page, '伤残等级：9 级（1 级最重，10 级最轻）')
  await seeText(zhao.page, /可以在 2027年1月4日 前申请再次鉴定/)
  await act(zhao.page, '申请再次鉴定')
  await seeText(zhao.page, '已申请再次鉴定。')
  await look(zhao.page, 'review-requested')

  const lookCare = reviewer('injury-english', { careMode: true })
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhao Qiang/)
  await open(english, url, '/pages/home/index')
  await careModeOn(english, 'en')
  await open(english, url, casePath)
  await expectHeading(english, 'Work-injury case')
  await lookCare(english, 'case-english-care')
  await open(english, url, '/features/disputes/pages/injury-report/index')
  await expectHeading(english, 'Report an accident at work')
  await lookCare(english, 'report-english-care')
})

test('张伟 applies for her father’s fall on a site once the employer’s days have passed, with proof of the relationship and the diagnosis; the office reads the relationship', async () => {
  const look = reviewer('injury-family')
  const clock = portal().clock
  const url = portal().url
  clock.set('2026-12-22T02:00:00.000Z')
  const zhang = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(zhang.context, clock)
  await loginAs(zhang.page, url, /张伟/)
  await open(zhang.page, url, '/features/disputes/pages/injuries/index')
  await seeText(zhang.page, /工会组织为职工申请工伤认定的/)
  await press(zhang.page, '为家人申请工伤认定')
  await expectHeading(zhang.page, '为家人申请工伤认定')
  await fill(zhang.page, '职工姓名', '张建国')
  await fill(zhang.page, '职工身份证号码', '330302196007053010')
  await chip(zhang.page, '父母')
  await fill(zhang.page, '用人单位名称', '温州瓯江建设有限公司')
  await fill(zhang.page, '统一社会信用代码', oujiangCreditCode)
  await chip(zhang.page, '鹿城区')
  await fill(zhang.page, '事故发生日期', '2026-10-20')
  await chip(zhang.page, '事故伤害')
  await zhang.page.getByLabel('发生了什么', { exact: true }).filter({ visible: true }).first().fill('10 月 20 日在瓯江府二期 3 号楼搬运模板时被塔吊吊物砸伤左肩，送温州市中心医院。')
  await zhang.page.getByLabel('受伤情况', { exact: true }).filter({ visible: true }).first().fill('左锁骨骨折')
  await attach(zhang.page, '关系证明', { name: '户口簿.png', mimeType: 'image/png', buffer: tinyPng([200, 180, 160]) })
  await attach(zhang.page, '诊断证明', { name: '诊断证明.png', mimeType: 'image/png', buffer: tinyPng([220, 220, 240]) })
  await zhang.page.getByText('已上传', { exact: true }).filter({ visible: true }).nth(1).waitFor({ timeout: 15_000 })
  await look(zhang.page, 'family-filled')
  await press(zhang.page, '提交工伤认定申请')
  await expectHeading(zhang.page, '工伤认定案件')
  await seeText(zhang.page, '近亲属申请（职工的父母）')
  await look(zhang.page, 'family-applied')
  const casePath = zhang.page.url().split('#')[1] ?? ''

  const liu = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await open(liu.page, url, casePath)
  await expectHeading(liu.page, '工伤认定案件')
  await seeText(liu.page, '近亲属申请（职工的父母）')
  await seeText(liu.page, '户口簿.png')
  // Her act is hers on the timeline: the worker's close relative applied, not the worker.
  await seeText(liu.page, '办理人：职工的近亲属')
  await look(liu.page, 'family-office')
})

/** A choice among big buttons (a county, the kind of injury). */
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

/** The send button of the form open in the page (not an act's button whose name begins the same). */
async function send(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交', exact: true }).filter({ visible: true }).first().click()
}

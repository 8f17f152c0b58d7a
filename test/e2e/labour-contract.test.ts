import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { careModeOn } from './support/care-mode'
import { setPhoneClock } from './support/browser'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()

test('an employer drafts and signs a labour contract, the worker finds it on his Home, reads it to the end and signs; the PDF he downloads is checked as genuine on the public page, and a changed copy is refused; at the end of its term the employer ends it, the certificate of ending is checked as genuine, and the renewal is drafted from it; in English care mode too', async () => {
  const look = reviewer('labour-contract')
  const clock = portal().clock
  const url = portal().url
  // Monday 16 November 2026, 10:00 in China.
  clock.set('2026-11-16T02:00:00.000Z')
  const employer = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(employer.context, clock)
  await loginAs(employer.page, url, /温州瓯江建设有限公司/)
  await follow(employer.page, /^劳动合同/)
  await expectHeading(employer.page, '劳动合同')
  await press(employer.page, '起草劳动合同')
  await expectHeading(employer.page, '起草劳动合同')
  await employer.page.getByRole('radio', { name: /^固定期限劳动合同/ }).filter({ visible: true }).first().click()
  await fill(employer.page, '劳动者姓名', '赵强')
  await fill(employer.page, '劳动者身份证号码', '511321198803124572')
  await chip(employer.page, '鹿城区')
  await fill(employer.page, '工作岗位', '钢筋工')
  await fill(employer.page, '工作地点', '鹿城区瓯江府二期项目')
  await fill(employer.page, '合同开始日期', '2026-12-01')
  await fill(employer.page, '合同终止日期', '2027-11-30')
  // Two months' probation is more than a one-year term allows: said before anything is sent.
  await fill(employer.page, '试用期（月）', '2')
  await fill(employer.page, '月工资（元）', '6800')
  await fill(employer.page, '每月发工资的日子（几号）', '15')
  await employer.page.getByRole('checkbox', { name: '单位为劳动者缴纳社会保险' }).filter({ visible: true }).first().click()
  await press(employer.page, '保存草稿')
  await seeText(employer.page, /试用期超过法定上限/)
  await look(employer.page, 'draft-refused')
  await fill(employer.page, '试用期（月）', '1')
  await press(employer.page, '保存草稿')
  await seeText(employer.page, /草稿已保存，合同编号/)
  await look(employer.page, 'draft-saved')

  // The employer's authorised person passes the (development) face check and signs first.
  await fill(employer.page, '签署人姓名', '陈建国')
  await fill(employer.page, '签署人身份证号码', '330302197505126213')
  await press(employer.page, '核验身份并签署')
  await press(employer.page, '模拟本人通过')
  await seeText(employer.page, '待劳动者签署')
  await look(employer.page, 'employer-signed')

  // The worker reads the whole text; only then is he offered to sign.
  clock.set('2026-11-16T06:00:00.000Z')
  const zhao = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(zhao.context, clock)
  await loginAs(zhao.page, url, /赵强/)
  // Home lists the contract put to him among what waits for him.
  await seeText(zhao.page, '有 1 份劳动合同等待您阅读和签署')
  await look(zhao.page, 'worker-todo')
  await follow(zhao.page, /^劳动合同/)
  await expectHeading(zhao.page, '劳动合同')
  await follow(zhao.page, /待您签署/)
  await seeText(zhao.page, '固定期限劳动合同')
  expect(await zhao.page.getByRole('button', { name: '核验身份并签署' }).filter({ visible: true }).count()).toBe(0)
  await look(zhao.page, 'worker-reads')
  await zhao.page.getByText('— 合同正文到此结束 —').filter({ visible: true }).first().scrollIntoViewIfNeeded()
  await seeText(zhao.page, '已记录您读完了全文。')
  await press(zhao.page, '核验身份并签署')
  await press(zhao.page, '模拟本人通过')
  await seeText(zhao.page, '合同已签署。双方可以随时免费下载合同文件。')
  // Each signature says how its signer's identity was checked, in words: here the development verifier.
  await seeText(zhao.page, '身份核验：开发用人脸核验（非真实核验）')
  await look(zhao.page, 'worker-signed')

  // He downloads the PDF.
  await press(zhao.page, '下载合同 PDF')
  const [download] = await Promise.all([zhao.page.waitForEvent('download'), zhao.page.getByRole('link', { name: /保存合同文件/ }).filter({ visible: true }).first().click()])
  const pdf = await readFile(await download.path())
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  // Anyone holding it checks it on the public page, without logging in.
  const checker = await browser().newPage({ locale: 'zh-CN', clock })
  await open(checker.page, url, '/features/contracts/pages/verify/index')
  await expectHeading(checker.page, /劳动合同核验/)
  await checker.page.locator('input[type=file]').first().setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/pdf', buffer: pdf })
  await seeText(checker.page, '这份合同文件是真实的')
  await seeText(checker.page, '温州瓯江建设有限公司')
  expect(await checker.page.getByText('赵强').count()).toBe(0)
  await look(checker.page, 'verified')
  // A copy changed after signing still names the contract, and is refused.
  const altered = Buffer.concat([pdf, Buffer.from('\n% 工资改为 9800\n', 'utf8')])
  await checker.page.locator('input[type=file]').first().setInputFiles({ name: 'altered.pdf', mimeType: 'application/pdf', buffer: altered })
  await seeText(checker.page, '这份文件在签署后被改动过')
  await look(checker.page, 'altered')

  const lookCare = reviewer('labour-contract-english', { careMode: true })
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhao Qiang/)
  await open(english, url, '/pages/home/index')
  await careModeOn(english, 'en')
  await open(english, url, zhao.page.url().split('#')[1] ?? '')
  await seeText(english, /Translation for reading/)
  await lookCare(english, 'contract-english-care')

  // A year on, the term runs out: the employer records the end by expiry and issues the
  // certificate of ending, which says whether compensation is owed (art. 46 (5)).
  const contractPath = zhao.page.url().split('#')[1] ?? ''
  clock.set('2027-11-30T08:00:00.000Z')
  await loginAs(employer.page, url, /温州瓯江建设有限公司/)
  await open(employer.page, url, contractPath)
  await press(employer.page, '解除或终止合同')
  await employer.page.getByRole('radio', { name: /劳动合同期满终止/ }).filter({ visible: true }).first().click()
  await fill(employer.page, '最后工作日', '2027-11-30')
  await press(employer.page, '确认并出具证明书')
  await seeText(employer.page, '合同已解除或终止，证明书已出具，劳动者会收到消息。')
  await seeText(employer.page, /按工作年限计 1 个月工资/)
  await look(employer.page, 'employer-ended')
  await press(employer.page, '下载证明书 PDF')
  const [saved] = await Promise.all([employer.page.waitForEvent('download'), employer.page.getByRole('link', { name: /保存证明书/ }).filter({ visible: true }).first().click()])
  const certificate = await readFile(await saved.path())
  await open(checker.page, url, '/features/contracts/pages/verify/index')
  await checker.page.locator('input[type=file]').first().setInputFiles({ name: saved.suggestedFilename(), mimeType: 'application/pdf', buffer: certificate })
  await seeText(checker.page, '这份终止证明书是真实的')
  await seeText(checker.page, '解除或者终止劳动合同证明书（由用人单位通过平台出具）')
  expect(await checker.page.getByText('赵强').count()).toBe(0)
  await look(checker.page, 'certificate-verified')

  // The worker reads how it ended, in English care mode.
  await loginAs(english, url, /Zhao Qiang/)
  await open(english, url, contractPath)
  await seeText(english, /Ground: Ended at the end of its term/)
  await lookCare(english, 'ended-english-care')

  // The employer drafts the next contract from it, carried over with the next term's dates.
  await press(employer.page, '起草续订合同')
  await expectHeading(employer.page, '起草劳动合同')
  await seeText(employer.page, /^续订合同 HT/)
  expect(await employer.page.locator('input').and(employer.page.getByLabel('合同开始日期', { exact: true })).filter({ visible: true }).first().inputValue()).toBe('2027-12-01')
  expect(await employer.page.locator('input').and(employer.page.getByLabel('工作岗位', { exact: true })).filter({ visible: true }).first().inputValue()).toBe('钢筋工')
  await look(employer.page, 'renewal-draft')
})

/** A choice among big buttons (a county). */
async function chip(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).filter({ visible: true }).first().click()
}

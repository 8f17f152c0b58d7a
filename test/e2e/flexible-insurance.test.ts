import { expect, test } from 'vitest'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { careModeOn } from './support/care-mode'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()
const insurancePage = '/features/jobs/pages/insurance/index'
const subsidyPage = '/features/jobs/pages/subsidy/index'


test('a migrant worker whose employer stopped paying enrols as a flexible worker, pays the rest of the quarter, sees the months in his record, applies for the subsidy from his inbox, and an officer approves it', async () => {
  const text = texts['zh-CN']
  const look = reviewer('flexible-insurance')
  const { page } = await browser().newPage({ locale: 'zh-CN', clock: portal().clock })
  await loginAs(page, portal().url, /赵强/)

  // His record shows the pension stopped, and the way to pay it himself.
  await follow(page, text.recordsTile)
  await expectHeading(page, text.recordsTitle)
  await seeText(page, /养老保险：自 2025年7月 起至今未缴费/)
  await look(page, 'records-gap')
  await follow(page, '以灵活就业人员身份个人参保')
  await expectHeading(page, '灵活就业参保')
  await seeText(page, '开发用支付通道：不会真实扣款，缴费即视为成功。')
  await seeText(page, /2026 年可选 ¥4,800\.00 至 ¥24,000\.00/)
  await look(page, 'enrol-form')

  // Below the year's minimum: said on the field, what he typed kept.
  await fill(page, /月缴费基数/, '3000')
  await page.getByRole('radio', { name: '按季度' }).click()
  await press(page, '确认参保')
  const summary = page.getByRole('alert')
  await summary.waitFor()
  await expect.poll(() => summary.textContent()).toContain('缴费基数低于本年度下限')
  expect(await page.locator('input').and(page.getByLabel(/月缴费基数/)).filter({ visible: true }).first().inputValue()).toBe('3000')
  await look(page, 'base-below-minimum')

  await fill(page, /月缴费基数/, '6000')
  await press(page, '确认参保')
  await seeText(page, '每月基数 ¥6,000.00，按季度缴费，自 2026年11月 起参保。')
  await seeText(page, '缴费月份：2026年11月 – 2026年12月')
  await seeText(page, '金额 ¥2,400.00（每月 ¥1,200.00，其中记入个人账户 ¥960.00）')
  await look(page, 'enrolled-due')

  await press(page, '缴费 ¥2,400.00')
  await seeText(page, '缴费成功，2026年11月 – 2026年12月 已计入您的养老保险缴费记录。')
  await seeText(page, '本期已缴清，下一期开始后再来缴费。')
  await seeText(page, '已缴费')
  await look(page, 'paid')

  await press(page, '查看缴费记录')
  await expectHeading(page, text.recordsTitle)
  await follow(page, '2026 年')
  await expectHeading(page, '2026 年缴费明细')
  await seeText(page, '灵活就业人员个人缴费 · 缴费基数 ¥6,000.00')
  await look(page, 'records-year-flexible')

  // Paying brought one offer of the subsidy to his inbox: one tap applies, no form.
  await open(page, portal().url, '/pages/inbox/index')
  await seeText(page, /可申请社会保险补贴，最多为实际缴费的三分之二（这次缴费最多 ¥1,600\.00）/)
  await press(page, '申请补贴')
  await seeText(page, '已申请，等待经办人审核')
  await look(page, 'subsidy-offer-applied')
  await open(page, portal().url, subsidyPage)
  await expectHeading(page, '灵活就业社保补贴')
  await seeText(page, '开发用支付通道：发到微信零钱的补贴不会真实转账，批准即视为已发放；发到社保卡的，要等银行确认到卡。')
  await seeText(page, '审核中')
  await seeText(page, '您有一份申请正在审核，审核后才能再次申请。')
  await look(page, 'subsidy-waiting')

  // The Lucheng officer sees it in the region view, checks his certificate and approves; the rules set the amount.
  const officer = (await browser().newPage({ locale: 'zh-CN', clock: portal().clock })).page
  await loginAs(officer, portal().url, /刘洋/)
  await open(officer, portal().url, '/features/jobs/pages/region/index')
  await expectHeading(officer, '辖区就业统计')
  await seeText(officer, '待审核 1 份，已批准 0 份，未通过 0 份；已发放 0 笔共 ¥0.00')
  await look(officer, 'officer-region-subsidies')
  await press(officer, '审核社保补贴申请（1 份待审核）')
  await expectHeading(officer, '社保补贴审核')
  await seeText(officer, '赵*（511321********4572）')
  await seeText(officer, '申请月份：2026年11月 – 2026年12月，共缴费 ¥2,400.00')
  await press(officer, '批准')
  await press(officer, '就业困难人员')
  await look(officer, 'officer-approves-subsidy')
  await press(officer, '提交审核结果')
  await seeText(officer, '已批准，补贴 ¥1,600.00，已转入微信零钱')
  await look(officer, 'officer-approved-subsidy')

  await open(page, portal().url, subsidyPage)
  await seeText(page, '已批准')
  await seeText(page, '补贴 ¥1,600.00（2026年11月 – 2026年12月）')
  await seeText(page, '已转入微信零钱')
  await look(page, 'subsidy-paid')

  // The same page in English and care mode, as an older worker would read it.
  const lookCare = reviewer('flexible-insurance-english', { careMode: true })
  const english = (await browser().newPage({ locale: 'en', clock: portal().clock })).page
  await chooseLanguage(english, portal().url, texts.en.language)
  await loginAs(english, portal().url, /Zhao Qiang/)
  await careModeOn(english, 'English')
  await open(english, portal().url, insurancePage)
  await expectHeading(english, 'Pension as a flexible worker')
  await seeText(english, 'Base ¥6,000.00 a month, paid quarterly, enrolled from Nov 2026.')
  await seeText(english, 'This period is paid. Come back when the next one begins.')
  await seeText(english, 'Paid')
  await lookCare(english, 'paid-english-care')
  await open(english, portal().url, subsidyPage)
  await expectHeading(english, 'Flexible-worker subsidy')
  await seeText(english, 'Subsidy ¥1,600.00 (Nov 2026 – Dec 2026)')
  await seeText(english, 'Paid to your WeChat balance')
  await lookCare(english, 'subsidy-english-care')
})

import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { runCardJobs } from '../../bff/src/modules/card/jobs'
import { runRetireeJobs } from '../../bff/src/modules/retiree/jobs'
import { careModeOn } from './support/care-mode'
import { setPhoneClock } from './support/browser'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { readQrCode } from './support/qr-reader'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()
const cardPage = '/features/card/pages/mine/index'

test('an elderly holder in care mode finds her card masked, shows the number once (it is in her access log), reports it lost late at night, and takes the report back when she finds it; another report lifts by itself after 7 days', async () => {
  const look = reviewer('citizen-card', { careMode: true })
  const clock = portal().clock
  const url = portal().url
  // 23:30 in China: no counter is open.
  clock.set('2026-11-16T15:30:00.000Z')
  const wang = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await careModeOn(wang.page, 'zh-CN')
  await open(wang.page, url, '/pages/home/index')
  await follow(wang.page, /^社保卡/)
  await expectHeading(wang.page, '我的社保卡')
  await seeText(wang.page, 'A****1877')
  await seeText(wang.page, '正常')
  await look(wang.page, 'card-masked')

  await press(wang.page, '显示卡号')
  await seeText(wang.page, 'A30201877')
  await seeText(wang.page, '完整信息已显示。不用时请点“隐藏”。')
  await look(wang.page, 'card-shown')
  await press(wang.page, '隐藏')
  expect(await wang.page.getByText('A30201877').count()).toBe(0)

  await press(wang.page, '临时挂失')
  await seeText(wang.page, /临时挂失后，这张卡马上停用/)
  await look(wang.page, 'report-asked')
  await press(wang.page, '确认临时挂失')
  await seeText(wang.page, /已临时挂失，这张卡已停用/)
  await seeText(wang.page, '临时挂失中')
  await look(wang.page, 'reported')

  // Her inbox says so; her access log shows the time the number was shown.
  await open(wang.page, url, '/pages/inbox/index')
  await seeText(wang.page, /A\*\*\*\*1877/)
  await look(wang.page, 'inbox-reported')
  await open(wang.page, url, '/features/identity/pages/access-log/index')
  await seeText(wang.page, '显示社保卡的完整卡号、姓名和社会保障号码')
  await look(wang.page, 'access-log-shown')

  // The next morning she finds it and takes the report back.
  clock.set('2026-11-17T01:00:00.000Z')
  await setPhoneClock(wang.context, clock)
  // Hours later, last night's login has lapsed: she logs in again on the same phone.
  await loginAs(wang.page, url, /王秀英/)
  await open(wang.page, url, cardPage)
  await press(wang.page, '撤销挂失（卡已找到）')
  await press(wang.page, '确认撤销挂失')
  await seeText(wang.page, '已撤销挂失，这张卡可以正常使用了。')
  await look(wang.page, 'cancelled')

  // Reported again, and not taken back: seven days on, the report has lifted by itself.
  await press(wang.page, '临时挂失')
  await press(wang.page, '确认临时挂失')
  await seeText(wang.page, '临时挂失中')
  clock.set('2026-11-24T02:00:00.000Z')
  await runCardJobs(portal().deps)
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await open(wang.page, url, cardPage)
  await seeText(wang.page, '这张卡可以正常使用。')
  await look(wang.page, 'lifted')
})

test('an elderly holder from Lucheng shows her e-card in care mode at a park in Ouhai, which opened its benefits to the whole city: the venue admits her free, over 70, and refuses the same code a second time; the Ouhai officer sees the use', async () => {
  const look = reviewer('citizen-ecard', { careMode: true })
  const lookVenue = reviewer('citizen-ecard-venue')
  const clock = portal().clock
  const url = portal().url
  // 10:00 in China, the day after her report lifted.
  clock.set('2026-11-24T02:00:00.000Z')
  const wang = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await careModeOn(wang.page, 'zh-CN')
  await open(wang.page, url, '/pages/home/index')
  await follow(wang.page, /^电子社保卡/)
  await expectHeading(wang.page, '电子社保卡')
  await seeText(wang.page, 'A****1877')
  const token = await readQrCode(wang.page.locator('[data-token]'))
  expect(token).toMatch(/^RC1\./)
  await look(wang.page, 'ecard')

  await follow(wang.page, /我的待遇/)
  await expectHeading(wang.page, '我的持卡待遇')
  await seeText(wang.page, '年满 70 周岁')
  await look(wang.page, 'benefits')

  // The park's phone: the venue page, a scanner typing into its field.
  const park = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(park.context, clock)
  await loginAs(park.page, url, /三垟湿地公园/)
  await open(park.page, url, '/pages/home/index')
  await follow(park.page, /^验码入场/)
  await expectHeading(park.page, '验码入场')
  await lookVenue(park.page, 'ready')
  await scanInto(park.page, token)
  await seeText(park.page, '免费')
  await seeText(park.page, '年满 70 周岁')
  await lookVenue(park.page, 'checked')
  await seeText(park.page, /已联网登记/)
  await lookVenue(park.page, 'admitted')
  // The same code again (a friend's photo of her screen): refused.
  await scanInto(park.page, token)
  await seeText(park.page, /已在本场所使用/)
  await lookVenue(park.page, 'used-again')

  // Ouhai's officer sees a use of the park by a holder from another county.
  const huang = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(huang.context, clock)
  await loginAs(huang.page, url, /黄磊/)
  await open(huang.page, url, '/pages/home/index')
  await follow(huang.page, /^本区持卡待遇/)
  await expectHeading(huang.page, '本区持卡待遇')
  await seeText(huang.page, '公园游览')
  await seeText(huang.page, '外区持卡人 1 次')
  await lookVenue(huang.page, 'county-usage')
})

test('the card page in English, in care mode', async () => {
  const lookCare = reviewer('citizen-card-english', { careMode: true })
  const clock = portal().clock
  const url = portal().url
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhang Wei/)
  await careModeOn(english, 'en')
  await open(english, url, cardPage)
  await expectHeading(english, 'My citizen card')
  await seeText(english, 'A****1234')
  await lookCare(english, 'card-english-care')
  await open(english, url, '/features/card/pages/ecard/index')
  await expectHeading(english, 'E-card')
  expect(await readQrCode(english.locator('[data-token]'))).toMatch(/^RC1\./)
  await lookCare(english, 'ecard-english-care')
  await open(english, url, '/features/card/pages/benefits/index')
  await expectHeading(english, 'My card benefits')
  await seeText(english, '95% of the full price')
  await lookCare(english, 'benefits-english-care')
})

test('a holder reports her card lost late at night, applies for a replacement to collect at a bank she chooses, follows it as the bank makes it and sends it, and collects it at the counter: the new card works, the old one is cancelled', async () => {
  const look = reviewer('card-replacement')
  const clock = portal().clock
  const url = portal().url
  // 23:10 in China, the day after the others' journeys.
  clock.set('2026-11-25T15:10:00.000Z')
  const zhang = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(zhang.context, clock)
  await loginAs(zhang.page, url, /张伟/)
  await open(zhang.page, url, cardPage)
  await press(zhang.page, '临时挂失')
  await press(zhang.page, '确认临时挂失')
  await seeText(zhang.page, '临时挂失中')

  await follow(zhang.page, /补办\/换卡/)
  await expectHeading(zhang.page, '申领/补换社保卡')
  await zhang.page.getByRole('button', { name: '丢失补卡', exact: true }).click()
  await seeText(zhang.page, /申请补换后，挂失不能再撤销/)
  await look(zhang.page, 'reason')
  await press(zhang.page, '下一步')
  await zhang.page.getByRole('radio', { name: /中国工商银行温州分行营业部/ }).click()
  await look(zhang.page, 'outlet')
  await press(zhang.page, '下一步')
  await look(zhang.page, 'confirm')
  await press(zhang.page, '提交申请，停用旧卡')
  await expectHeading(zhang.page, '我的社保卡申请')
  await seeText(zhang.page, '申请已提交。每一步都会在消息里告诉您，也可以随时在这里查看。')
  await look(zhang.page, 'applied')

  // The bank's system, the next days: its queue, the card made, the card at the branch.
  const icbc = partnerOf(url, 'rp_dev_icbc_4f8a2d6c1e9b7053')
  clock.set('2026-11-27T02:00:00.000Z')
  const queue = (await icbc('GET', '/api/partner/card-applications?status=applied')) as { items: { id: string; holderMaskedName: string }[] }
  const application = queue.items.find((item) => item.holderMaskedName === '张*')
  expect(application).toBeDefined()
  const path = `/api/partner/card-applications/${application?.id ?? ''}`
  await icbc('POST', `${path}/steps`, { step: 'produced', reference: 'ICBC-MK-0001', newCardNumber: 'A30299876', validUntil: '2036-11-27' })
  clock.set('2026-11-30T02:00:00.000Z')
  await icbc('POST', `${path}/steps`, { step: 'at_outlet', reference: 'ICBC-DL-0001' })

  await setPhoneClock(zhang.context, clock)
  await loginAs(zhang.page, url, /张伟/)
  await open(zhang.page, url, '/pages/inbox/index')
  await seeText(zhang.page, /您的新社保卡已到中国工商银行温州分行营业部/)
  await look(zhang.page, 'inbox-at-outlet')
  await open(zhang.page, url, '/features/card/pages/application/index')
  await seeText(zhang.page, 'A****9876')
  await seeText(zhang.page, /前带本人身份证到网点领取/)
  await look(zhang.page, 'at-outlet')

  // At the counter, her ID card checked: collected.
  clock.set('2026-12-01T03:00:00.000Z')
  await icbc('POST', `${path}/collection`, { reference: 'ICBC-LQ-0001', idNumber: '330302199003151231' })
  await setPhoneClock(zhang.context, clock)
  await loginAs(zhang.page, url, /张伟/)
  await open(zhang.page, url, cardPage)
  await seeText(zhang.page, 'A****9876')
  await seeText(zhang.page, '这张卡可以正常使用。')
  await look(zhang.page, 'new-card')
  await open(zhang.page, url, '/features/card/pages/application/index')
  await seeText(zhang.page, '新卡已领取，可以使用了；旧卡已注销。')
  await look(zhang.page, 'collected')
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Zhang Wei/)
  await open(english, url, '/features/card/pages/application/index')
  await expectHeading(english, 'My card application')
  await look(english, 'collected-english')

  // Lucheng's officer keeps the outlets she chose from.
  const liu = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await open(liu.page, url, '/pages/home/index')
  await follow(liu.page, /^社保卡网点/)
  await expectHeading(liu.page, '社保卡网点')
  await seeText(liu.page, '中国工商银行温州分行营业部')
  await look(liu.page, 'outlets')
})

test('an allowance is paid onto the card: held while the card is reported lost, sent to the bank once it is found, confirmed by the bank\'s file (sent twice, counted once), and in her transactions; the officer\'s reconciliation balances', async () => {
  const look = reviewer('card-money', { careMode: true })
  const lookOthers = reviewer('card-money-others')
  const clock = portal().clock
  const url = portal().url
  // The retiree job finds 王秀英, 82, due the longevity allowance; she confirms it in her inbox.
  clock.set('2026-12-02T02:00:00.000Z')
  await runRetireeJobs(portal().deps)
  const wang = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await careModeOn(wang.page, 'zh-CN')
  await open(wang.page, url, '/pages/inbox/index')
  await press(wang.page, '确认领取')
  await seeText(wang.page, '已确认')

  // The night before pay day she reports her card lost for now.
  clock.set('2026-12-09T14:00:00.000Z')
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await open(wang.page, url, cardPage)
  await press(wang.page, '临时挂失')
  await press(wang.page, '确认临时挂失')
  await seeText(wang.page, '临时挂失中')

  // Pay day: the pension and the allowance; the allowance waits for a card that works.
  clock.set('2026-12-10T02:00:00.000Z')
  await runRetireeJobs(portal().deps)
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await open(wang.page, url, cardPage)
  await follow(wang.page, /到卡资金/)
  await expectHeading(wang.page, '到卡资金')
  await seeText(wang.page, '暂缓发放')
  await seeText(wang.page, /领到新卡|挂失/)
  await look(wang.page, 'payment-held')

  // She finds the card and takes the report back: the allowance goes to her bank.
  await open(wang.page, url, cardPage)
  await press(wang.page, '撤销挂失（卡已找到）')
  await press(wang.page, '确认撤销挂失')
  await seeText(wang.page, '已撤销挂失，这张卡可以正常使用了。')
  await open(wang.page, url, '/features/card/pages/payments/index')
  await seeText(wang.page, '银行处理中')
  await look(wang.page, 'payment-on-its-way')

  // 温州银行's system lists what to credit, credits it, and sends its day's file — twice.
  const bank = partnerOf(url, 'rp_dev_bank_2b9e6f1a4d8c0735')
  clock.set('2026-12-10T09:00:00.000Z')
  const credits = (await bank('GET', '/api/partner/card-credits')) as { items: { reference: string; cardNumber: string; amountFen: number; source: string }[] }
  const allowance = credits.items.find((item) => item.cardNumber === 'A30201877' && item.source === 'longevity_allowance')
  expect(allowance?.amountFen).toBe(10_000)
  const file = ['reference,card_number,amount,outcome,bank_transaction_id,at,reason', `${allowance?.reference ?? ''},A30201877,100.00,credited,WZB20261210000001,2026-12-10T16:30:00+08:00,`].join('\n')
  const first = await uploadCreditFile(url, 'rp_dev_bank_2b9e6f1a4d8c0735', file)
  expect(first).toMatchObject({ credited: 1, replayed: false })
  const again = await uploadCreditFile(url, 'rp_dev_bank_2b9e6f1a4d8c0735', file)
  expect(again).toMatchObject({ credited: 1, replayed: true })

  // That evening she looks again (logged in anew: hours have passed).
  clock.set('2026-12-10T11:00:00.000Z')
  await setPhoneClock(wang.context, clock)
  await loginAs(wang.page, url, /王秀英/)
  await open(wang.page, url, '/features/card/pages/payments/index')
  await seeText(wang.page, '已到卡')
  await seeText(wang.page, /100\.00/)
  await look(wang.page, 'payment-credited')
  await open(wang.page, url, '/pages/inbox/index')
  await seeText(wang.page, /100\.00 元/)
  await look(wang.page, 'inbox-credited')

  // The next morning Lucheng's officer reads the day's reconciliation: it balances.
  clock.set('2026-12-11T01:00:00.000Z')
  const liu = await browser().newPage({ locale: 'zh-CN', clock })
  await setPhoneClock(liu.context, clock)
  await loginAs(liu.page, url, /刘洋/)
  await open(liu.page, url, '/pages/home/index')
  await follow(liu.page, /^到卡对账/)
  await expectHeading(liu.page, '到卡资金对账')
  await seeText(liu.page, '温州银行')
  await seeText(liu.page, '账目平衡')
  await lookOthers(liu.page, 'reconciliation')

  // Her transactions in English.
  const english = (await browser().newPage({ locale: 'en', clock })).page
  await chooseLanguage(english, url, texts.en.language)
  await loginAs(english, url, /Wang Xiuying/)
  await open(english, url, '/features/card/pages/payments/index')
  await expectHeading(english, 'Money onto my card')
  await lookOthers(english, 'payments-english')
})

/** The bank's end-of-day confirmation file, uploaded as its system does. */
async function uploadCreditFile(baseUrl: string, key: string, csv: string): Promise<unknown> {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'credits-20261210.csv')
  const response = await fetch(`${baseUrl}/api/partner/card-credits/files`, { method: 'POST', headers: { 'X-Partner-Key': key }, body: form })
  expect(response.status, await response.clone().text()).toBeLessThan(300)
  return response.json()
}

/** What a handheld scanner does: types the code into the focused field and presses Enter. */
async function scanInto(page: Page, token: string): Promise<void> {
  const field = page.getByRole('textbox', { name: '电子社保卡码' })
  await field.fill(token)
  await field.press('Enter')
}

/** A partner's system calling the portal with its key, as a bank's counter system does. */
function partnerOf(baseUrl: string, key: string) {
  return async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'X-Partner-Key': key, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300)
    return response.json()
  }
}

import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { creditCodeCheckCharacter } from '../../shared/src/wages/credit-code'
import { browserForFile, withPortal } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, loginAs, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'
import { wageTexts } from './support/wage-texts'

const browser = browserForFile()

const base17 = '91330302MA2K8P7Q1'
const creditCode = `${base17}${creditCodeCheckCharacter(base17)}`
const wrongCheck = `${base17}${creditCode.endsWith('0') ? '1' : '0'}`

test('a grid staff member files a wage complaint for an elderly citizen under her grant, naming an employer the portal does not know; she sees it as hers', async () => {
  const text = texts['zh-CN']
  const w = wageTexts['zh-CN']
  const look = reviewer('wage-proxy-filing', { careMode: true })
  await withPortal(async (portal) => {
    const staff = (await browser().newPage({ locale: 'zh-CN', clock: portal.clock })).page
    await chooseLanguage(staff, portal.url, text.language)
    await loginAs(staff, portal.url, /陈建华/)
    await staff.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
    await follow(staff, text.actForTile)
    await press(staff, text.actForChoose)
    await seeText(staff, text.actingBanner)

    await follow(staff, w.fileTile)
    await expectHeading(staff, w.fileTitle)
    await seeText(staff, text.actingBanner)
    await press(staff, '找不到？直接填写单位名称')
    await fill(staff, '单位名称', '鹿城区某家政服务部')
    await fill(staff, '统一社会信用代码（选填）', wrongCheck)
    await press(staff, w.next)
    await seeText(staff, '统一社会信用代码最后一位不正确，请对照营业执照核对')
    await look(staff, 'unknown-employer-wrong-code')
    await fill(staff, '统一社会信用代码（选填）', creditCode.toLowerCase())
    await press(staff, w.next)

    await fill(staff, '项目或工地名称', '五马街道居家保洁')
    await staff.getByRole('radiogroup', { name: '所在区县' }).filter({ visible: true }).first().getByRole('radio', { name: '鹿城区' }).click()
    await look(staff, 'typed-site')
    await press(staff, w.next)

    await staff.getByRole('group', { name: w.fromMonth }).filter({ visible: true }).first().getByRole('radio', { name: w.october }).click()
    await staff.getByRole('group', { name: w.toMonth }).filter({ visible: true }).first().getByRole('radio', { name: w.october }).click()
    await fill(staff, w.amount, '1200')
    await staff.getByRole('radio', { name: '按天' }).filter({ visible: true }).first().click()
    await press(staff, w.next)
    await seeText(staff, w.evidenceStep)
    await press(staff, w.next)

    await seeText(staff, w.contactStep)
    const phone = staff.locator('input').and(staff.getByLabel(w.phone, { exact: true })).filter({ visible: true })
    if ((await phone.count()) > 0 && (await phone.first().inputValue()) === '') await phone.first().fill('13905771234')
    await press(staff, w.toReview)
    await seeText(staff, w.review)
    await seeText(staff, creditCode)
    await look(staff, 'check-answers-for-her')
    await press(staff, w.submit)
    await expectHeading(staff, w.submitted)
    await seeText(staff, text.actingBanner)
    await look(staff, 'submitted-for-her')

    const filed = await portal.deps.db.rows<{ staff: string | null; code: string | null }>(
      sql`select c.filed_by_staff_code as staff, c.employer_credit_code as code from wage_cases c join users u on u.id = c.worker_user_id where u.dev_account = 'elder-wang'`,
    )
    expect(filed).toEqual([{ staff: 'WG330302001', code: creditCode }])

    const elder = (await browser().newPage({ locale: 'zh-CN', clock: portal.clock })).page
    await chooseLanguage(elder, portal.url, text.language)
    await loginAs(elder, portal.url, /王秀英/)
    await follow(elder, w.myCasesTile)
    await expectHeading(elder, w.myCases)
    await elder.getByText(/AX-330302-\d{4}-\d{6}/).filter({ visible: true }).first().click()
    await expectHeading(elder, w.caseTitle)
    // She sees who filed it for her, by staff code and full name, as on his badge.
    await seeText(elder, '由网格员 陈建华（WG330302001）代为提交')
    await look(elder, 'elder-sees-her-complaint')
  })
})

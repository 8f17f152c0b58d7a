import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { browserForFile, portalForFile } from './support/journey'
import { expectHeading, fill, follow, leaveBy, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()
const text = texts['zh-CN']

test('a citizen binds her real name, reads her records, issues a certificate, and a school verifies it without logging in', async () => {
  const { page } = await browser().newPage({ clock: portal().clock })
  const look = reviewer('citizen-certificate')

  // Logged out, Home shows every service, each saying whether it needs a login.
  await open(page, portal().url, '/pages/home/index')
  await expectHeading(page, text.home)
  for (const tile of [text.wagesTileLoggedOut, text.pensionTileLoggedOut, text.recordsTileLoggedOut, text.verifyTileLoggedOut]) {
    await page.getByRole('link', { name: tile }).filter({ visible: true }).first().waitFor()
  }
  await look(page, 'home-logged-out')
  await follow(page, text.pensionTileLoggedOut)
  await expectHeading(page, text.login)
  await leaveBy(page, text, 'back')
  await expectHeading(page, text.home)

  // A service tapped before logging in is where the login leads.
  await follow(page, text.recordsTileLoggedOut)
  await expectHeading(page, text.login)
  await seeText(page, /开发/)
  await look(page, 'login')
  await press(page, /李娜/)
  await expectHeading(page, text.recordsTitle)
  await look(page, 'records-before-real-name')
  await leaveBy(page, text, 'homeLink')
  await expectHeading(page, text.home)
  await look(page, 'home-pending-real-name')

  await follow(page, /完成实名认证/)
  await expectHeading(page, '实名认证')
  await look(page, 'real-name-consent')
  await press(page, '我已阅读并同意')

  await fill(page, '姓名', '李娜')
  await fill(page, '身份证号码', '330304198807214524')
  await press(page, '提交实名认证')
  const summary = page.getByRole('alert')
  await summary.waitFor()
  await expect.poll(() => summary.textContent()).toContain('校验位')
  expect(await page.getByRole('textbox', { name: '姓名' }).inputValue()).toBe('李娜')
  await look(page, 'real-name-error-summary')

  await fill(page, '身份证号码', '330304198807214523')
  await press(page, '提交实名认证')
  await seeText(page, '实名认证完成')
  await seeText(page, '330304********4523')
  await look(page, 'real-name-done')

  await press(page, '查看我的社保缴费记录')
  await expectHeading(page, '社保缴费记录')
  await seeText(page, '医疗保险：自 2023年9月 起至今未缴费（38 个月）')
  await look(page, 'records-summary')

  await follow(page, '2023 年')
  await expectHeading(page, '2023 年缴费明细')
  await seeText(page, '温州瓯海服装有限公司')
  await look(page, 'records-year')
  await leaveBy(page, text, 'back')
  await expectHeading(page, text.recordsTitle)

  await open(page, portal().url, '/features/records/pages/issue/index')
  await expectHeading(page, '开具参保证明')
  await page.getByRole('radio', { name: /入学/ }).click()
  await look(page, 'certificate-form')
  await press(page, '开具证明')
  await expectHeading(page, '参保证明')
  await seeText(page, '李*')
  const code = (await page.locator('.certificate-code').filter({ visible: true }).first().textContent())?.trim() ?? ''
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  const qr = page.locator('img[alt*="二维码"]').filter({ visible: true }).first()
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
  const certificateAddress = page.url()

  // Headless Chromium on Linux has no share sheet: the verification link is copied instead.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal().url })
  await press(page, text.shareLink)
  await seeText(page, text.linkCopied)
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(new RegExp(`#/features/records/pages/verify/index\\?code=${code.replaceAll('-', '')}$`))
  const download = page.waitForEvent('download')
  await press(page, text.saveQr)
  const saved = await download
  expect(saved.suggestedFilename()).toBe(`certificate-${code.replaceAll('-', '')}.png`)
  expect(readFileSync(await saved.path()).subarray(1, 4).toString()).toBe('PNG')
  await seeText(page, text.qrSaved)
  await look(page, 'certificate')

  // The issue form gave way to the certificate: Back leads to her certificates, not out of the app.
  await leaveBy(page, text, 'back')
  await expectHeading(page, text.certificatesTitle)
  await look(page, 'certificates-after-back')
  // Opened again from a link, as from a message: Back and Home still lead somewhere in the app.
  await open(page, portal().url, certificateAddress.split('#')[1] ?? '')
  await expectHeading(page, text.certificateTitle)
  await leaveBy(page, text, 'back')
  await expectHeading(page, text.certificatesTitle)
  // From the list, Back returns to the list, and Home closes both.
  await follow(page, /入学/)
  await expectHeading(page, text.certificateTitle)
  await leaveBy(page, text, 'back')
  await expectHeading(page, text.certificatesTitle)
  await follow(page, /入学/)
  await expectHeading(page, text.certificateTitle)
  await leaveBy(page, text, 'homeLink')
  await expectHeading(page, text.home)

  const visitor = await browser().newPage({ clock: portal().clock })
  await open(visitor.page, portal().url, '/features/records/pages/verify/index')
  await expectHeading(visitor.page, '参保证明核验')
  await fill(visitor.page, '核验码', code.toLowerCase())
  await press(visitor.page, '核验')
  await seeText(visitor.page, '这是一份真实有效的参保证明。')
  await seeText(visitor.page, '李*')
  expect(await visitor.page.getByText('330304').count()).toBe(0)
  await look(visitor.page, 'verify-valid')

  await fill(visitor.page, '核验码', '7KQ2-M9XD-4TPA')
  await press(visitor.page, '核验')
  await seeText(visitor.page, /没有找到这个核验码/)
  await look(visitor.page, 'verify-not-found')

  // She can see that her certificate was checked, and by whom as far as anyone knows.
  await open(page, portal().url, '/features/identity/pages/access-log/index')
  await expectHeading(page, '谁查看了我的信息')
  await seeText(page, '未登录的核验方（如学校、单位）')
  await look(page, 'access-log')
})

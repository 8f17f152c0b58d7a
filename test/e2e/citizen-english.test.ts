import { expect, test } from 'vitest'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, follow, issueForSchool, leaveBy, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()
const portal = portalForFile()

const text = texts.en

test('on an English phone the portal opens in English; a choice of Chinese then sticks across reloads', async () => {
  const { page } = await browser().newPage({ locale: 'en', clock: portal().clock })
  await open(page, portal().url, '/pages/home/index')
  await expectHeading(page, text.home)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')

  await chooseLanguage(page, portal().url, texts['zh-CN'].language)
  await expectHeading(page, texts['zh-CN'].login)
  await page.reload()
  await expectHeading(page, texts['zh-CN'].login)
  await open(page, portal().url, '/pages/home/index')
  await expectHeading(page, texts['zh-CN'].home)
})

test('in English and care mode, a logged-out citizen sees every service, logs in from one, finds the month her employer missed, issues, shares and saves a certificate, and a school checks it', async () => {
  const { page } = await browser().newPage({ locale: 'en', clock: portal().clock })
  const look = reviewer('citizen-english', { careMode: true })

  await chooseLanguage(page, portal().url, text.language)
  await expectHeading(page, text.login)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')

  await open(page, portal().url, '/pages/home/index')
  await expectHeading(page, text.home)
  await page.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
  for (const tile of [text.wagesTileLoggedOut, text.pensionTileLoggedOut, text.recordsTileLoggedOut, text.verifyTileLoggedOut]) {
    await page.getByRole('link', { name: tile }).filter({ visible: true }).first().waitFor()
  }
  await look(page, 'home-logged-out')

  await follow(page, text.recordsTileLoggedOut)
  await expectHeading(page, text.login)
  await look(page, 'login')
  await press(page, /Zhang Wei/)
  await expectHeading(page, text.recordsTitle)
  await seeText(page, text.gapOneMonth)
  await look(page, 'records-summary')

  await follow(page, text.yearLink)
  await expectHeading(page, text.yearTitle)
  await seeText(page, text.unpaid)
  await look(page, 'records-year')
  await leaveBy(page, text, 'back')
  await expectHeading(page, text.recordsTitle)

  await issueForSchool(page, portal().url, text)
  await seeText(page, '张*')
  const code = (await page.locator('.certificate-code').filter({ visible: true }).first().textContent())?.trim() ?? ''
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal().url })
  await press(page, text.shareLink)
  await seeText(page, text.linkCopied)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`verify/index?code=${code.replaceAll('-', '')}`)
  const download = page.waitForEvent('download')
  await press(page, text.saveQr)
  expect((await download).suggestedFilename()).toBe(`certificate-${code.replaceAll('-', '')}.png`)
  await seeText(page, text.qrSaved)
  await look(page, 'certificate')
  await leaveBy(page, text, 'back')
  await expectHeading(page, text.certificatesTitle)
  await leaveBy(page, text, 'homeLink')
  await expectHeading(page, text.home)
  await look(page, 'home')

  // The school's phone is not in care mode.
  const lookAsSchool = reviewer('citizen-english-school')
  const school = (await browser().newPage({ locale: 'en', clock: portal().clock })).page
  await chooseLanguage(school, portal().url, text.language)
  await open(school, portal().url, `/features/records/pages/verify/index?code=${code.replaceAll('-', '')}`)
  await expectHeading(school, text.verifyTitle)
  await seeText(school, text.verifyValid)
  await seeText(school, '张*')
  await lookAsSchool(school, 'verify-valid')
})

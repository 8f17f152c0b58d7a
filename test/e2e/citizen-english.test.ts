import { expect, test } from 'vitest'
import { browserForFile, portalForFile } from './support/journey'
import { chooseLanguage, expectHeading, follow, issueForSchool, loginAs, open, reviewer, seeText } from './support/steps'
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

test('in English, a citizen finds the month her employer missed, issues a certificate, and a school checks it', async () => {
  const { page } = await browser().newPage({ locale: 'en', clock: portal().clock })
  const look = reviewer('citizen-english')

  await chooseLanguage(page, portal().url, text.language)
  await expectHeading(page, text.login)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  await look(page, 'login')

  await loginAs(page, portal().url, /Zhang Wei/)
  await expectHeading(page, text.home)
  await look(page, 'home')

  await follow(page, text.recordsTile)
  await expectHeading(page, text.recordsTitle)
  await seeText(page, text.gapOneMonth)
  await look(page, 'records-summary')

  await follow(page, text.yearLink)
  await expectHeading(page, text.yearTitle)
  await seeText(page, text.unpaid)
  await look(page, 'records-year')

  await issueForSchool(page, portal().url, text)
  await seeText(page, '张*')
  const code = (await page.locator('.certificate-code').filter({ visible: true }).first().textContent())?.trim() ?? ''
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  await look(page, 'certificate')

  const school = (await browser().newPage({ locale: 'en', clock: portal().clock })).page
  await chooseLanguage(school, portal().url, text.language)
  await open(school, portal().url, `/features/records/pages/verify/index?code=${code.replaceAll('-', '')}`)
  await expectHeading(school, text.verifyTitle)
  await seeText(school, text.verifyValid)
  await seeText(school, '张*')
  await look(school, 'verify-valid')
})

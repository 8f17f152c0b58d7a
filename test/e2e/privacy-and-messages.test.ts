import { expect, test } from 'vitest'
import { browserForFile, withPortal } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, issueForSchool, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()

test.each([
  { locale: 'zh-CN', careMode: false },
  { locale: 'en', careMode: true },
] as const)(
  'a citizen withdraws and gives consent, grants a helper, finds her certificates and reads her messages ($locale, care mode $careMode)',
  async ({ locale, careMode }) => {
    const text = texts[locale]
    const look = reviewer(`privacy-and-messages-${locale}${careMode ? '-care' : ''}`, { careMode })
    await withPortal(async (portal) => {
      const { page } = await browser().newPage({ locale, clock: portal.clock })
      await chooseLanguage(page, portal.url, text.language)
      await loginAs(page, portal.url, /张伟|Zhang Wei/)
      if (careMode) await page.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()

      await open(page, portal.url, '/pages/me/index')
      await expectHeading(page, text.meTitle)
      await seeText(page, '330302********1231')
      await look(page, 'me')

      await follow(page, text.consentsLink)
      await expectHeading(page, text.consentsTitle)
      await look(page, 'consents')
      await press(page, text.withdraw)
      await press(page, text.withdrawYes)
      await seeText(page, text.withdrawn)
      await look(page, 'consent-withdrawn')

      // Without the consent, records are refused, with the way back offered on the spot.
      await open(page, portal.url, '/features/records/pages/summary/index')
      await seeText(page, text.consentRequired)
      await look(page, 'records-need-consent')
      await open(page, portal.url, '/features/identity/pages/consents/index')
      await press(page, text.giveAgain)
      await open(page, portal.url, '/features/records/pages/summary/index')
      await expectHeading(page, text.recordsTitle)

      await open(page, portal.url, '/features/identity/pages/proxy-grants/index')
      await press(page, text.newGrant)
      await expectHeading(page, text.newGrantTitle)
      await look(page, 'new-grant-consent')
      await press(page, text.consentAgree)
      await fill(page, text.staffCodeLabel, 'wg330302002')
      await press(page, text.findStaff)
      await seeText(page, text.foundStaff)
      await page.getByRole('checkbox', { name: text.scopeRecords }).filter({ visible: true }).first().click()
      await fill(page, text.daysLabel, '30')
      await look(page, 'new-grant-form')
      await press(page, text.grantSubmit)
      await seeText(page, text.grantDone)
      await look(page, 'new-grant-done')

      await issueForSchool(page, portal.url, text)
      await open(page, portal.url, '/pages/home/index')
      await follow(page, text.certificatesTile)
      await expectHeading(page, text.certificatesTitle)
      await look(page, 'certificates')
      await page.getByRole('link').filter({ visible: true }).filter({ hasText: text.schoolEnrollment }).first().click()
      await expectHeading(page, text.certificateTitle)

      await open(page, portal.url, '/pages/inbox/index')
      await expectHeading(page, text.inboxTitle)
      await seeText(page, text.proxyGrantedMessage)
      const unreadBefore = await page.getByText(text.unreadTag, { exact: true }).filter({ visible: true }).count()
      expect(unreadBefore).toBeGreaterThan(0)
      await look(page, 'inbox')
      await page.getByText(text.proxyGrantedMessage).filter({ visible: true }).first().click()
      await expectHeading(page, text.grantsTitle)
      await open(page, portal.url, '/pages/inbox/index')
      await expect
        .poll(() => page.getByText(text.unreadTag, { exact: true }).filter({ visible: true }).count())
        .toBe(unreadBefore - 1)
    })
  },
)

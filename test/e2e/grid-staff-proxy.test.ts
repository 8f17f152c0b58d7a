import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { browserForFile, withPortal } from './support/journey'
import { chooseLanguage, expectHeading, follow, issueForSchool, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()

async function careModeOn(page: Page, label: string): Promise<boolean> {
  return (await page.getByRole('switch', { name: label }).filter({ visible: true }).first().getAttribute('aria-checked')) === 'true'
}

test.each(['zh-CN', 'en'] as const)(
  'a grid staff member acts for an elderly citizen in care mode, who sees every act and takes the grant back (%s)',
  async (locale) => {
    const text = texts[locale]
    const look = reviewer(`grid-staff-proxy-${locale}`, { careMode: true })
    await withPortal(async (portal) => {
      const staff = (await browser().newPage({ locale, clock: portal.clock })).page
      await chooseLanguage(staff, portal.url, text.language)
      await loginAs(staff, portal.url, /陈建华|Chen Jianhua/)
      await expectHeading(staff, text.home)
      await staff.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
      expect(await careModeOn(staff, text.careMode)).toBe(true)
      await look(staff, 'staff-home-care-mode')
      // Turned on once, it stays on for every page that follows.

      await follow(staff, text.actForTile)
      await expectHeading(staff, text.actForTitle)
      await look(staff, 'act-for-choose')
      await press(staff, text.actForChoose)
      await seeText(staff, text.actingBanner)
      await look(staff, 'acting-home')

      await follow(staff, text.recordsTile)
      await expectHeading(staff, text.recordsTitle)
      await seeText(staff, text.actingBanner)
      await seeText(staff, text.retired)
      await look(staff, 'acting-records')

      await issueForSchool(staff, portal.url, text)
      await seeText(staff, '王**')
      await seeText(staff, text.actingBanner)
      await look(staff, 'acting-certificate')

      const elder = (await browser().newPage({ locale, clock: portal.clock })).page
      await chooseLanguage(elder, portal.url, text.language)
      await loginAs(elder, portal.url, /王秀英|Wang Xiuying/)
      await expectHeading(elder, text.home)
      // 82 years old: care mode is on without her having to find the switch.
      expect(await careModeOn(elder, text.careMode)).toBe(true)
      await look(elder, 'elder-home-care-mode')

      await open(elder, portal.url, '/pages/me/index')
      await expectHeading(elder, text.meTitle)
      await look(elder, 'elder-me')
      await follow(elder, text.accessLog)
      await expectHeading(elder, text.accessLogTitle)
      await seeText(elder, text.staffCode)
      await seeText(elder, text.byProxy)
      await look(elder, 'elder-access-log')

      await open(elder, portal.url, '/features/identity/pages/proxy-grants/index')
      await expectHeading(elder, text.grantsTitle)
      await press(elder, text.revoke)
      await look(elder, 'elder-revoke-confirm')
      await press(elder, text.revokeYes)
      await seeText(elder, text.revoked)
      await look(elder, 'elder-grant-revoked')

      // The staff member's very next request is refused, and the app stops acting for her.
      await open(staff, portal.url, '/features/records/pages/summary/index')
      await seeText(staff, text.stoppedInvalid)
      expect(await staff.getByText(text.actingBanner).filter({ visible: true }).count()).toBe(0)
      await look(staff, 'staff-grant-gone')

      await open(staff, portal.url, '/features/identity/pages/act-for/index')
      await seeText(staff, text.actForEmpty)
      await look(staff, 'staff-no-clients')
    })
  },
)

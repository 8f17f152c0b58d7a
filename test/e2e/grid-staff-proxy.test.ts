import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { expectCareModeSizes } from './support/care-mode'
import { browserForFile, withPortal } from './support/journey'
import { chooseLanguage, expectHeading, follow, issueForSchool, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()

async function careModeOn(page: Page, label: string): Promise<boolean> {
  return (await page.getByRole('switch', { name: label }).filter({ visible: true }).first().getAttribute('aria-checked')) === 'true'
}

/** What the page itself says, below the acting strip (which names the citizen on every page). */
async function mainText(page: Page): Promise<string> {
  return page.getByRole('main').filter({ visible: true }).first().innerText()
}

/** How the citizen sees the helper she granted: by staff code and full staff-facing name. */
const helperNamed = {
  'zh-CN': { inLog: '网格员 WG330302001 陈建华', onGrant: '网格员 陈建华（WG330302001）' },
  en: { inLog: 'grid staff WG330302001 陈建华', onGrant: 'Grid staff 陈建华 (WG330302001)' },
} as const

/** The page names the citizen acted for, and never the staff member holding the phone. */
async function expectNamesElder(page: Page): Promise<void> {
  await page.getByRole('main').filter({ visible: true }).first().getByText('王**').first().waitFor({ timeout: 15_000 })
  expect(await mainText(page)).not.toMatch(/陈/)
}

test.each(['zh-CN', 'en'] as const)(
  'a grid staff member acts for an elderly citizen in care mode, who sees every act and takes the grant back (%s)',
  async (locale) => {
    const text = texts[locale]
    const look = reviewer(`grid-staff-proxy-${locale}`)
    const lookInCareMode = async (page: Page, name: string) => {
      await look(page, name)
      await expectCareModeSizes(page, name)
    }
    await withPortal(async (portal) => {
      const staff = (await browser().newPage({ locale, clock: portal.clock })).page
      await chooseLanguage(staff, portal.url, text.language)
      await loginAs(staff, portal.url, /陈建华|Chen Jianhua/)
      await expectHeading(staff, text.home)
      await seeText(staff, text.greetStaff)
      // Her own phone, in her own setting: care mode off.
      expect(await careModeOn(staff, text.careMode)).toBe(false)
      await look(staff, 'staff-home')

      await follow(staff, text.actForTile)
      await expectHeading(staff, text.actForTitle)
      await look(staff, 'act-for-choose')
      await press(staff, text.actForChoose)
      await seeText(staff, text.actingBanner)
      await seeText(staff, text.greetElder)
      await expectNamesElder(staff)
      // Acting alone does not change the staff member's phone; she turns care mode on so that
      // Wang Xiuying, 82, can read along.
      expect(await careModeOn(staff, text.careMode)).toBe(false)
      await look(staff, 'acting-home')
      await staff.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
      expect(await careModeOn(staff, text.careMode)).toBe(true)
      await lookInCareMode(staff, 'acting-home-care-mode')

      await follow(staff, text.recordsTile)
      await expectHeading(staff, text.recordsTitle)
      await seeText(staff, text.actingBanner)
      await seeText(staff, text.retired)
      await expectNamesElder(staff)
      await lookInCareMode(staff, 'acting-records')

      // Each `open` reloads the app: acting and care mode come back from storage.
      await issueForSchool(staff, portal.url, text)
      await seeText(staff, text.actingBanner)
      await expectNamesElder(staff)
      await lookInCareMode(staff, 'acting-certificate')

      await open(staff, portal.url, '/pages/me/index')
      await expectHeading(staff, text.meTitle)
      await seeText(staff, text.actingBanner)
      await expectNamesElder(staff)
      await lookInCareMode(staff, 'acting-me')

      // Stopping gives the phone back as it was: her own name, her own setting.
      await press(staff, text.stopActing)
      await staff.getByRole('main').filter({ visible: true }).first().getByText('陈**').first().waitFor({ timeout: 15_000 })
      expect(await staff.getByText(text.actingBanner).filter({ visible: true }).count()).toBe(0)
      expect(await mainText(staff)).not.toContain('王**')
      expect(await careModeOn(staff, text.careMode)).toBe(false)
      await look(staff, 'stopped-me')

      await open(staff, portal.url, '/pages/home/index')
      await expectHeading(staff, text.home)
      await seeText(staff, text.greetStaff)
      expect(await mainText(staff)).not.toContain('王**')
      expect(await careModeOn(staff, text.careMode)).toBe(false)
      await look(staff, 'stopped-home')

      await follow(staff, text.actForTile)
      await press(staff, text.actForChoose)
      await seeText(staff, text.actingBanner)

      const elder = (await browser().newPage({ locale, clock: portal.clock })).page
      await chooseLanguage(elder, portal.url, text.language)
      await loginAs(elder, portal.url, /王秀英|Wang Xiuying/)
      await expectHeading(elder, text.home)
      // 82 years old: care mode is on without her having to find the switch.
      expect(await careModeOn(elder, text.careMode)).toBe(true)
      await lookInCareMode(elder, 'elder-home-care-mode')

      await open(elder, portal.url, '/pages/me/index')
      await expectHeading(elder, text.meTitle)
      await lookInCareMode(elder, 'elder-me')
      await follow(elder, text.accessLog)
      await expectHeading(elder, text.accessLogTitle)
      await seeText(elder, text.staffCode)
      await seeText(elder, text.byProxy)
      await seeText(elder, helperNamed[locale].inLog)
      await lookInCareMode(elder, 'elder-access-log')

      await open(elder, portal.url, '/features/identity/pages/proxy-grants/index')
      await expectHeading(elder, text.grantsTitle)
      await seeText(elder, helperNamed[locale].onGrant)
      await lookInCareMode(elder, 'elder-grant-helper-named')
      await press(elder, text.revoke)
      await lookInCareMode(elder, 'elder-revoke-confirm')
      await press(elder, text.revokeYes)
      await seeText(elder, text.revoked)
      await lookInCareMode(elder, 'elder-grant-revoked')

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

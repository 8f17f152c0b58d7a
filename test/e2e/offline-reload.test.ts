import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { review } from './support/browser'
import { browserForFile, withPortal } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'
import { tinyPng } from './support/tiny-png'
import { wageTexts } from './support/wage-texts'

const browser = browserForFile()

/** What the worker reads about a complaint still on the phone, on the page of her complaints. */
const outboxTexts = {
  'zh-CN': { toMyCases: '查看我的投诉', waitingTitle: '等待发送', waiting: '已保存在本手机，联网后自动发送', sent: /已发送成功，案件编号 AX-330302-\d{4}-\d{6}/ },
  en: { toMyCases: 'See my complaints', waitingTitle: 'Waiting to be sent', waiting: 'Kept on this phone; sent when you are online', sent: /Sent: case number AX-330302-\d{4}-\d{6}/ },
} as const

async function radio(page: Page, group: string, name: string | RegExp): Promise<void> {
  await page.getByRole('group', { name: group }).filter({ visible: true }).first().getByRole('radio', { name }).click()
}

test.each([
  { locale: 'zh-CN', careMode: false },
  { locale: 'en', careMode: true },
] as const)(
  'a worker whose complaint waits on the phone reloads the portal with no network: the app opens from the service worker, shows the complaint waiting to be sent, and sends it once the network is back ($locale, care mode $careMode)',
  async ({ locale, careMode }) => {
    const w = wageTexts[locale]
    const o = outboxTexts[locale]
    const look = reviewer(`offline-reload-${locale}${careMode ? '-care' : ''}`, { careMode })
    await withPortal(async (portal) => {
      const { page, context } = await browser().newPage({ locale, clock: portal.clock })
      await chooseLanguage(page, portal.url, texts[locale].language)
      await loginAs(page, portal.url, /赵强|Zhao Qiang/)
      if (careMode) {
        const toggle = page.getByRole('switch', { name: texts[locale].careMode }).filter({ visible: true }).first()
        if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click()
      }
      const countCases = async () => (await portal.deps.db.rows<{ n: number }>(sql`select count(*) as n from wage_cases`))[0]?.n ?? 0
      const casesBefore = await countCases()
      // The portal's service worker has kept the app on the phone and answers for this page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })

      await follow(page, w.fileTile)
      await expectHeading(page, w.fileTitle)
      await fill(page, w.search, w.siteSearch)
      await press(page, w.siteOf)
      await seeText(page, w.chosenSite)
      await press(page, w.next)
      await seeText(page, w.fromMonth)
      await radio(page, w.fromMonth, w.september)
      await radio(page, w.toMonth, w.october)
      await fill(page, w.amount, '8600')
      await page.getByRole('radio', { name: w.payUnit }).filter({ visible: true }).first().click()
      await press(page, w.next)

      // The network goes on the building site; the photo and then the complaint wait on the phone.
      await context.setOffline(true)
      await seeText(page, w.evidenceStep)
      await page.locator('input[type=file]').first().setInputFiles({ name: 'payslip.png', mimeType: 'image/png', buffer: tinyPng([40, 90, 160]) })
      await seeText(page, w.evidenceWaiting)
      await press(page, w.toReview)
      await seeText(page, w.review)
      await press(page, w.submit)
      await seeText(page, w.queued)
      await press(page, o.toMyCases)
      await expectHeading(page, w.myCases)
      await seeText(page, o.waitingTitle)
      await look(page, 'my-cases-offline')

      // Reloaded on a dead connection: the worker itself reaches nothing, so the page it answers with is its own copy.
      const [worker] = context.serviceWorkers()
      expect(worker, 'the portal’s service worker runs').toBeDefined()
      const reach = () => fetch('/favicon.ico', { cache: 'no-store' }).then(() => 'reached', () => 'unreachable')
      expect(await worker?.evaluate(reach), 'the service worker is offline too').toBe('unreachable')
      const reloaded = await page.reload()
      expect(reloaded?.fromServiceWorker(), 'the reloaded page came from the service worker').toBe(true)
      await expectHeading(page, w.myCases)
      await seeText(page, o.waitingTitle)
      await seeText(page, o.waiting)
      expect(await page.title()).not.toMatch(/无法访问|not available|ERR_/i)
      await look(page, 'reloaded-offline')
      expect(await countCases(), 'nothing reached the portal while offline').toBe(casesBefore)

      // Back online: the waiting complaint goes out by itself, once.
      await context.setOffline(false)
      await seeText(page, o.sent)
      await look(page, 'sent-when-online')
      const caseNumber = (await page.getByText(o.sent).filter({ visible: true }).first().textContent())?.match(/AX-330302-\d{4}-\d{6}/)?.[0] ?? ''
      const filed = await portal.deps.db.rows<{ n: number }>(sql`select count(*) as n from wage_cases where case_number = ${caseNumber}`)
      expect(filed).toEqual([{ n: 1 }])
      expect(await countCases()).toBe(casesBefore + 1)
    })
  },
)

test('before any script has run, the portal already shows the logged-out home’s heading and its login link; once the app has rendered, they are there once', async () => {
  await withPortal(async (portal) => {
    // A phone whose scripts have not arrived (yet): what index.html itself shows.
    const bare = await browser().newPage({ locale: 'zh-CN', clock: portal.clock })
    await bare.context.route('**/js/*.js', (route) => route.abort())
    const before = bare.page
    await before.goto(`${portal.url}/`)
    await before.getByRole('heading', { name: '人社服务', level: 1 }).waitFor()
    await before.getByText('登录后可以查看您的社保记录和待办事项。').waitFor()
    expect(await before.getByRole('link', { name: '登录' }).getAttribute('href')).toBe('#/pages/login/index')
    await review(before, 'app-shell/01-before-scripts')
    await bare.context.close()

    const { page } = await browser().newPage({ locale: 'zh-CN', clock: portal.clock })
    await open(page, portal.url, '/pages/home/index')
    await expectHeading(page, '人社服务')
    await page.getByRole('button', { name: '登录' }).filter({ visible: true }).first().waitFor()
    // The shell has given way: one heading, one login entry, for eyes and screen readers alike.
    expect(await page.locator('#app-shell').count()).toBe(0)
    expect(await page.getByRole('heading', { name: '人社服务', level: 1 }).count()).toBe(1)
    expect(await page.getByRole('link', { name: '登录', exact: true }).count()).toBe(0)
    await review(page, 'app-shell/02-app-rendered')
  })
})

import { sql } from 'drizzle-orm'
import type { BrowserContext, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { browserForFile, withPortal } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, leaveBy, loginAs, open, press, reviewer, seeText } from './support/steps'
import { careModeOn } from './support/care-mode'
import { texts } from './support/texts'
import { tinyPng } from './support/tiny-png'
import { wageTexts, type WageTexts } from './support/wage-texts'

const browser = browserForFile()

// A real 1×1 PNG: the server checks evidence by its bytes, not by its name.
const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

async function radio(page: Page, group: string, name: string | RegExp): Promise<void> {
  await page.getByRole('group', { name: group }).filter({ visible: true }).first().getByRole('radio', { name }).click()
}

async function write(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).filter({ visible: true }).first().fill(value)
}

/** Choosing an action opens its form; the form's own button sends it (the two may share a name). */
async function act(page: Page, choose: string, send: string, fillForm?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: choose, exact: true }).filter({ visible: true }).first().click()
  await fillForm?.()
  await page.getByRole('button', { name: send, exact: true }).filter({ visible: true }).last().click()
}


/**
 * Files the complaint the shortest honest way and counts every tap and every field typed into
 * on the way (the photo is extra: evidence may be left out). Before the site could be picked
 * with its employer and the phone came from the real-name record it took 15; now 11:
 * tile · search, site, next · from month, to month, amount, pay unit, next · next · send
 * (decision 041).
 */
async function fileWhileOffline(page: Page, context: BrowserContext, w: WageTexts, look: (page: Page, name: string) => Promise<void>): Promise<string> {
  let taps = 0
  const tap = async (action: () => Promise<void>) => {
    taps += 1
    await action()
  }
  await tap(() => follow(page, w.fileTile))
  await expectHeading(page, w.fileTitle)
  await seeText(page, w.employerStep)
  // The worker knows the site, not the company: picking the site names the employer too.
  await tap(() => fill(page, w.search, w.siteSearch))
  await page.getByRole('button', { name: w.siteOf }).filter({ visible: true }).first().waitFor()
  await look(page, 'file-1-found-with-sites')
  await tap(() => press(page, w.siteOf))
  await seeText(page, w.chosenSite)
  await look(page, 'file-1-chosen')
  await tap(() => press(page, w.next))

  // The site is answered: the next screen asks about the wages. This year is already chosen.
  await seeText(page, w.fromMonth)
  await tap(() => radio(page, w.fromMonth, w.september))
  await tap(() => radio(page, w.toMonth, w.october))
  await tap(() => fill(page, w.amount, '8600'))
  await tap(() => page.getByRole('radio', { name: w.payUnit }).filter({ visible: true }).first().click())
  await look(page, 'file-2-wages')
  await tap(() => press(page, w.next))

  // The network goes on the building site: the photo is kept on the phone for later.
  await context.setOffline(true)
  await seeText(page, w.evidenceStep)
  await seeText(page, w.offline)
  await page.locator('input[type=file]').first().setInputFiles({ name: 'payslip.png', mimeType: 'image/png', buffer: photo })
  await seeText(page, w.evidenceWaiting)
  await look(page, 'file-3-evidence-offline')
  // His phone is on his real-name record: no screen asks for it again; the answers show it.
  await tap(() => press(page, w.toReview))

  await seeText(page, w.review)
  await seeText(page, w.phoneOnFile)
  await look(page, 'file-4-check-answers')
  await tap(() => press(page, w.submit))
  await seeText(page, w.queued)
  await look(page, 'file-5-queued-offline')
  expect(taps, 'taps and fields typed into, from Home to sent').toBe(11)

  // Back online: the complaint and its photo go out by themselves, once.
  await context.setOffline(false)
  await expectHeading(page, w.submitted)
  const caseNumber = (await page.getByText(/AX-330302-\d{4}-\d{6}/).filter({ visible: true }).first().textContent())?.match(/AX-330302-\d{4}-\d{6}/)?.[0]
  expect(caseNumber).toBeDefined()
  await look(page, 'file-6-submitted')
  return caseNumber ?? ''
}

test.each([
  { locale: 'zh-CN', careMode: false },
  { locale: 'en', careMode: true },
] as const)(
  'a migrant worker files a complaint with evidence while the network is cut; an officer accepts and mediates; the worker sends a photo with a message and the officer sees it on the case; the officer closes it; the worker follows it and rates it ($locale, care mode $careMode)',
  async ({ locale, careMode }) => {
    const w = wageTexts[locale]
    const look = reviewer(`wage-complaint-${locale}${careMode ? '-care' : ''}`, { careMode })
    await withPortal(async (portal) => {
      const worker = await browser().newPage({ locale, clock: portal.clock })
      await chooseLanguage(worker.page, portal.url, texts[locale].language)
      await loginAs(worker.page, portal.url, /赵强|Zhao Qiang/)
      if (careMode) await careModeOn(worker.page, locale)
      await look(worker.page, 'worker-home')
      const caseNumber = await fileWhileOffline(worker.page, worker.context, w, look)

      const cases = await portal.deps.db.rows<{ n: number }>(sql`select count(*) as n from wage_cases where case_number = ${caseNumber}`)
      expect(cases).toEqual([{ n: 1 }])
      const evidence = await portal.deps.db.rows<{ n: number }>(
        sql`select count(*) as n from evidence_files e join wage_cases c on c.id = e.case_id where c.case_number = ${caseNumber}`,
      )
      expect(evidence).toEqual([{ n: 1 }])

      const officer = await browser().newPage({ locale, clock: portal.clock })
      await chooseLanguage(officer.page, portal.url, texts[locale].language)
      await loginAs(officer.page, portal.url, /刘洋|Liu Yang/)
      if (careMode) await careModeOn(officer.page, locale)
      await follow(officer.page, w.queueTile)
      await expectHeading(officer.page, w.queueTitle)
      await look(officer.page, 'officer-queue')
      await officer.page.getByText(caseNumber).filter({ visible: true }).first().click()
      await expectHeading(officer.page, w.handleTitle)
      await look(officer.page, 'officer-case')

      await act(officer.page, w.accept, w.confirmAccept)
      await seeText(officer.page, w.done)
      await act(officer.page, w.mediate, w.confirmMediate)
      await seeText(officer.page, w.recordMediation)

      // The officer asks for the time sheet: the worker sends a photo of it with a message.
      const [filed] = await portal.deps.db.rows<{ id: string }>(sql`select id from wage_cases where case_number = ${caseNumber}`)
      const caseId = filed?.id ?? ''
      await open(worker.page, portal.url, `/features/wages/pages/case/index?id=${caseId}`)
      await expectHeading(worker.page, w.caseTitle)
      await worker.page.getByLabel(w.chooseFiles, { exact: true }).setInputFiles({ name: '考勤表.png', mimeType: 'image/png', buffer: tinyPng([200, 60, 40]) })
      await seeText(worker.page, w.uploaded)
      await write(worker.page, w.reply, locale === 'en' ? 'Here is my time sheet for October.' : '这是我十月份的考勤表。')
      await look(worker.page, 'worker-message-with-photo')
      await press(worker.page, w.sendMessage)
      await seeText(worker.page, w.messageSent)
      await worker.page.getByRole('img', { name: w.photoAlt }).filter({ visible: true }).first().waitFor()
      await look(worker.page, 'worker-message-sent')

      await open(officer.page, portal.url, `/features/wages/pages/handle/index?id=${caseId}`)
      await expectHeading(officer.page, w.handleTitle)
      const seenPhoto = officer.page.getByRole('img', { name: w.photoAlt }).filter({ visible: true }).first()
      await seenPhoto.waitFor()
      await seenPhoto.scrollIntoViewIfNeeded()
      await look(officer.page, 'officer-sees-photo')
      await act(officer.page, w.recordMediation, w.saveMediation, async () => {
        await officer.page.getByRole('radio', { name: w.settled, exact: true }).filter({ visible: true }).first().click()
        await fill(officer.page, w.paid, '8600')
        await officer.page.getByRole('checkbox', { name: w.workerConfirmed }).filter({ visible: true }).first().click()
        await look(officer.page, 'officer-record-mediation')
      })
      await seeText(officer.page, w.close)
      await act(officer.page, w.close, w.confirmClose, async () => {
        await write(officer.page, w.conclusion, locale === 'en' ? 'The employer paid the wages in full.' : '用人单位已全额支付拖欠工资。')
        await fill(officer.page, w.recovered, '8600')
      })
      await seeText(officer.page, w.closedStatus)
      await look(officer.page, 'officer-closed')

      await open(worker.page, portal.url, '/pages/home/index')
      await follow(worker.page, w.myCasesTile)
      await expectHeading(worker.page, w.myCases)
      await look(worker.page, 'worker-my-cases')
      await worker.page.getByText(caseNumber).filter({ visible: true }).first().click()
      await expectHeading(worker.page, w.caseTitle)
      await seeText(worker.page, w.eventAccepted)
      await look(worker.page, 'worker-case-closed')
      await worker.page.getByRole('radio', { name: w.fiveStars }).filter({ visible: true }).first().click()
      await press(worker.page, w.sendRating)
      await seeText(worker.page, w.rated)
      await look(worker.page, 'worker-rated')
      // The rated case is a result page too: Back to the list it was opened from, then Home.
      await leaveBy(worker.page, texts[locale], 'back')
      await expectHeading(worker.page, w.myCases)
      await leaveBy(worker.page, texts[locale], 'homeLink')
      await expectHeading(worker.page, texts[locale].home)

      // The message that asked for the rating no longer counts as unread: it says it is done.
      await open(worker.page, portal.url, '/pages/inbox/index')
      await expectHeading(worker.page, texts[locale].inboxTitle)
      const asked = worker.page.getByRole('listitem').filter({ visible: true }).filter({ hasText: caseNumber }).filter({ hasText: w.closedMessage }).first()
      await asked.waitFor()
      await expect.poll(() => asked.getByText(texts[locale].unreadTag, { exact: true }).count()).toBe(0)
      await asked.getByText(w.ratedDone, { exact: true }).waitFor()
      await asked.scrollIntoViewIfNeeded()
      await look(worker.page, 'inbox-rated-message-done')
    })
  },
)

/** Where an element is on the screen: its top and bottom, and the screen's height. */
async function placeOnScreen(page: Page, selector: string): Promise<{ top: number; bottom: number; height: number }> {
  return page.locator(selector).filter({ visible: true }).first().evaluate((element) => {
    const box = element.getBoundingClientRect()
    return { top: box.top, bottom: box.bottom, height: window.innerHeight }
  })
}

test.each([
  { locale: 'zh-CN', careMode: false },
  { locale: 'en', careMode: true },
] as const)('the worker follows “please rate” from Home and lands on the rating, not the top of the case; rated, the to-do is gone ($locale, care mode $careMode)', async ({ locale, careMode }) => {
  const w = wageTexts[locale]
  const look = reviewer(`wage-rating-todo-${locale}${careMode ? '-care' : ''}`, { careMode })
  await withPortal(async (portal) => {
    const worker = await browser().newPage({ locale, clock: portal.clock })
    await chooseLanguage(worker.page, portal.url, texts[locale].language)
    await loginAs(worker.page, portal.url, /赵强|Zhao Qiang/)
    if (careMode) await careModeOn(worker.page, locale)
    // The seeded case closed in Ouhai waits for his rating.
    await follow(worker.page, w.rateTodo)
    await expectHeading(worker.page, w.caseTitle)
    const stars = worker.page.getByRole('radiogroup', { name: w.stars }).filter({ visible: true }).first()
    await stars.waitFor()
    // Its top at the top of the screen, or all of it on the screen when the page ends below it.
    const inView = ({ top, bottom, height }: { top: number; bottom: number; height: number }) => top >= -1 && (top < height / 4 || bottom <= height)
    await expect.poll(async () => inView(await placeOnScreen(worker.page, '#case-rating'))).toBe(true)
    const rating = await placeOnScreen(worker.page, '#case-rating')
    const firstStar = await stars.getByRole('radio').first().boundingBox()
    expect(firstStar && firstStar.y + firstStar.height <= rating.height, 'its first choice is on the screen').toBe(true)
    await look(worker.page, 'case-opened-at-rating')

    await stars.getByRole('radio', { name: w.fiveStars }).click()
    await press(worker.page, w.sendRating)
    await seeText(worker.page, w.rated)
    await look(worker.page, 'rated')
    await open(worker.page, portal.url, '/pages/home/index')
    await expectHeading(worker.page, texts[locale].home)
    await seeText(worker.page, w.myCasesTile)
    expect(await worker.page.getByRole('link', { name: w.rateTodo }).filter({ visible: true }).count()).toBe(0)
  })
})

test('a worker who typed a site and then picks a known one sees the typed fields go, and come back as typed when he lets it go (care mode)', async () => {
  const w = wageTexts['zh-CN']
  const look = reviewer('wage-site-picked-zh-CN-care', { careMode: true })
  await withPortal(async (portal) => {
    const worker = await browser().newPage({ locale: 'zh-CN', clock: portal.clock })
    await loginAs(worker.page, portal.url, /赵强/)
    await careModeOn(worker.page, 'zh-CN')
    await follow(worker.page, w.fileTile)
    await fill(worker.page, w.search, '瓯江')
    await press(worker.page, w.employer)
    await press(worker.page, w.next)
    await fill(worker.page, '项目或工地名称', '江滨路边的楼')
    await fill(worker.page, '详细地址（选填）', '江滨西路北段')
    await look(worker.page, 'site-typed')

    await worker.page.getByRole('radio', { name: w.project }).filter({ visible: true }).first().click()
    await seeText(worker.page, '位置：鹿城区江滨西路 88 号')
    expect(await worker.page.getByLabel('项目或工地名称', { exact: true }).filter({ visible: true }).count()).toBe(0)
    expect(await worker.page.getByLabel('详细地址（选填）', { exact: true }).filter({ visible: true }).count()).toBe(0)
    await look(worker.page, 'site-picked')

    await worker.page.getByRole('radio', { name: '不在列表里，自己填写' }).filter({ visible: true }).first().click()
    const typedName = worker.page.locator('input').and(worker.page.getByLabel('项目或工地名称', { exact: true })).filter({ visible: true }).first()
    await expect.poll(() => typedName.inputValue()).toBe('江滨路边的楼')
    const typedAddress = worker.page.getByLabel('详细地址（选填）', { exact: true }).filter({ visible: true }).first()
    await expect.poll(() => typedAddress.inputValue()).toBe('江滨西路北段')
    await look(worker.page, 'site-typed-again')

    // Picked again, then the employer changed: the picked site goes with it, the typed one stays.
    await worker.page.getByRole('radio', { name: w.project }).filter({ visible: true }).first().click()
    await press(worker.page, '上一步')
    await seeText(worker.page, w.chosenSite)
    await press(worker.page, '换一个单位')
    await fill(worker.page, w.search, '瓯江')
    await press(worker.page, w.employer)
    await press(worker.page, w.next)
    await expect.poll(() => typedName.inputValue()).toBe('江滨路边的楼')
    await expect.poll(() => typedAddress.inputValue()).toBe('江滨西路北段')
  })
})

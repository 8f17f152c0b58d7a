import { sql } from 'drizzle-orm'
import type { BrowserContext, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { browserForFile, withPortal } from './support/journey'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
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

async function careModeOn(page: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  const toggle = page.getByRole('switch', { name: texts[locale].careMode }).filter({ visible: true }).first()
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click()
}

async function fileWhileOffline(page: Page, context: BrowserContext, w: WageTexts, look: (page: Page, name: string) => Promise<void>): Promise<string> {
  await follow(page, w.fileTile)
  await expectHeading(page, w.fileTitle)
  await seeText(page, w.employerStep)
  await fill(page, w.search, '瓯江')
  await press(page, w.employer)
  await look(page, 'file-1-employer')
  await press(page, w.next)

  await page.getByRole('radio', { name: w.project }).filter({ visible: true }).first().click()
  await look(page, 'file-2-site')
  await press(page, w.next)

  await radio(page, w.fromMonth, w.year)
  await radio(page, w.fromMonth, w.september)
  await radio(page, w.toMonth, w.year)
  await radio(page, w.toMonth, w.october)
  await fill(page, w.amount, '8600')
  await page.getByRole('radio', { name: w.payUnit }).filter({ visible: true }).first().click()
  await look(page, 'file-3-wages')
  await press(page, w.next)

  // The network goes on the building site: the photo is kept on the phone for later.
  await context.setOffline(true)
  await seeText(page, w.evidenceStep)
  await seeText(page, w.offline)
  await page.locator('input[type=file]').first().setInputFiles({ name: 'payslip.png', mimeType: 'image/png', buffer: photo })
  await seeText(page, w.evidenceWaiting)
  await look(page, 'file-4-evidence-offline')
  await press(page, w.next)

  await seeText(page, w.contactStep)
  const phone = page.locator('input').and(page.getByLabel(w.phone, { exact: true })).filter({ visible: true })
  if ((await phone.count()) > 0 && (await phone.first().inputValue()) === '') await phone.first().fill('15057798765')
  await look(page, 'file-5-contact')
  await press(page, w.toReview)

  await seeText(page, w.review)
  await look(page, 'file-6-check-answers')
  await press(page, w.submit)
  await seeText(page, w.queued)
  await look(page, 'file-7-queued-offline')

  // Back online: the complaint and its photo go out by themselves, once.
  await context.setOffline(false)
  await expectHeading(page, w.submitted)
  const caseNumber = (await page.getByText(/AX-330302-\d{4}-\d{6}/).filter({ visible: true }).first().textContent())?.match(/AX-330302-\d{4}-\d{6}/)?.[0]
  expect(caseNumber).toBeDefined()
  await look(page, 'file-8-submitted')
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
    })
  },
)

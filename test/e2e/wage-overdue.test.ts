import type { Locator, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { countOpenAlerts } from '../../bff/src/modules/wages/payroll-repo'
import { lastOverdueMonthAt } from '../../bff/src/modules/wages/payroll-watch'
import { days } from '../../bff/src/platform/clock'
import { chinaDate } from '../../shared/src/platform/china-time'
import { calendarDaysBetween } from '../../shared/src/wages/work-calendar'
import { setPhoneClock } from './support/browser'
import { browserForFile } from './support/journey'
import { alertOf, seeFigure } from './support/office-steps'
import { officeTexts } from './support/office-texts'
import { startPortal } from './support/portal'
import { seededCase } from './support/seeded-cases'
import { chooseLanguage, expectHeading, follow, loginAs, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'

const browser = browserForFile()

/** The case as a row of the queue: a link named by everything it shows. */
function queueRow(page: Page, caseNumber: string): Locator {
  return page.getByRole('link').filter({ visible: true }).filter({ hasText: caseNumber })
}

test.each([
  { locale: 'zh-CN', careMode: false },
  { locale: 'en', careMode: true },
] as const)(
  'an overdue case escalates when the clock passes its deadline: the officer sees it coming, then overdue, and the supervisor is told ($locale, care mode $careMode)',
  async ({ locale, careMode }) => {
    const text = texts[locale]
    const office = officeTexts[locale]
    const look = reviewer(`wage-overdue-${locale}${careMode ? '-care' : ''}`, { careMode })
    const portal = await startPortal()
    const clock = portal.clock
    try {
      // citizen-zhang's complaint, filed so that its acceptance falls due 3 working days from now.
      const filed = await seededCase(portal, 'citizen-zhang', '五马街商铺改造')
      const mediating = await seededCase(portal, 'worker-zhao', '瓯江府二期')
      const due = filed.acceptBy
      const daysLeft = calendarDaysBetween(chinaDate(clock.now()), due)
      expect(daysLeft).toBeGreaterThanOrEqual(3)
      const missingMonth = office.month(lastOverdueMonthAt(clock.now()))

      const { context: officerPhone, page: officer } = await browser().newPage({ locale, clock })
      await chooseLanguage(officer, portal.url, text.language)
      await loginAs(officer, portal.url, /刘洋|Liu Yang/)
      await expectHeading(officer, text.home)
      if (careMode) await officer.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
      await look(officer, 'officer-home')

      await follow(officer, office.caseQueueTile)
      await expectHeading(officer, office.queueTitle)
      const row = queueRow(officer, filed.caseNumber)
      await row.getByText(office.stageDue(office.date(due))).waitFor()
      await row.getByText(office.daysLeft(daysLeft), { exact: true }).waitFor()
      await row.getByText(office.waitingStatus, { exact: true }).waitFor()
      await queueRow(officer, mediating.caseNumber).waitFor()
      await look(officer, 'queue-on-time')

      await follow(officer, office.queueToStats)
      await expectHeading(officer, office.statsTitle)
      await seeFigure(officer, office.openFigure, office.cases(2))
      await seeFigure(officer, office.overdueFigure, office.cases(0))
      const alert = alertOf(officer, '瓯江府二期')
      await alert.getByText(office.alertOpen, { exact: true }).waitFor()
      await alert.getByText(office.alertMonth(missingMonth), { exact: true }).waitFor()
      await look(officer, 'stats-before')

      // Two days past the acceptance deadline. Sessions idle out on the same clock: log in again.
      clock.advance(days(daysLeft + 2))
      await setPhoneClock(officerPhone, clock)
      await loginAs(officer, portal.url, /刘洋|Liu Yang/)
      await expectHeading(officer, text.home)
      await seeText(officer, office.pendingOverdue(1))
      await follow(officer, office.caseQueueTile)
      await expectHeading(officer, office.queueTitle)
      await officer.getByRole('switch', { name: office.overdueOnly }).filter({ visible: true }).first().click()
      expect(await officer.getByRole('switch', { name: office.overdueOnly }).filter({ visible: true }).first().getAttribute('aria-checked')).toBe('true')
      await queueRow(officer, filed.caseNumber).getByText(office.overdueBy(2)).waitFor()
      await expect.poll(() => queueRow(officer, mediating.caseNumber).count()).toBe(0)
      await look(officer, 'queue-overdue-only')

      await follow(officer, office.queueToStats)
      await expectHeading(officer, office.statsTitle)
      await seeFigure(officer, office.openFigure, office.cases(2))
      await seeFigure(officer, office.overdueFigure, office.cases(1))
      await look(officer, 'stats-after')

      const supervisor = (await browser().newPage({ locale, clock })).page
      await chooseLanguage(supervisor, portal.url, text.language)
      await loginAs(supervisor, portal.url, /吴静|Wu Jing/)
      await expectHeading(supervisor, text.home)
      if (careMode) await supervisor.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
      await seeText(supervisor, office.pendingOverdue(1))
      // Every open payroll alert of the region, as the office counts them.
      await seeText(supervisor, office.pendingAlerts(await portal.deps.db.read((q) => countOpenAlerts(q, '330302'))))
      await look(supervisor, 'supervisor-home')

      await follow(supervisor, office.inboxTile)
      await expectHeading(supervisor, text.inboxTitle)
      const escalation = office.escalatedMessage(filed.caseNumber, office.date(due))
      await seeText(supervisor, escalation)
      await look(supervisor, 'supervisor-inbox')

      await supervisor.getByText(escalation).filter({ visible: true }).first().click()
      await expectHeading(supervisor, office.handleTitle)
      await seeText(supervisor, filed.caseNumber)
      await seeText(supervisor, office.overdueNote)
      // The other deadline counts from the office's day too, not from the phone's clock.
      const settleBy = filed.settleBy
      if (settleBy === null) throw new Error('A submitted case has an expected settlement date')
      await supervisor
        .getByRole('listitem')
        .filter({ visible: true })
        .filter({ has: supervisor.getByText(office.expectedSettleBy, { exact: true }) })
        .filter({ has: supervisor.getByText(office.daysLeft(calendarDaysBetween(chinaDate(clock.now()), settleBy)), { exact: true }) })
        .first()
        .waitFor()
      for (const event of [office.overdueEvent, office.escalatedEvent]) {
        await supervisor
          .getByRole('listitem')
          .filter({ visible: true })
          .filter({ has: supervisor.getByText(event, { exact: true }) })
          .filter({ hasText: office.bySystem })
          .first()
          .waitFor()
      }
      await look(supervisor, 'supervisor-case')
    } finally {
      await portal.close()
    }
  },
)

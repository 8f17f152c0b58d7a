import { createRequire } from 'node:module'
import { expect, test } from 'vitest'
import { lastOverdueMonthAt } from '../../bff/src/modules/wages/payroll-watch'
import { idNumberCheckCharacter } from '../../shared/src/identity/id-number'
import { maskPhone } from '../../shared/src/identity/masking'
import { chinaMonth } from '../../shared/src/platform/china-time'
import { addMonths } from '../../shared/src/records/months'
import { browserForFile, withPortal } from './support/journey'
import { alertOf, seeFigure } from './support/office-steps'
import { officeTexts } from './support/office-texts'
import { seededCase } from './support/seeded-cases'
import { chooseLanguage, expectHeading, fill, follow, loginAs, open, press, reviewer, seeText } from './support/steps'
import { texts } from './support/texts'
import { tinyPng } from './support/tiny-png'

// iconv-lite is the server's dependency: reached from where the server resolves it.
const iconv = createRequire(new URL('../../bff/package.json', import.meta.url))('iconv-lite') as typeof import('iconv-lite')

const browser = browserForFile()

/** A made-up but valid GB 11643 ID number. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`
  return `${first17}${idNumberCheckCharacter(first17)}`
}

const header = '姓名,身份证号,工资月份,应发工资(元),实发工资(元),发放日期'

/** The month's payroll of three workers, as a site clerk's spreadsheet saves it. */
function payrollCsv(month: string, secondId: string): string {
  const paidOn = `${addMonths(month, 1)}-10`
  return [
    header,
    `王建国,${idNumber('342401', '19750312', '031')},${month},8200.00,8200.00,${paidOn}`,
    `刘德胜,${secondId},${month},7600.00,7600.00,${paidOn}`,
    `陈小军,${idNumber('513030', '19910207', '053')},${month},6900.00,6900.00,${paidOn}`,
    '',
  ].join('\r\n')
}

test.each([
  { locale: 'zh-CN', careMode: false },
  { locale: 'en', careMode: true },
] as const)(
  'an employer answers a complaint with proof, registers a project and uploads the missing payroll month, which resolves the alert ($locale, care mode $careMode)',
  async ({ locale, careMode }) => {
    const text = texts[locale]
    const office = officeTexts[locale]
    const look = reviewer(`employer-payroll-${locale}${careMode ? '-care' : ''}`, { careMode })
    await withPortal(async (portal) => {
      const complaint = await seededCase(portal, 'worker-zhao', '瓯江府二期')
      const lastOverdue = lastOverdueMonthAt(portal.clock.now())
      const missingMonth = office.month(lastOverdue)

      // The officer's statistics raise the early warning the employer is about to answer.
      const officer = (await browser().newPage({ locale, clock: portal.clock })).page
      await chooseLanguage(officer, portal.url, text.language)
      await loginAs(officer, portal.url, /刘洋|Liu Yang/)
      if (careMode) await officer.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
      await follow(officer, office.statsTile)
      await expectHeading(officer, office.statsTitle)
      await alertOf(officer, '瓯江府二期').getByText(office.alertOpen, { exact: true }).waitFor()
      await seeFigure(officer, office.alertsFigure, office.alertsCount(1))

      const { page } = await browser().newPage({ locale, clock: portal.clock })
      await chooseLanguage(page, portal.url, text.language)
      await loginAs(page, portal.url, /温州瓯江建设有限公司|Wenzhou Oujiang Construction/)
      await expectHeading(page, text.home)
      if (careMode) await page.getByRole('switch', { name: text.careMode }).filter({ visible: true }).first().click()
      // Home lists what waits for the employer; the one complaint opens straight from there.
      await seeText(page, office.pendingPayrollMissing(1))
      await seeText(page, office.pendingToAnswer(1))
      await look(page, 'employer-home')

      await follow(page, office.pendingToAnswer(1))
      await expectHeading(page, office.respondTitle)
      await seeText(page, complaint.caseNumber)
      // The employer reads what it is accused of, but not how to reach the worker nor what he wrote.
      expect(await page.getByText(office.workerPhone, { exact: true }).filter({ visible: true }).count()).toBe(0)
      const shown = await page.locator('body').innerText()
      expect(shown).not.toContain(maskPhone('15057798765'))
      expect(shown).not.toContain('九月只发了一半')
      await page.getByRole('textbox', { name: office.statement }).filter({ visible: true }).first().fill(office.statementText)
      await page
        .locator('input[type=file]')
        .and(page.getByLabel(office.proofChoose))
        .setInputFiles({ name: 'transfer-slip.png', mimeType: 'image/png', buffer: tinyPng() })
      await seeText(page, 'transfer-slip.png')
      await seeText(page, office.proofUploaded)
      await look(page, 'respond-form')
      await press(page, office.respondSend)
      await seeText(page, office.respondSent)
      await seeText(page, office.statementText)
      await seeText(page, office.proofSent)
      await seeText(page, 'transfer-slip.png')
      await look(page, 'respond-sent')

      await follow(page, office.toDesk)
      await expectHeading(page, office.employerTitle)
      await page.getByRole('link').filter({ visible: true }).filter({ hasText: complaint.caseNumber }).waitFor()
      // Answered, the complaint is still on the desk, no longer as waiting for an answer.
      await seeText(page, office.deskNothingToAnswer)
      await seeText(page, office.deskAnsweredTitle)
      await look(page, 'desk')
      await press(page, office.toProjects)
      await expectHeading(page, office.projectsTitle)
      await press(page, office.projectCreate)
      const summary = page.getByRole('alert').filter({ visible: true }).first()
      await summary.getByText(office.errorSummaryTitle).waitFor()
      await summary.getByRole('link', { name: office.nameMissing }).waitFor()
      await summary.getByRole('link', { name: office.regionMissing }).waitFor()
      await look(page, 'project-errors')

      await fill(page, office.projectName, office.projectNameText)
      await page.getByRole('radio', { name: office.projectRegion }).filter({ visible: true }).first().click()
      await fill(page, office.projectAddress, office.projectAddressText)
      await fill(page, office.startMonth, chinaMonth(portal.clock.now()))
      await press(page, office.projectCreate)
      await seeText(page, office.projectCreated(office.projectNameText))
      await page.getByRole('link').filter({ visible: true }).filter({ hasText: office.projectNameText }).first().waitFor()
      await look(page, 'project-registered')

      await page.getByRole('link').filter({ visible: true }).filter({ hasText: '瓯江府二期' }).first().click()
      await expectHeading(page, office.payrollTitle)
      await seeText(page, office.missing(missingMonth))
      await look(page, 'payroll-missing')

      const badId = idNumber('330324', '19790825', '117').replace(/.$/, (check) => (check === '0' ? '1' : '0'))
      const csvInput = (label: string) => page.locator('input[type=file]').and(page.getByLabel(label, { exact: true }))
      await csvInput(office.importChoose).setInputFiles({ name: 'payroll-wrong.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${payrollCsv(lastOverdue, badId)}`, 'utf8') })
      await seeText(page, office.refusedTitle)
      await seeText(page, office.lineThree)
      await seeText(page, office.missing(missingMonth))
      await look(page, 'payroll-refused')

      const gbk = iconv.encode(payrollCsv(lastOverdue, idNumber('330324', '19790825', '117')), 'gbk')
      await csvInput(office.importChooseAgain).setInputFiles({ name: 'payroll.csv', mimeType: 'text/csv', buffer: gbk })
      await seeText(page, office.importedTitle)
      await seeText(page, office.imported(3))
      await seeText(page, office.noneMissing)
      await look(page, 'payroll-imported')

      await open(officer, portal.url, '/pages/home/index')
      await follow(officer, office.statsTile)
      await expectHeading(officer, office.statsTitle)
      await alertOf(officer, '瓯江府二期').getByText(office.alertResolved, { exact: true }).waitFor()
      await seeFigure(officer, office.alertsFigure, office.alertsCount(0))
      await look(officer, 'officer-alert-resolved')
    })
  },
)

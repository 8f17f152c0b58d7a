import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { MyInjuries } from '@renshe/shared/disputes/injury-cases'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink, pages } from '@renshe/shared/platform/pages'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { appliedInjury, assessedInjury, closedReport, injurySummaryOf, openReport, waitingReport } from '../../injury-test-fixtures'
import MyInjuriesPage from './index'

const request = vi.mocked(Taro.request)
const employer: Me = { ...citizen, id: 'u-firm', roles: ['employer'], realName: { bound: false } }
const lateCase = injurySummaryOf({ ...appliedInjury, id: 'inj-2', caseNumber: '温鹿工伤认〔2026〕0002号', overdue: true, next: { step: 'acceptance', by: '2026-12-20', done: false, overdue: true } })

async function openPage(me: Me, mine: MyInjuries) {
  sessionStore.set({ token: 'token', me })
  request.mockResolvedValueOnce(answer(200, mine))
  render(<MyInjuriesPage />)
  await screen.findByRole('heading', { level: 2, name: me.roles.includes('employer') ? /职工报告的事故|Accidents your workers reported/ : /报告的事故|Accidents reported/ })
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/injuries', method: 'GET' })
}

const reports = () => within(screen.getByRole('list', { name: /报告的事故|Accidents/ }))
const cases = () => within(screen.getByRole('list', { name: /工伤认定案件|Work-injury cases/ }))

test('the worker reads each report’s window in plain words: the employer’s day and hers, hers to apply, or closed and what she can do', async () => {
  await openPage(citizen, { reports: [waitingReport, { ...openReport, id: 'acc-2' }, closedReport], cases: [] })
  const [waiting, open, closed] = reports().getAllByRole('listitem').map((item) => within(item))
  expect(waiting?.getByRole('heading', { name: '用人单位：温州市鹿城建工有限公司' })).toBeTruthy()
  expect(waiting?.getByText('事故伤害，发生于 2026年11月10日')).toBeTruthy()
  expect(waiting?.getByText('单位应在 2026年12月10日 前申请工伤认定；逾期未申请的，您可以在 2027年11月10日 前自己申请。')).toBeTruthy()
  expect(waiting?.queryByRole('button', { name: '申请工伤认定' })).toBeNull()
  expect(open?.getByText('单位没有在 2026年12月10日 前申请工伤认定。现在您可以自己申请，请在 2027年11月10日 前提交。')).toBeTruthy()
  fireEvent.click(open!.getByRole('button', { name: '申请工伤认定' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('applyInjury', { reportId: 'acc-2' }) })
  expect(closed?.getByText('职业病，发生于 2025年9月1日')).toBeTruthy()
  expect(closed?.getByText('自己申请工伤认定的期限已于 2026年9月1日 届满。')).toBeTruthy()
  expect(closed?.getByText(/^如果是因为不可抗力、人身自由受到限制、单位的原因/)).toBeTruthy()
  expect(closed?.queryByRole('button', { name: '申请工伤认定' })).toBeNull()
  expect(screen.getByText('还没有工伤认定案件。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '报告工伤事故' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.reportInjury })
})

test('her cases show status, the next step and its day, the overdue marked; a report applied for leads to its case', async () => {
  await openPage(citizen, { reports: [{ ...openReport, caseId: 'inj-1' }], cases: [lateCase, injurySummaryOf(assessedInjury)] })
  expect(reports().getByText('已经申请了工伤认定。')).toBeTruthy()
  expect(reports().queryByRole('button', { name: '申请工伤认定' })).toBeNull()
  fireEvent.click(reports().getByRole('link', { name: '查看认定案件' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('injury', { id: 'inj-1' }) })
  const [late, assessed] = cases().getAllByRole('listitem').map((item) => within(item))
  expect(late?.getByText('温鹿工伤认〔2026〕0002号')).toBeTruthy()
  expect(late?.getByText('待受理')).toBeTruthy()
  expect(late?.getByText('已逾期')).toBeTruthy()
  expect(late?.getByText('下一步：决定是否受理，期限 2026年12月20日')).toBeTruthy()
  expect(late?.queryByText(/^受伤职工：/)).toBeNull()
  expect(assessed?.getByText('已作出鉴定结论')).toBeTruthy()
  expect(assessed?.getByText('下一步：不服鉴定结论的，申请再次鉴定，期限 2027年5月17日')).toBeTruthy()
  expect(assessed?.queryByText('已逾期')).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: /温鹿工伤认〔2026〕0002号/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('injury', { id: 'inj-2' }) })
})

test('an employer sees the reports naming it with its own day and a way to apply, the worker masked, and its cases; no report button, in English too', async () => {
  localeStore.set('en')
  const employerOpen = { ...waitingReport, window: { state: 'open' as const, by: '2026-12-10', employerBy: '2026-12-10' } }
  const employerLate = { ...closedReport, window: { state: 'closed' as const, by: '2025-10-08', employerBy: '2025-10-08' } }
  await openPage(employer, { reports: [employerOpen, employerLate], cases: [lateCase] })
  expect(screen.getByText(/^Accidents your workers reported naming your organisation/)).toBeTruthy()
  const [open, late] = reports().getAllByRole('listitem').map((item) => within(item))
  expect(open?.getByRole('heading', { name: 'Worker: 张*红' })).toBeTruthy()
  expect(open?.getByText('Your organisation must apply for recognition by 10 Dec 2026.')).toBeTruthy()
  fireEvent.click(open!.getByRole('button', { name: 'Apply for work-injury recognition' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('applyInjury', { reportId: 'acc-1' }) })
  expect(late?.getByText('Your organisation’s time to apply for recognition ended on 8 Oct 2025.')).toBeTruthy()
  expect(late?.getByText(/^An employer that applies late bears the work-injury costs/)).toBeTruthy()
  expect(cases().getByText('Injured worker: 张*红')).toBeTruthy()
  expect(cases().getByText('Overdue')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Report an accident at work' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: 'Apply for recognition for a worker' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.applyInjury })
})

test('nothing yet is said as such; care mode enlarges the page', async () => {
  carePreferenceStore.set('on')
  await openPage(citizen, { reports: [], cases: [] })
  expect(screen.getByText('还没有报告过工伤事故。')).toBeTruthy()
  expect(screen.getByText('还没有工伤认定案件。')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
})

test('a list that does not load says why and can be tried again', async () => {
  sessionStore.set({ token: 'token', me: citizen })
  request.mockResolvedValueOnce(answer(500, problem('internal', 500))).mockResolvedValueOnce(answer(200, { reports: [waitingReport], cases: [] }))
  render(<MyInjuriesPage />)
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByText(/^单位应在 2026年12月10日 前申请工伤认定/)).toBeTruthy()
})

test('logged out, the page asks to log in and comes back here', () => {
  render(<MyInjuriesPage />)
  expect(screen.getByText('请先登录，再报告工伤事故或查看工伤认定。')).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

test('a citizen finds the way to apply for a family member, with the union’s way in one line; an employer does not', async () => {
  await openPage(citizen, { reports: [], cases: [] })
  expect(screen.getByText('工会组织为职工申请工伤认定的，请到用人单位参保地的人力社保部门窗口办理。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '为家人申请工伤认定' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.applyInjuryForFamily })
})

test('an employer is not offered to apply for a family member', async () => {
  await openPage(employer, { reports: [], cases: [] })
  expect(screen.queryByRole('button', { name: '为家人申请工伤认定' })).toBeNull()
})

import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { answer, citizen } from '../../../test/fixtures'
import { actingForStore } from '../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../lib/auth/session-store'
import { carePreferenceStore, careSuggestedStore } from '../../lib/care-mode/care-mode-store'
import { localeStore } from '../../lib/i18n/locale-store'
import HomePage from './index'
import { servicesFor } from './service-grid'

const request = vi.mocked(Taro.request)
const retiree: Me = { ...citizen, id: 'u-sun', suggestCareMode: false }
const pageRoot = () => screen.getByRole('main').parentElement

function openHome(items: unknown[], me: Me = retiree) {
  sessionStore.set({ token: 'token', me })
  request.mockResolvedValueOnce(answer(200, { items }))
  render(<HomePage />)
}

test('a pensioner due to certify sees the days left at the top, with one big button to certify', async () => {
  openHome([
    { kind: 'retiree_certification', state: 'due', dueDate: '2026-12-19', daysLeft: 20, deathRecordUnderReview: false },
    { kind: 'retiree_assistance', count: 1 },
  ])

  expect(await screen.findByRole('heading', { name: '养老金资格认证：还剩 20 天' })).toBeTruthy()
  expect(screen.getByText('请在 2026年12月19日 前完成认证。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '开始认证' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/retiree/pages/certify/index' })
  fireEvent.click(screen.getByRole('link', { name: '您有 1 项帮扶待确认' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/retiree/pages/assistance/index' })
})

test('a pensioner gets care mode without asking, unless they turned it off', async () => {
  openHome([{ kind: 'retiree_certification', state: 'certified', dueDate: '2027-11-29', daysLeft: 365, deathRecordUnderReview: false }])
  expect(await screen.findByRole('heading', { name: '已认证，下次认证 2027年11月29日前' })).toBeTruthy()
  expect(careSuggestedStore.get()).toBe(true)
  expect(pageRoot()?.className).toContain('page--care')
  expect(screen.getByRole('link', { name: '查看我的养老金' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '开始认证' })).toBeNull()

  act(() => carePreferenceStore.set('off'))
  expect(pageRoot()?.className).not.toContain('page--care')
})

test('a held pension says so in words, in English too', async () => {
  localeStore.set('en')
  openHome([{ kind: 'retiree_certification', state: 'suspended', dueDate: '2026-08-31', daysLeft: -90, deathRecordUnderReview: false }])
  expect(await screen.findByRole('heading', { name: 'Your pension is on hold: certify and it will be paid, back months included' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Certify now' })).toBeTruthy()
})

test('a pension held while a death record is checked says so first, even for someone certified, and offers the face check', async () => {
  openHome([{ kind: 'retiree_certification', state: 'certified', dueDate: '2027-11-29', daysLeft: 365, deathRecordUnderReview: true }])
  expect(await screen.findByRole('heading', { name: '养老金暂停发放，正在核实' })).toBeTruthy()
  expect(screen.getByText(/我们收到一条关于您的死亡信息/)).toBeTruthy()
  expect(screen.getByRole('button', { name: '开始认证' })).toBeTruthy()
  expect(screen.queryByText(/已认证/)).toBeNull()
})

test('grid staff acting for a pensioner do not switch their own phone to care mode, nor see the face check button', async () => {
  actingForStore.set({ grantId: 'grant-9', maskedName: '孙**', idNumberHint: '3303…', scopes: ['retiree.assist', 'profile.read'], expiresAt: '2030-01-01T00:00:00.000Z' })
  openHome([{ kind: 'retiree_certification', state: 'due', dueDate: '2026-12-19', daysLeft: 20, deathRecordUnderReview: false }], { ...citizen, id: 'u-chen', roles: ['grid_staff'] })
  expect(await screen.findByRole('link', { name: '查看我的养老金' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '开始认证' })).toBeNull()
  expect(careSuggestedStore.get()).toBe(false)
})

test('grid staff and officers see how many visits wait for them', async () => {
  openHome(
    [
      { kind: 'retiree_visits', count: 3 },
      { kind: 'retiree_reviews', count: 2 },
    ],
    { ...citizen, roles: ['grid_staff', 'officer'] },
  )
  expect(await screen.findByRole('link', { name: '3 位老人待上门认证' })).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '2 份上门认证待审核' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/retiree/pages/reviews/index' })
})

test('each role finds its pension service on Home', () => {
  expect(servicesFor(['citizen'], false)).toContain('pension')
  expect(servicesFor(['grid_staff'], true)).toContain('pension')
  expect(servicesFor(['grid_staff'], false)).toEqual(expect.arrayContaining(['homeVisits', 'jobCallbacks']))
  expect(servicesFor(['officer'], false)).toContain('jobsRegion')
  expect(servicesFor(['grid_staff'], false)).not.toContain('pension')
  expect(servicesFor(['officer'], false)).toContain('pensionCoverage')
  expect(servicesFor(['supervisor'], false)).toContain('pensionCoverage')
  // Logged out, the pension is shown too, marked as needing a login (service-grid.test.tsx).
  expect(servicesFor(null, false)).toContain('pension')
})

test('workers and employers find their labour contracts on Home; anyone finds the public contract check; grid staff acting do not sign for her', () => {
  expect(servicesFor(['citizen'], false)).toContain('contracts')
  expect(servicesFor(['employer'], false)).toContain('contracts')
  expect(servicesFor(['officer'], false)).not.toContain('contracts')
  // A contract is signed by the person herself: no grant lets grid staff do it.
  expect(servicesFor(['grid_staff'], true)).not.toContain('contracts')
  for (const roles of [null, ['citizen'], ['employer'], ['officer']] as const) expect(servicesFor(roles, false)).toContain('verifyContract')
})

test('citizens find their training vouchers on Home, officers their region’s programmes; grid staff acting do not', () => {
  expect(servicesFor(['citizen'], false)).toContain('myTraining')
  expect(servicesFor(['officer'], false)).toContain('trainingProgrammes')
  expect(servicesFor(['officer'], false)).toContain('trainingSupervision')
  expect(servicesFor(['institution'], false)).not.toContain('trainingSupervision')
  expect(servicesFor(['officer'], false)).not.toContain('myTraining')
  expect(servicesFor(['citizen'], false)).not.toContain('trainingProgrammes')
  // Vouchers are the holder's own: no grant lets grid staff accept or claim one for her.
  expect(servicesFor(['grid_staff'], true)).not.toContain('myTraining')
})

test('the training tile leads a citizen to her vouchers, in English too', () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token', me: retiree })
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  render(<HomePage />)
  fireEvent.click(screen.getByRole('link', { name: /^Training/ }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/mine/index' })
})

test('a training institution finds its courses on Home, in English too; no one else does', () => {
  expect(servicesFor(['institution'], false)).toContain('institutionCourses')
  expect(servicesFor(['citizen'], false)).not.toContain('institutionCourses')
  expect(servicesFor(['officer'], false)).not.toContain('institutionCourses')
  localeStore.set('en')
  sessionStore.set({ token: 'token', me: { ...citizen, id: 'inst-1', roles: ['institution'], realName: { bound: false }, regionCode: '330302' } })
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  render(<HomePage />)
  fireEvent.click(screen.getByRole('link', { name: /^Training institution/ }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/institution-courses/index' })
})

test('an assessment body finds its courses to assess on Home, in English too; no one else does', () => {
  expect(servicesFor(['assessor'], false)).toContain('assessorCourses')
  expect(servicesFor(['institution'], false)).not.toContain('assessorCourses')
  expect(servicesFor(['citizen'], false)).not.toContain('assessorCourses')
  localeStore.set('en')
  sessionStore.set({ token: 'token', me: { ...citizen, id: 'as-1', roles: ['assessor'], realName: { bound: false }, regionCode: '330302' } })
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  render(<HomePage />)
  fireEvent.click(screen.getByRole('link', { name: /^Skill assessment/ }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/assessor-courses/index' })
})

test('citizens find their citizen card on Home, and grid staff acting for one (a card.assist grant decides what they may do); officers do not', () => {
  expect(servicesFor(['citizen'], false)).toContain('myCard')
  expect(servicesFor(['grid_staff'], true)).toContain('myCard')
  expect(servicesFor(['grid_staff'], false)).not.toContain('myCard')
  expect(servicesFor(['officer'], false)).not.toContain('myCard')
})

test('the citizen card tile leads a citizen to her card, in English too', () => {
  sessionStore.set({ token: 'token', me: retiree })
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  const { unmount } = render(<HomePage />)
  fireEvent.click(screen.getByRole('link', { name: /^社保卡 卡的状态，卡丢了马上临时挂失$/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/card/pages/mine/index' })
  unmount()

  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  render(<HomePage />)
  fireEvent.click(screen.getByRole('link', { name: /^Citizen card/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/card/pages/mine/index' })
})

test('an officer finds the daily reconciliation of card payments on Home, in English too; holders and grid staff do not', () => {
  expect(servicesFor(['officer'], false)).toContain('cardReconciliation')
  expect(servicesFor(['citizen'], false)).not.toContain('cardReconciliation')
  expect(servicesFor(['grid_staff'], true)).not.toContain('cardReconciliation')
  expect(servicesFor(['supervisor'], false)).not.toContain('cardReconciliation')
  const officer: Me = { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302' }
  openHome([], officer)
  fireEvent.click(screen.getByRole('link', { name: /^到卡对账 每天核对发到社保卡上的资金$/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/card/pages/reconciliation/index' })
})

test('the reconciliation tile reads in English too', () => {
  localeStore.set('en')
  openHome([], { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302' })
  fireEvent.click(screen.getByRole('link', { name: /^Card payments reconciliation/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/card/pages/reconciliation/index' })
})

test('labour arbitration is on Home for citizens, employers and grid staff acting for someone; the queue for officers and supervisors', () => {
  expect(servicesFor(['citizen'], false)).toContain('arbitration')
  expect(servicesFor(['employer'], false)).toContain('arbitration')
  expect(servicesFor(['grid_staff'], true)).toContain('arbitration')
  expect(servicesFor(['grid_staff'], false)).not.toContain('arbitration')
  expect(servicesFor(['officer'], false)).toContain('arbitrationQueue')
  expect(servicesFor(['supervisor'], false)).toContain('arbitrationQueue')
  expect(servicesFor(['officer'], false)).not.toContain('arbitration')
  expect(servicesFor(['citizen'], false)).not.toContain('arbitrationQueue')
  const officer: Me = { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302' }
  openHome([], officer)
  fireEvent.click(screen.getByRole('link', { name: /^仲裁队列 / }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/disputes/pages/queue/index' })
})

test('work injury is on Home for citizens, employers and grid staff acting for someone; its queue for officers and supervisors', () => {
  expect(servicesFor(['citizen'], false)).toContain('injury')
  expect(servicesFor(['employer'], false)).toContain('injury')
  expect(servicesFor(['citizen', 'employer'], false).filter((service) => service === 'injury')).toHaveLength(1)
  expect(servicesFor(['grid_staff'], true)).toContain('injury')
  expect(servicesFor(['officer'], false)).toContain('injuryQueue')
  expect(servicesFor(['supervisor'], false)).toContain('injuryQueue')
  expect(servicesFor(['officer'], false)).not.toContain('injury')
  expect(servicesFor(['citizen'], false)).not.toContain('injuryQueue')
  openHome([], citizen)
  fireEvent.click(screen.getByRole('link', { name: /^工伤认定 报告工伤事故/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/disputes/pages/injuries/index' })
})

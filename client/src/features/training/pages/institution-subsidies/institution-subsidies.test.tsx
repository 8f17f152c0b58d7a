import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { approvedApplication, carersCourse, paidApplication, school, waitingApplication } from '../../test-fixtures'
import InstitutionCoursesPage from '../institution-courses/index'
import InstitutionSubsidiesPage from './index'

const request = vi.mocked(Taro.request)

const declined = { ...waitingApplication, id: 'sa-0', traineeMaskedName: '周*', voucherNumber: 'PX2026000003', status: 'declined' as const, decidedAt: '2026-11-30T02:00:00.000Z', declineReason: '证书编号与鉴定机构登记的不一致' }

function openPage() {
  sessionStore.set({ token: 'token-school', me: school })
  request.mockResolvedValueOnce(answer(200, { items: [waitingApplication, declined], nextCursor: null }))
  render(<InstitutionSubsidiesPage />)
}

const item = async (name: string) => within((await screen.findByRole('heading', { name })).parentElement as HTMLElement)

test('the school reads its applications: trainee masked, course, amount in yuan, and where each stands, a declined one with its reason', async () => {
  openPage()
  const waiting = await item('陈* · 养老护理员（五级）周末班')
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/institution/subsidies', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(waiting.getByText('待审核')).toBeTruthy()
  expect(waiting.getByText('补贴 ¥1,500.00 · 付给培训机构')).toBeTruthy()
  expect(waiting.getByText('证书 S330302202600003，2026年11月20日核发')).toBeTruthy()
  // Its own name would only repeat itself.
  expect(waiting.queryByText(/培训机构：/)).toBeNull()

  const refused = await item('周* · 养老护理员（五级）周末班')
  expect(refused.getByText('未通过')).toBeTruthy()
  expect(refused.getByText('未通过的原因：证书编号与鉴定机构登记的不一致')).toBeTruthy()
  expect(refused.getByText('2026年11月30日审核')).toBeTruthy()
})

test('with none yet it says where to apply; a list that will not load offers a retry', async () => {
  sessionStore.set({ token: 'token-school', me: school })
  request.mockResolvedValueOnce(answer(500, problem('internal', 500)))
  render(<InstitutionSubsidiesPage />)
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByText('还没有申请过培训补贴。学员考核合格后，在课程的学员名单里申请。')).toBeTruthy()
})

test('in English and care mode the applications speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  const waiting = await item('陈* · 养老护理员（五级）周末班')
  expect(waiting.getByText('Waiting for a decision')).toBeTruthy()
  expect(waiting.getByText('Subsidy ¥1,500.00 · Paid to the institution')).toBeTruthy()
  expect(screen.getByText('Why it was declined: 证书编号与鉴定机构登记的不一致')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
})

test('the school’s courses lead to its applications', async () => {
  sessionStore.set({ token: 'token-school', me: school })
  request.mockResolvedValueOnce(answer(200, { items: [carersCourse], nextCursor: null }))
  render(<InstitutionCoursesPage />)
  fireEvent.click(await screen.findByRole('link', { name: '培训补贴申请' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/institution-subsidies/index' })
})

test('an approved application shows its payment: paid on a day, or failed for want of a settlement account, which the page leads to', async () => {
  sessionStore.set({ token: 'token-school', me: school })
  const noAccount = { ...approvedApplication, id: 'sa-4', traineeMaskedName: '吴*', voucherNumber: 'PX2026000009', payment: { status: 'failed' as const, channel: 'bank' as const, paidAt: null, failure: 'no_account' as const } }
  request.mockResolvedValueOnce(answer(200, { items: [noAccount, paidApplication, waitingApplication], nextCursor: null }))
  render(<InstitutionSubsidiesPage />)
  const failed = await item('吴* · 养老护理员（五级）周末班')
  expect(failed.getByText('已批准')).toBeTruthy()
  expect(failed.getByText('没有付成功：培训机构还没有登记结算账户')).toBeTruthy()
  expect(failed.getByText('付款方式：银行转账')).toBeTruthy()
  const paid = within(screen.getAllByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })[0]?.parentElement as HTMLElement)
  expect(paid.getByText('已发放')).toBeTruthy()
  expect(paid.getByText('已到账（2026年12月1日）')).toBeTruthy()
  // Before approval there is no payment to speak of.
  const waiting = within(screen.getAllByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })[1]?.parentElement as HTMLElement)
  expect(waiting.queryByText(/尚未发放|付款方式/)).toBeNull()

  fireEvent.click(screen.getByRole('link', { name: '本机构的结算账户' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/institution-account/index' })
})

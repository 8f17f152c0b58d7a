import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { Voucher } from '@renshe/shared/training/schemas'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { claimedVoucher, requestedEnrolment } from '../../test-fixtures'
import MyTrainingPage from './index'

const request = vi.mocked(Taro.request)

// The phone's clock, pinned: 5 December 2026, 16:00 in China; the carers' course starts on 9 January 2027.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-05T08:00:00.000Z'))
})

afterEach(() => {
  vi.useRealTimers()
})

function openPage(voucher: Voucher) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { vouchers: [voucher], claimable: [] }))
  render(<MyTrainingPage />)
}

const voucherCard = async () => within((await screen.findByRole('heading', { name: '2027年养老护理员培训券' })).parentElement as HTMLElement)

test('her request waits for the institution: the course and its first day are on the voucher, and no other course is offered meanwhile', async () => {
  openPage({ ...claimedVoucher, enrolment: requestedEnrolment })
  const voucher = await voucherCard()
  expect(voucher.getByText('报名的课程：养老护理员（五级）周末班')).toBeTruthy()
  expect(voucher.getByText('2027年1月9日开课')).toBeTruthy()
  expect(voucher.getByText('等待培训机构确认')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '为这张券找课程' })).toBeNull()
})

test('withdrawing asks first with what it means; "keep" changes nothing, "yes" withdraws and the voucher can find a course again', async () => {
  openPage({ ...claimedVoucher, status: 'enrolled', enrolment: { ...requestedEnrolment, status: 'confirmed', decidedAt: '2026-11-30T02:00:00.000Z' } })
  const voucher = await voucherCard()
  expect(voucher.getByText('已确认报名')).toBeTruthy()
  fireEvent.click(voucher.getByRole('button', { name: '取消报名' }))
  expect(voucher.getByRole('alert').textContent).toMatch(/培训券退回给您/)
  fireEvent.click(voucher.getByRole('button', { name: '先不取消' }))
  expect(voucher.queryByRole('alert')).toBeNull()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.click(voucher.getByRole('button', { name: '取消报名' }))
  request.mockResolvedValueOnce(answer(200, { ...requestedEnrolment, status: 'cancelled' }))
  fireEvent.click(voucher.getByRole('button', { name: '确定取消报名' }))
  expect(await voucher.findByText('已取消报名。培训券退回给您了，可以再找课程报名。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/enrolments/e-1/cancel', method: 'POST' })
  expect(voucher.queryByText('报名的课程：养老护理员（五级）周末班')).toBeNull()
  expect(voucher.getByText('已领取，可以报名培训')).toBeTruthy()
  expect(voucher.getByRole('button', { name: '为这张券找课程' })).toBeTruthy()
})

test('a withdrawal refused because the course has started says so; one that got no answer is tried again from where it was', async () => {
  openPage({ ...claimedVoucher, enrolment: requestedEnrolment })
  const voucher = await voucherCard()
  fireEvent.click(voucher.getByRole('button', { name: '取消报名' }))
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(voucher.getByRole('button', { name: '确定取消报名' }))
  expect(await voucher.findByRole('button', { name: '重试' })).toBeTruthy()
  expect(voucher.getByRole('button', { name: '先不取消' })).toBeTruthy()

  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.courseStarted', message: '课程已开始，不能再报名或取消' }] })))
  fireEvent.click(voucher.getByRole('button', { name: '确定取消报名' }))
  expect(await voucher.findByText('课程已开始，不能再报名或取消')).toBeTruthy()
  expect(voucher.getByText('等待培训机构确认')).toBeTruthy()
})

test('once the course has started there is no withdrawing to offer', async () => {
  vi.setSystemTime(new Date('2027-01-09T01:00:00.000Z'))
  openPage({ ...claimedVoucher, status: 'enrolled', enrolment: { ...requestedEnrolment, status: 'confirmed' } })
  const voucher = await voucherCard()
  expect(voucher.getByText('已确认报名')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '取消报名' })).toBeNull()
})

test('a declined request shows the institution’s reason, and the voucher can find another course', async () => {
  openPage({ ...claimedVoucher, enrolment: { ...requestedEnrolment, status: 'declined', decidedAt: '2026-11-30T02:00:00.000Z', declineReason: '本期名额已满，请报下一期' } })
  const voucher = await voucherCard()
  expect(voucher.getByText('培训机构未接受报名')).toBeTruthy()
  expect(voucher.getByText('原因：本期名额已满，请报下一期')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '取消报名' })).toBeNull()
  expect(voucher.getByRole('button', { name: '为这张券找课程' })).toBeTruthy()
})

test('in English and care mode the enrolment and the question speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage({ ...claimedVoucher, enrolment: requestedEnrolment })
  const voucher = within((await screen.findByRole('heading', { name: '2027年养老护理员培训券' })).parentElement as HTMLElement)
  expect(voucher.getByText('Waiting for the institution to confirm')).toBeTruthy()
  expect(voucher.getByText('Starts on 9 Jan 2027')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  fireEvent.click(voucher.getByRole('button', { name: 'Withdraw my enrolment' }))
  expect(voucher.getByRole('alert').textContent).toMatch(/the voucher is yours again/)
  expect(voucher.getByRole('button', { name: 'Yes, withdraw' })).toBeTruthy()
  expect(voucher.getByRole('button', { name: 'Keep my enrolment' })).toBeTruthy()
})

test('a confirmed enrolment leads to its sessions and check-in', async () => {
  openPage({ ...claimedVoucher, status: 'enrolled', enrolment: { ...requestedEnrolment, status: 'confirmed', decidedAt: '2026-11-30T02:00:00.000Z' } })
  const voucher = await voucherCard()
  fireEvent.click(voucher.getByRole('link', { name: '上课安排和签到' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/enrolment/index?id=e-1' })
})

test('a requested enrolment has no check-in link yet', async () => {
  openPage({ ...claimedVoucher, enrolment: requestedEnrolment })
  const voucher = await voucherCard()
  expect(voucher.queryByRole('link', { name: '上课安排和签到' })).toBeNull()
})

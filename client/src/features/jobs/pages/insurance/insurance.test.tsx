import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import type { FlexiblePayment, MyFlexibleInsurance } from '@renshe/shared/jobs/insurance'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import FlexibleInsurancePage from './index'

const request = vi.mocked(Taro.request)

const worker: Me = {
  id: 'u-zhao',
  displayName: '赵*',
  roles: ['citizen'],
  realName: { bound: true, maskedName: '赵*', maskedIdNumber: '511321********4572', maskedPhone: null, regionCode: '330302', boundAt: '2025-01-02T03:04:05.000Z' },
  regionCode: null,
  staffCode: null,
  suggestCareMode: false,
}

const notEnrolled: MyFlexibleInsurance = {
  enrolment: null,
  limits: { year: 2026, minFen: 480_000, maxFen: 2_400_000, placeholder: true },
  periodsAllowed: ['month', 'quarter', 'half_year', 'year'],
  next: null,
  payments: [],
  channel: 'development',
}

const enrolment = { baseFen: 600_000, period: 'quarter', medical: false, regionCode: '330302', enrolledAt: '2026-11-29T02:00:00.000Z', fromMonth: '2026-11', updatedAt: '2026-11-29T02:00:00.000Z' } as const
const enrolled: MyFlexibleInsurance = { ...notEnrolled, enrolment, next: { months: ['2026-11', '2026-12'], perMonthFen: 120_000, totalFen: 240_000, personalAccountFen: 96_000 } }
const paid: FlexiblePayment = { id: 'p1', months: ['2026-11', '2026-12'], baseFen: 600_000, amountFen: 240_000, personalAccountFen: 96_000, status: 'paid', channel: 'development', createdAt: '2026-11-29T02:00:00.000Z', paidAt: '2026-11-29T02:00:00.000Z', expiresAt: '2026-11-29T02:30:00.000Z', refund: null }

async function openPage(insurance: MyFlexibleInsurance) {
  sessionStore.set({ token: 'token-zhao', me: worker })
  request.mockResolvedValueOnce(answer(200, insurance))
  render(<FlexibleInsurancePage />)
  await screen.findByRole('heading', { name: '灵活就业参保' })
}

test('before enrolling, the page says the channel is for development and offers this year’s limits, marked as sample figures', async () => {
  await openPage(notEnrolled)
  expect(await screen.findByText('开发用支付通道：不会真实扣款，缴费即视为成功。')).toBeTruthy()
  expect(screen.getByText('2026 年可选 ¥4,800.00 至 ¥24,000.00（开发用示例数据，以当地公布标准为准）。')).toBeTruthy()
  expect(screen.getByRole('button', { name: '确认参保' })).toBeTruthy()
})

test('a base that is not an amount is named on its field and the form keeps what was typed', async () => {
  await openPage(notEnrolled)
  const base = await screen.findByRole('textbox', { name: /月缴费基数/ })
  fireEvent.input(base, { target: { value: '六千' } })
  fireEvent.click(screen.getByRole('button', { name: '确认参保' }))
  expect(await screen.findByRole('alert')).toBeTruthy()
  expect(screen.getByRole<HTMLInputElement>('textbox', { name: /月缴费基数/ }).value).toBe('六千')
  expect(request).toHaveBeenCalledTimes(1)
})

test('enrolled, the page shows what is due and pays it; a paid period sends the worker to her record', async () => {
  await openPage(enrolled)
  expect(await screen.findByText('金额 ¥2,400.00（每月 ¥1,200.00，其中记入个人账户 ¥960.00）')).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, { payment: paid, payRequest: null }))
  request.mockResolvedValueOnce(answer(200, { ...enrolled, next: null, payments: [paid] }))
  fireEvent.click(screen.getByRole('button', { name: '缴费 ¥2,400.00' }))
  expect(await screen.findByText(/缴费成功/)).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/jobs/insurance/payments')
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(await screen.findByText('本期已缴清，下一期开始后再来缴费。')).toBeTruthy()
})

test('a payment still pending can be paid from its row: the same start gives the pay sheet again', async () => {
  const pending: FlexiblePayment = { ...paid, status: 'pending', paidAt: null }
  await openPage({ ...enrolled, next: null, payments: [pending], channel: 'wechat' })
  request.mockResolvedValueOnce(answer(201, { payment: pending, payRequest: null }))
  request.mockResolvedValueOnce(answer(200, { ...enrolled, next: null, payments: [pending], channel: 'wechat' }))
  fireEvent.click(await screen.findByRole('button', { name: '继续支付 ¥2,400.00' }))
  await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 1).url).toBe('/api/jobs/insurance/payments')
})

test('a pending payment says by when to pay it; a closed one whose money is being returned says so', async () => {
  const pending: FlexiblePayment = { ...paid, status: 'pending', paidAt: null }
  const refunding: FlexiblePayment = { ...paid, id: 'p0', status: 'closed', paidAt: null, refund: 'processing' }
  await openPage({ ...enrolled, next: null, payments: [pending, refunding], channel: 'wechat' })
  expect(await screen.findByText('请在 2026年11月29日 10:30 前完成支付，逾期订单自动关闭，可重新发起缴费。')).toBeTruthy()
  expect(screen.getByText('该笔缴费已关闭，收到的 ¥2,400.00 正在原路退回。')).toBeTruthy()
})

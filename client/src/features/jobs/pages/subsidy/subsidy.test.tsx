import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { MySubsidy, SubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import FlexibleSubsidyPage from './index'

const request = vi.mocked(Taro.request)

const months = [
  { month: '2026-11', paidFen: 120_000 },
  { month: '2026-12', paidFen: 120_000 },
]
const open: MySubsidy = { enrolled: true, openMonths: months, upToFen: 160_000, canApply: true, applications: [], channel: 'development' }
const pending: SubsidyApplication = {
  id: 'a1',
  months,
  paidFen: 240_000,
  status: 'pending',
  appliedAt: '2026-11-29T02:00:00.000Z',
  decidedAt: null,
  declineReason: null,
  ruleId: null,
  subsidisedMonths: [],
  amountFen: null,
  payout: null,
}

async function openPage(subsidy: MySubsidy | null) {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, subsidy ?? { enrolled: false, openMonths: [], upToFen: 0, canApply: false, applications: [], channel: 'development' }))
  render(<FlexibleSubsidyPage />)
  await screen.findByRole('heading', { name: '灵活就业社保补贴' })
}

test('paid months are offered with the most the subsidy can be; one tap applies, with an Idempotency-Key, and the page then says it is being checked', async () => {
  await openPage(open)
  expect(await screen.findByText('开发用支付通道：补贴不会真实转账，批准即视为已发放。')).toBeTruthy()
  expect(screen.getByText('2026年11月 – 2026年12月，共缴费 ¥2,400.00')).toBeTruthy()
  expect(screen.getByText('最多可补贴 ¥1,600.00，以经办人核实结果为准。')).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, pending))
  request.mockResolvedValueOnce(answer(200, { ...open, openMonths: [], upToFen: 0, canApply: false, applications: [pending] }))
  fireEvent.click(screen.getByRole('button', { name: '申请补贴' }))
  expect(await screen.findByText('已提交申请，请等待经办人审核。')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/jobs/subsidy/applications')
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(await screen.findByText('审核中')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '申请补贴' })).toBeNull()
})

test('an approved application shows the amount, the months and that the money is in the WeChat balance; a declined one its reason', async () => {
  localeStore.set('en')
  const approved: SubsidyApplication = { ...pending, id: 'a2', status: 'approved', decidedAt: '2026-11-30T02:00:00.000Z', ruleId: 'employment_difficulty', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000, payout: { status: 'paid', channel: 'wechat', paidAt: '2026-11-30T02:00:00.000Z' } }
  const declined: SubsidyApplication = { ...pending, id: 'a3', status: 'declined', declineReason: '未提供毕业证书' }
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { enrolled: true, openMonths: [], upToFen: 0, canApply: false, applications: [approved, declined], channel: 'wechat' }))
  render(<FlexibleSubsidyPage />)
  expect(await screen.findByText('Subsidy ¥1,600.00 (Nov 2026 – Dec 2026)')).toBeTruthy()
  expect(screen.getByText('Paid to your WeChat balance')).toBeTruthy()
  expect(screen.getByText('Reason: 未提供毕业证书')).toBeTruthy()
  expect(screen.getByText('No paid month is left to apply for. Apply again after your next payment.')).toBeTruthy()
  localeStore.set('zh-CN')
})

test('someone not enrolled is sent to enrol and pay first', async () => {
  await openPage(null)
  expect(await screen.findByText('请先以灵活就业人员身份参保并缴费，再申请补贴。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '去参保缴费' }))
  expect(Taro.navigateTo).toHaveBeenCalled()
})

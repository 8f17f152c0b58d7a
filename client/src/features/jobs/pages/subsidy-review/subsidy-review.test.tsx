import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { SubsidyReviewItem } from '@renshe/shared/jobs/subsidy'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import ReviewSubsidiesPage from './index'

const request = vi.mocked(Taro.request)
const officer = { ...citizen, id: 'u-liu', displayName: '刘*', roles: ['officer' as const], regionCode: '330302' }

const item: SubsidyReviewItem = {
  id: 'a1',
  months: [
    { month: '2026-11', paidFen: 120_000 },
    { month: '2026-12', paidFen: 120_000 },
  ],
  paidFen: 240_000,
  status: 'pending',
  appliedAt: '2026-11-29T02:00:00.000Z',
  decidedAt: null,
  declineReason: null,
  ruleId: null,
  subsidisedMonths: [],
  amountFen: null,
  payout: null,
  applicantName: '赵*',
  idNumberMasked: '511321********4572',
  regionCode: '330302',
  enrolledSince: '2026-11',
}

async function openPage() {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [item], nextCursor: null }))
  render(<ReviewSubsidiesPage />)
  expect(await screen.findByText('赵*（511321********4572）')).toBeTruthy()
}

test('the officer confirms a graduate’s year and approves; the amount the rules set is said, with the payout', async () => {
  await openPage()
  expect(screen.getByText('申请月份：2026年11月 – 2026年12月，共缴费 ¥2,400.00')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '批准' }))
  fireEvent.click(screen.getByRole('button', { name: '高校毕业生' }))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText('请填写4位毕业年份')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
  fireEvent.input(screen.getByRole('spinbutton', { name: /毕业年份/ }), { target: { value: '2025' } })
  request.mockResolvedValueOnce(answer(200, { ...item, status: 'approved', ruleId: 'recent_graduate', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000, payout: { status: 'paid', channel: 'development', paidAt: item.appliedAt } }))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText('已批准，补贴 ¥1,600.00，已转入微信零钱')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/jobs/subsidy/applications/a1/decision')
  expect(sent(request, 1).data).toEqual({ decision: 'approve', employmentDifficulty: false, graduateYear: 2025 })
})

test('facts under which the rules grant nothing are refused at the category, and the form keeps what was chosen', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '批准' }))
  fireEvent.click(screen.getByRole('button', { name: '就业困难人员' }))
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.employmentDifficulty', key: 'jobs.subsidyNotEligible', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText(/没有适用的补贴规则/)).toBeTruthy()
  expect(screen.getByRole('button', { name: '提交审核结果' })).toBeTruthy()
})

test('a decline needs its reason, which is sent as written', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '不予补贴' }))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText('请写明不予补贴的原因')).toBeTruthy()
  fireEvent.input(screen.getByRole('textbox', { name: /不予补贴的原因/ }), { target: { value: '未提供认定证明' } })
  request.mockResolvedValueOnce(answer(200, { ...item, status: 'declined', declineReason: '未提供认定证明' }))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText('已不予补贴。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ decision: 'decline', reason: '未提供认定证明' })
})

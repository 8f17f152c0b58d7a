import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { SubsidyReviewItem } from '@renshe/shared/jobs/subsidy'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
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
  payTo: 'wechat',
  payout: null,
  applicantName: '赵*',
  idNumberMasked: '511321********4572',
  regionCode: '330302',
  enrolledSince: '2026-11',
  applicantIsWoman: false,
}

async function openPage() {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [item], nextCursor: null }))
  render(<ReviewSubsidiesPage />)
  expect(await screen.findByText('赵*（511321********4572）')).toBeTruthy()
}

const woman: SubsidyReviewItem = { ...item, id: 'a2', applicantName: '钱*', idNumberMasked: '330302********0042', applicantIsWoman: true }

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

test('an application to be paid onto her card says so, and its approval says the money is on its way to the card', async () => {
  sessionStore.set({ token: 'token-liu', me: officer })
  const ontoCard: SubsidyReviewItem = { ...item, payTo: 'card' }
  request.mockResolvedValueOnce(answer(200, { items: [ontoCard], nextCursor: null }))
  render(<ReviewSubsidiesPage />)
  expect(await screen.findByText('批准后发到社保卡')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '批准' }))
  fireEvent.click(screen.getByRole('button', { name: '就业困难人员' }))
  request.mockResolvedValueOnce(answer(200, { ...ontoCard, status: 'approved', ruleId: 'employment_difficulty', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000, payout: { status: 'pending', channel: 'card', paidAt: null } }))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText('已批准，补贴 ¥1,600.00，正在发到社保卡')).toBeTruthy()
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

test('a man is not asked for a retirement category', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '批准' }))
  expect(screen.queryByText('申请人原法定退休年龄')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '就业困难人员' }))
  request.mockResolvedValueOnce(answer(200, { ...item, status: 'approved', ruleId: 'employment_difficulty', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000, payout: { status: 'paid', channel: 'development', paidAt: item.appliedAt } }))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText('已批准，补贴 ¥1,600.00，已转入微信零钱')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ decision: 'approve', employmentDifficulty: true, graduateYear: null })
})

test('for a woman the officer is asked her original retirement age; when the rules need it and it is missing, the refusal is said at that choice, and the choice is sent', async () => {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [woman], nextCursor: null }))
  render(<ReviewSubsidiesPage />)
  expect(await screen.findByText('钱*（330302********0042）')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '批准' }))
  fireEvent.click(screen.getByRole('button', { name: '就业困难人员' }))
  expect(screen.getByText('申请人原法定退休年龄')).toBeTruthy()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.femaleCategory', key: 'jobs.femaleCategoryRequired', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText(/请核实她原法定退休年龄是50周岁（女职工）还是55周岁（女干部）/)).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ decision: 'approve', employmentDifficulty: true, graduateYear: null })

  fireEvent.click(screen.getByRole('button', { name: '50周岁（女职工）' }))
  request.mockResolvedValueOnce(
    answer(200, { ...woman, status: 'approved', ruleId: 'employment_difficulty_near_retirement', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000, payout: { status: 'paid', channel: 'development', paidAt: item.appliedAt } }),
  )
  fireEvent.click(screen.getByRole('button', { name: '提交审核结果' }))
  expect(await screen.findByText('已批准，补贴 ¥1,600.00，已转入微信零钱')).toBeTruthy()
  expect(sent(request, 2).data).toEqual({ decision: 'approve', employmentDifficulty: true, graduateYear: null, femaleCategory: 'worker' })
})

test('in English and care mode the retirement question and its refusal speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [woman], nextCursor: null }))
  render(<ReviewSubsidiesPage />)
  expect(await screen.findByText('钱* (330302********0042)')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  fireEvent.click(screen.getByRole('button', { name: 'Approve' }))
  fireEvent.click(screen.getByRole('button', { name: 'Employment difficulty' }))
  expect(screen.getByText('Her original retirement age')).toBeTruthy()
  expect(screen.getByRole('button', { name: '55 (cadre or staff)' })).toBeTruthy()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.femaleCategory', key: 'jobs.femaleCategoryRequired', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: 'Send the decision' }))
  expect(await screen.findByText(/confirm whether her original retirement age was 50 \(worker\) or 55 \(cadre or staff\)/)).toBeTruthy()
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { pages } from '@renshe/shared/platform/pages'
import type { MySubsidyApplication, SubsidyApplication } from '@renshe/shared/training/subsidy'
import type { Voucher } from '@renshe/shared/training/schemas'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { assessedOffsetVoucher, holderApplication } from '../../test-fixtures'
import MyTrainingPage from './index'

const request = vi.mocked(Taro.request)

/** Her page with one voucher and its subsidy's answer, with her card money can be paid onto (or none). */
function openPage(voucher: Voucher, application: SubsidyApplication | MySubsidyApplication | null, cardNumberMasked: string | null) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request
    .mockResolvedValueOnce(answer(200, { vouchers: [voucher], claimable: [] }))
    .mockResolvedValueOnce(answer(200, { application: application && { confirmation: null, ...application }, cardNumberMasked }))
  render(<MyTrainingPage />)
}

const voucherCard = async () => within((await screen.findByRole('heading', { name: '电工技能提升培训券' })).parentElement as HTMLElement)

const ontoCard: SubsidyApplication = { ...holderApplication, payTo: 'card' }
const approvedOntoCard: SubsidyApplication = { ...ontoCard, status: 'approved', decidedAt: '2026-11-30T02:00:00.000Z', payment: { status: 'pending', channel: 'card', paidAt: null, failure: null } }

test('holding a card, she chooses where the subsidy goes: WeChat unless she picks her card, which is named by its masked number and sent as her choice', async () => {
  openPage(assessedOffsetVoucher, null, 'A****1234')
  const voucher = await voucherCard()
  fireEvent.click(await voucher.findByRole('button', { name: '申请培训补贴' }))
  const choice = voucher.getByRole('radiogroup', { name: '发到哪里' })
  const wechat = within(choice).getByRole('radio', { name: '微信零钱' })
  const card = within(choice).getByRole('radio', { name: '我的社保卡 A****1234' })
  expect(wechat.getAttribute('aria-checked')).toBe('true')
  expect(card.getAttribute('aria-checked')).toBe('false')
  expect(within(choice).getByText(/卡挂失或补换期间，钱先替您保管/)).toBeTruthy()

  fireEvent.click(card)
  expect(card.getAttribute('aria-checked')).toBe('true')
  request.mockResolvedValueOnce(answer(201, ontoCard))
  fireEvent.click(voucher.getByRole('button', { name: '是的，申请' }))
  expect(await voucher.findByText('已申请培训补贴 ¥2,000.50。审核结果会在“消息”里通知您。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/vouchers/v-5/subsidy', method: 'POST', data: { payTo: 'card' } })
  expect(voucher.getByText('发到：我的社保卡 A****1234')).toBeTruthy()
  // Not approved yet: nothing on its way to follow.
  expect(voucher.queryByRole('link', { name: '在“到卡资金”查看到账情况' })).toBeNull()
})

test('with no card to pay onto there is nothing to choose: one line says WeChat, and WeChat is asked for', async () => {
  openPage(assessedOffsetVoucher, null, null)
  const voucher = await voucherCard()
  fireEvent.click(await voucher.findByRole('button', { name: '申请培训补贴' }))
  expect(voucher.getByText('补贴会转入您的微信零钱。')).toBeTruthy()
  expect(voucher.queryByRole('radiogroup')).toBeNull()
  request.mockResolvedValueOnce(answer(201, holderApplication))
  fireEvent.click(voucher.getByRole('button', { name: '是的，申请' }))
  expect(await voucher.findByText('发到：微信零钱')).toBeTruthy()
  expect(sent(request, 2).data).toEqual({ payTo: 'wechat' })
})

test('a card that can no longer take money is said at the choice, which stays open; she picks WeChat and applies under a new key', async () => {
  openPage(assessedOffsetVoucher, null, 'A****1234')
  const voucher = await voucherCard()
  fireEvent.click(await voucher.findByRole('button', { name: '申请培训补贴' }))
  fireEvent.click(voucher.getByRole('radio', { name: '我的社保卡 A****1234' }))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'body.payTo', key: 'training.noPayableCard', message: 'no card' }] })))
  fireEvent.click(voucher.getByRole('button', { name: '是的，申请' }))
  const summary = await screen.findByRole('alert', { name: '请修改以下问题' })
  expect(within(summary).getByText('您还没有可以收款的社保卡，请选择发到微信零钱')).toBeTruthy()
  const choice = voucher.getByRole('radiogroup', { name: '发到哪里' })
  expect(choice.getAttribute('aria-describedby')).toBe('pay-to-v-5-error')
  expect(within(choice).getByText('您还没有可以收款的社保卡，请选择发到微信零钱')).toBeTruthy()
  const firstKey = sent(request, 2).header['Idempotency-Key']

  fireEvent.click(within(choice).getByRole('radio', { name: '微信零钱' }))
  expect(voucher.queryByText('您还没有可以收款的社保卡，请选择发到微信零钱')).toBeNull()
  request.mockResolvedValueOnce(answer(201, holderApplication))
  fireEvent.click(voucher.getByRole('button', { name: '是的，申请' }))
  expect(await voucher.findByText('发到：微信零钱')).toBeTruthy()
  expect(sent(request, 3)).toMatchObject({ method: 'POST', data: { payTo: 'wechat' } })
  expect(sent(request, 3).header['Idempotency-Key']).not.toBe(firstKey)
})

test('once approved, her card’s payment says where the money goes and leads to the page that follows it', async () => {
  openPage({ ...assessedOffsetVoucher, status: 'approved' }, approvedOntoCard, 'A****1234')
  const voucher = await voucherCard()
  expect(await voucher.findByText('发到：我的社保卡 A****1234')).toBeTruthy()
  expect(voucher.getByText('正在付款，等待到账')).toBeTruthy()
  expect(voucher.getByText('付款方式：社保卡')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '确认收款' })).toBeNull()
  fireEvent.click(voucher.getByRole('link', { name: '在“到卡资金”查看到账情况' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.myCardPayments })
})

test('returned by the card’s bank, it says so in words she can act on', async () => {
  const returned: SubsidyApplication = { ...approvedOntoCard, payment: { status: 'failed', channel: 'card', paidAt: null, failure: 'bounced' } }
  openPage({ ...assessedOffsetVoucher, status: 'approved' }, returned, 'A****1234')
  const voucher = await voucherCard()
  expect(await voucher.findByText('没有付成功：发卡银行没能把钱打到社保卡上，会重新发放')).toBeTruthy()
})

test('in English and care mode, the choice and her card’s payment read in her language', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage(assessedOffsetVoucher, null, 'A****1234')
  const voucher = await voucherCard()
  fireEvent.click(await voucher.findByRole('button', { name: 'Apply for my subsidy' }))
  const choice = voucher.getByRole('radiogroup', { name: 'Where should it go?' })
  expect(within(choice).getByRole('radio', { name: 'WeChat balance' })).toBeTruthy()
  fireEvent.click(within(choice).getByRole('radio', { name: 'My citizen card A****1234' }))
  request.mockResolvedValueOnce(answer(201, { ...approvedOntoCard, status: 'applied', decidedAt: null, payment: null }))
  fireEvent.click(voucher.getByRole('button', { name: 'Yes, apply' }))
  expect(await voucher.findByText('Goes to: my citizen card A****1234')).toBeTruthy()
  expect(sent(request, 2).data).toEqual({ payTo: 'card' })
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
})

test('in English, an approved payment onto her card links to Money onto my card', async () => {
  localeStore.set('en')
  openPage({ ...assessedOffsetVoucher, status: 'approved' }, approvedOntoCard, null)
  const voucher = await voucherCard()
  expect(await voucher.findByText('Goes to: my citizen card')).toBeTruthy()
  expect(voucher.getByText('Paid through: citizen card')).toBeTruthy()
  expect(voucher.getByRole('link', { name: 'See whether it has arrived in Money onto my card' })).toBeTruthy()
})

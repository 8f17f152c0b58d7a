import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, expect, test, vi } from 'vitest'
import type { MySubsidyApplication, SubsidyApplication } from '@renshe/shared/training/subsidy'
import type { Voucher } from '@renshe/shared/training/schemas'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { assessedOffsetVoucher, holderApplication, waitingApplication } from '../../test-fixtures'
import MyTrainingPage from './index'

// The page is tested as in the browser (the default build) and, by switching this, as in WeChat.
const wechat = vi.hoisted(() => ({ available: false, confirm: vi.fn() }))
vi.mock('../../../../lib/transfer-confirmation', () => ({
  transferConfirmationAvailable: () => wechat.available,
  confirmTransfer: (...args: unknown[]): unknown => wechat.confirm(...args),
}))
afterEach(() => {
  wechat.available = false
})

const request = vi.mocked(Taro.request)

/** Her page with one voucher and its subsidy's answer; `cardNumberMasked`: her card money can be paid onto, none unless said. */
function openPage(voucher: Voucher, application: SubsidyApplication | MySubsidyApplication | null, cardNumberMasked: string | null = null) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request
    .mockResolvedValueOnce(answer(200, { vouchers: [voucher], claimable: [] }))
    .mockResolvedValueOnce(answer(200, { application: application && { confirmation: null, ...application }, cardNumberMasked }))
  render(<MyTrainingPage />)
}

const voucherCard = async () => within((await screen.findByRole('heading', { name: '电工技能提升培训券' })).parentElement as HTMLElement)

test('after her result she applies for her offset voucher’s subsidy, confirmed in the page, and reads the amount and where it stands', async () => {
  openPage(assessedOffsetVoucher, null)
  const voucher = await voucherCard()
  expect(await voucher.findByText('考核合格后，可以申请这张抵扣券的培训补贴，审核通过后打到您的账户。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/vouchers/v-5/subsidy', method: 'GET' })

  fireEvent.click(voucher.getByRole('button', { name: '申请培训补贴' }))
  expect(voucher.getByRole('alert').textContent).toContain('每人每年最多申请 3 次')
  fireEvent.click(voucher.getByRole('button', { name: '先不申请' }))
  expect(request).toHaveBeenCalledTimes(2)

  fireEvent.click(voucher.getByRole('button', { name: '申请培训补贴' }))
  request.mockResolvedValueOnce(answer(201, holderApplication))
  fireEvent.click(voucher.getByRole('button', { name: '是的，申请' }))
  expect(await voucher.findByText('已申请培训补贴 ¥2,000.50。审核结果会在“消息”里通知您。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/vouchers/v-5/subsidy', method: 'POST' })
  expect(sent(request, 2).header['Idempotency-Key']).toBeTruthy()
  expect(voucher.getByText('补贴申请审核中')).toBeTruthy()
  expect(voucher.getByText('待审核')).toBeTruthy()
  expect(voucher.getByText('补贴 ¥2,000.50 · 付给学员本人')).toBeTruthy()
  expect(voucher.getByText('证书 S330302202600011，2026年11月20日核发')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '申请培训补贴' })).toBeNull()
})

test('a fourth subsidy in a year is refused in her language, with what the yearly limit means for her', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage(assessedOffsetVoucher, null)
  const voucher = await voucherCard()
  fireEvent.click(await voucher.findByRole('button', { name: 'Apply for my subsidy' }))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.yearlyLimit', message: '今年已享受 3 次' }] })))
  fireEvent.click(voucher.getByRole('button', { name: 'Yes, apply' }))
  expect(await voucher.findByText('Three training subsidies were already had this year, the yearly limit')).toBeTruthy()
  expect(voucher.getByText(/You can apply again from 1 January next year/)).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
})

test('an application being decided is shown on her voucher, with no way to apply twice', async () => {
  openPage({ ...assessedOffsetVoucher, status: 'subsidy_applied' }, holderApplication)
  const voucher = await voucherCard()
  expect(await voucher.findByText('补贴 ¥2,000.50 · 付给学员本人')).toBeTruthy()
  expect(voucher.getByText('待审核')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '申请培训补贴' })).toBeNull()
})

test('a declined application shows the officer’s reason, and she may apply again', async () => {
  const declined = { ...holderApplication, status: 'declined' as const, decidedAt: '2026-11-30T02:00:00.000Z', declineReason: '证书编号与鉴定机构登记的不一致' }
  openPage(assessedOffsetVoucher, declined)
  const voucher = await voucherCard()
  expect(await voucher.findByText('未通过的原因：证书编号与鉴定机构登记的不一致')).toBeTruthy()
  expect(voucher.getByText('未通过')).toBeTruthy()
  expect(voucher.getByText('您可以再次申请。')).toBeTruthy()
  expect(voucher.getByRole('button', { name: '申请培训补贴' })).toBeTruthy()
})

test('on a face-value voucher the school applies: she sees its application, paid to the institution, and no button', async () => {
  openPage({ ...assessedOffsetVoucher, payment: 'face_value', status: 'approved' }, { ...waitingApplication, status: 'approved', decidedAt: '2026-11-30T02:00:00.000Z' })
  const voucher = await voucherCard()
  expect(await voucher.findByText('补贴 ¥1,500.00 · 付给培训机构')).toBeTruthy()
  expect(voucher.getByText('已批准')).toBeTruthy()
  expect(voucher.getByText('2026年11月30日审核')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '申请培训补贴' })).toBeNull()
})

const confirmation = { mchId: '1900000109', appId: 'wx-test-app', package: 'fake-package-1' }
const approvedOwn = { ...holderApplication, status: 'approved' as const, decidedAt: '2026-11-30T02:00:00.000Z' }
/** Her subsidy on its way to her WeChat balance, waiting for her to confirm the receipt. */
const waiting: MySubsidyApplication = { ...approvedOwn, payment: { status: 'pending', channel: 'wechat', paidAt: null, failure: null }, confirmation }
const arrived: MySubsidyApplication = { ...approvedOwn, status: 'paid', payment: { status: 'paid', channel: 'wechat', paidAt: '2026-12-01T02:05:00.000Z', failure: null }, confirmation: null }
const approvedVoucher: Voucher = { ...assessedOffsetVoucher, status: 'approved' }

test('a paid subsidy shows the day it arrived and where', async () => {
  openPage({ ...assessedOffsetVoucher, status: 'paid' }, arrived)
  const voucher = await voucherCard()
  expect(await voucher.findByText('已到账（2026年12月1日）')).toBeTruthy()
  expect(voucher.getByText('付款方式：微信零钱')).toBeTruthy()
  expect(voucher.getByText('补贴已发放')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '确认收款' })).toBeNull()
})

test('an approved subsidy not yet sent says so, with nothing to confirm', async () => {
  openPage(approvedVoucher, approvedOwn)
  const voucher = await voucherCard()
  expect(await voucher.findByText('尚未发放')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '确认收款' })).toBeNull()
  expect(voucher.queryByText(/请在微信中打开本服务的小程序/)).toBeNull()
})

test('in WeChat, a payout waiting for her opens WeChat’s receipt page, then the portal checks it and she reads that it arrived', async () => {
  wechat.available = true
  wechat.confirm.mockResolvedValueOnce('confirmed')
  openPage(approvedVoucher, waiting)
  const voucher = await voucherCard()
  expect(await voucher.findByText('正在付款，等待到账')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { application: arrived }))
  fireEvent.click(voucher.getByRole('button', { name: '确认收款' }))
  expect(await voucher.findByText('已确认收款，补贴已到账。')).toBeTruthy()
  expect(wechat.confirm).toHaveBeenCalledWith(confirmation)
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/vouchers/v-5/subsidy/payment-check', method: 'POST' })
  expect(sent(request, 2).header['X-Acting-For']).toBeUndefined()
  expect(voucher.getByText('已到账（2026年12月1日）')).toBeTruthy()
  expect(voucher.getByText('补贴已发放')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: '确认收款' })).toBeNull()
})

test('in WeChat, leaving the receipt page asks nothing of the portal; a check that finds it still on its way says so, and the button stays', async () => {
  wechat.available = true
  wechat.confirm.mockResolvedValueOnce('cancelled').mockResolvedValueOnce('confirmed')
  openPage(approvedVoucher, waiting)
  const voucher = await voucherCard()
  const button = await voucher.findByRole('button', { name: '确认收款' })
  fireEvent.click(button)
  await vi.waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull())
  expect(wechat.confirm).toHaveBeenCalledTimes(1)
  expect(request).toHaveBeenCalledTimes(2)

  request.mockResolvedValueOnce(answer(200, { application: waiting }))
  fireEvent.click(voucher.getByRole('button', { name: '确认收款' }))
  expect(await voucher.findByText('微信支付还在处理，到账后会显示在这里。')).toBeTruthy()
  expect(voucher.getByRole('button', { name: '确认收款' })).toBeTruthy()
})

test('in a browser, in English and care mode, a payout waiting for her says to confirm it in the mini-program, in WeChat', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage(approvedVoucher, waiting)
  const voucher = await voucherCard()
  expect(await voucher.findByText('The subsidy is waiting for you to confirm receipt. Open this service’s mini-program in WeChat and tap “Confirm receipt” on this page.')).toBeTruthy()
  expect(voucher.getByText('On its way, not arrived yet')).toBeTruthy()
  expect(voucher.queryByRole('button', { name: 'Confirm receipt' })).toBeNull()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { SubsidyApplication } from '@renshe/shared/training/subsidy'
import type { Voucher } from '@renshe/shared/training/schemas'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { assessedOffsetVoucher, holderApplication, waitingApplication } from '../../test-fixtures'
import MyTrainingPage from './index'

const request = vi.mocked(Taro.request)

function openPage(voucher: Voucher, application: SubsidyApplication | null) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { vouchers: [voucher], claimable: [] })).mockResolvedValueOnce(answer(200, { application }))
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

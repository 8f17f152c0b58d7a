import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { SubsidyApplication } from '@renshe/shared/training/subsidy'
import { answer, noAnswer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { approvedApplication, holderApplication, officer } from '../../test-fixtures'
import TrainingSubsidiesPage from './index'

const request = vi.mocked(Taro.request)

/** 张*'s own application, approved; its transfer to her WeChat balance failed: she never logged in with WeChat. */
const noOpenid: SubsidyApplication = {
  ...holderApplication,
  status: 'approved',
  decidedAt: '2026-11-30T02:00:00.000Z',
  payment: { status: 'failed', channel: 'wechat', paidAt: null, failure: 'no_openid' },
}
/** 李*'s, sent through the development channel and on its way. */
const onItsWay: SubsidyApplication = {
  ...approvedApplication,
  id: 'sa-3',
  voucherNumber: 'PX2026000008',
  traineeMaskedName: '李*',
  payment: { status: 'pending', channel: 'development', paidAt: null, failure: null },
}

/** The page opens on the waiting ones; the approved ones are a tap away. */
async function openApproved(items: readonly SubsidyApplication[] = [approvedApplication, noOpenid, onItsWay]) {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  render(<TrainingSubsidiesPage />)
  await screen.findByText(/没有待审核的培训补贴申请|No subsidy application is waiting/)
  request.mockResolvedValueOnce(answer(200, { items, nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: /^(已批准|Approved)$/ }))
  await screen.findAllByRole('heading', { level: 2 })
}

const item = (name: string) => within(screen.getByRole('heading', { name }).parentElement as HTMLElement)
const checkbox = (name: string) => screen.getByRole('checkbox', { name })

test('each approved application shows its payment: not yet sent, failed and why, on its way, and the development channel said to move no money', async () => {
  await openApproved()
  expect(sent(request, 1).url).toBe('/api/training/subsidies?status=approved')
  expect(screen.getByText(/已批准的补贴在这里发放/)).toBeTruthy()
  expect(item('陈* · 养老护理员（五级）周末班').getByText('尚未发放')).toBeTruthy()
  const zhang = item('张* · 电工（四级）晚班')
  expect(zhang.getByText('没有付成功：学员没有用微信登录过本服务，无法转入微信零钱')).toBeTruthy()
  expect(zhang.getByText('付款方式：微信零钱')).toBeTruthy()
  const li = item('李* · 养老护理员（五级）周末班')
  expect(li.getByText('正在付款，等待到账')).toBeTruthy()
  expect(li.getByText('付款方式：开发环境·未实际付款')).toBeTruthy()
})

test('she pays the chosen ones after a confirmation naming the count and the total, and reads what was sent and what was skipped, and why', async () => {
  await openApproved()
  const none = screen.getByRole('button', { name: '先选中要发放的申请' })
  expect(none.getAttribute('aria-disabled')).toBe('true')
  fireEvent.click(none)
  expect(request).toHaveBeenCalledTimes(2)

  fireEvent.click(checkbox('选中显示的全部 3 条'))
  expect(screen.getByText('已选 3 条，补贴共 ¥5,000.50')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '发放选中的 3 条' }))
  expect(screen.getByRole('alert').textContent).toBe('发放这 3 条补贴，共 ¥5,000.50？每条付给它的收款方，已发出的不会重复付款。')
  fireEvent.click(screen.getByRole('button', { name: '先不发放' }))
  expect(request).toHaveBeenCalledTimes(2)

  fireEvent.click(screen.getByRole('button', { name: '发放选中的 3 条' }))
  request.mockResolvedValueOnce(
    answer(200, {
      sent: [{ ...approvedApplication, status: 'paid', payment: { status: 'paid', channel: 'development', paidAt: '2026-12-01T02:00:00.000Z', failure: null } }, noOpenid],
      skipped: [{ id: 'sa-3', reason: 'already_paid' }],
    }),
  )
  fireEvent.click(screen.getByRole('button', { name: '是的，发放' }))
  const sentNotice = within((await screen.findByRole('heading', { name: '这次发出 2 条，补贴共 ¥3,500.50：' })).parentElement as HTMLElement)
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/subsidies/payments', method: 'POST', data: { applicationIds: ['sa-1', 'sa-2', 'sa-3'] } })
  expect(sent(request, 2).header['Idempotency-Key']).toBeTruthy()
  expect(sent(request, 2).header['X-Acting-For']).toBeUndefined()
  expect(sentNotice.getByText('陈* · 养老护理员（五级）周末班：已到账（2026年12月1日）')).toBeTruthy()
  expect(sentNotice.getByText('张* · 电工（四级）晚班：没有付成功：学员没有用微信登录过本服务，无法转入微信零钱')).toBeTruthy()
  const skipped = within(screen.getByRole('heading', { name: '1 条没有发放' }).parentElement as HTMLElement)
  expect(skipped.getByText('李* · 养老护理员（五级）周末班：已经到账，没有再付。')).toBeTruthy()
  // The paid one and the skipped one left the list; the failed one stays, to be paid again.
  expect(screen.queryByRole('heading', { name: '陈* · 养老护理员（五级）周末班' })).toBeNull()
  expect(screen.queryByRole('heading', { name: '李* · 养老护理员（五级）周末班' })).toBeNull()
  expect(checkbox('选中 张*（券号 PX2026000105）').getAttribute('aria-checked')).toBe('false')
  expect(screen.getByRole('button', { name: '先选中要发放的申请' })).toBeTruthy()
})

test('a run whose answer was lost is sent again with the same key; another choice is another run', async () => {
  await openApproved()
  fireEvent.click(checkbox('选中 陈*（券号 PX2026000007）'))
  fireEvent.click(screen.getByRole('button', { name: '发放选中的 1 条' }))
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '是的，发放' }))
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(200, { sent: [{ ...approvedApplication, payment: { status: 'pending', channel: 'bank', paidAt: null, failure: null } }], skipped: [] }))
  fireEvent.click(retry)
  expect(await screen.findByText('陈* · 养老护理员（五级）周末班：正在付款，等待到账')).toBeTruthy()
  expect(sent(request, 3).header['Idempotency-Key']).toBe(sent(request, 2).header['Idempotency-Key'])
  // On its way: it stays, its payment as it now stands.
  expect(item('陈* · 养老护理员（五级）周末班').getByText('付款方式：银行转账')).toBeTruthy()

  fireEvent.click(checkbox('选中 陈*（券号 PX2026000007）'))
  fireEvent.click(screen.getByRole('button', { name: '发放选中的 1 条' }))
  request.mockResolvedValueOnce(answer(200, { sent: [], skipped: [{ id: 'sa-1', reason: 'not_approved' }] }))
  fireEvent.click(screen.getByRole('button', { name: '是的，发放' }))
  expect(await screen.findByText('陈* · 养老护理员（五级）周末班：这条申请没有批准（或已不予通过），不能发放。')).toBeTruthy()
  expect(sent(request, 4).header['Idempotency-Key']).not.toBe(sent(request, 2).header['Idempotency-Key'])
})

test('in English and care mode the payments speak English, the development channel included', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  await openApproved()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  const zhang = item('张* · 电工（四级）晚班')
  expect(zhang.getByText('Payment failed: the trainee never logged in with WeChat, so nothing can go to a WeChat balance')).toBeTruthy()
  expect(item('李* · 养老护理员（五级）周末班').getByText('Paid through: development, no money moved')).toBeTruthy()
  expect(item('陈* · 养老护理员（五级）周末班').getByText('Not yet paid out')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Pick the applications to pay first' })).toBeTruthy()
  fireEvent.click(checkbox('Pick 张* (voucher PX2026000105)'))
  fireEvent.click(screen.getByRole('button', { name: 'Pay the 1 chosen' }))
  expect(screen.getByRole('alert').textContent).toBe('Pay the chosen subsidies (1), ¥2,000.50 in all? Each goes to its payee; nothing already sent is paid twice.')
  expect(screen.getByRole('button', { name: 'Yes, pay' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Not now' })).toBeTruthy()
})

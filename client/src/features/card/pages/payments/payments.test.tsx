import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CardPayment } from '@renshe/shared/card/money'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, noAnswer, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import MyCardPaymentsPage from './index'
import { creditedPayment, paymentsPage } from '../../test-fixtures'

const request = vi.mocked(Taro.request)

const credited = creditedPayment

/** A training subsidy sent to the bank on 20 December, not yet confirmed. */
const queued: CardPayment = {
  ...credited,
  id: 'pay-13',
  source: 'training_subsidy',
  period: null,
  amountFen: 150_050,
  status: 'queued',
  orderedAt: '2026-12-20T02:00:00.000Z',
  queuedAt: '2026-12-20T02:00:00.000Z',
  creditedAt: null,
}

/** January's allowance, held while her card is reported lost. */
const heldStopped: CardPayment = {
  ...credited,
  id: 'pay-14',
  period: '2027-01',
  status: 'held',
  heldBecause: 'card_stopped',
  orderedAt: '2027-01-15T01:00:00.000Z',
  queuedAt: null,
  creditedAt: null,
}

/** A flexible workers' subsidy the bank could not credit. */
const returned: CardPayment = {
  ...credited,
  id: 'pay-11',
  source: 'flexible_subsidy',
  period: '2026-11',
  amountFen: 80_000,
  status: 'returned',
  creditedAt: null,
  returnedAt: '2026-11-18T03:00:00.000Z',
  orderedAt: '2026-11-16T01:00:00.000Z',
}

const totals = { creditedFen: 30_000, onTheWayFen: 150_050, heldFen: 30_000 }

const items = () => screen.getAllByRole('listitem').map((item) => within(item))

async function openPage(first = paymentsPage([heldStopped, queued, credited, returned], null, totals)) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, first))
  const rendered = render(<MyCardPaymentsPage />)
  await screen.findByRole('list')
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/me/payments', method: 'GET' })
  return rendered
}

test('the holder sees what is on her card, on its way and held, then each payment newest first with where it is', async () => {
  await openPage()
  expect(screen.getByRole('heading', { name: '到卡资金', level: 1 })).toBeTruthy()
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  const sums = within(screen.getByRole('group', { name: '金额合计' }))
  expect(sums.getByText('已到卡').nextSibling?.textContent).toBe('¥300.00')
  expect(sums.getByText('在途').nextSibling?.textContent).toBe('¥1,500.50')
  expect(sums.getByText('暂缓发放').nextSibling?.textContent).toBe('¥300.00')

  const [held, onItsWay, done, back] = items()
  expect(held?.getByRole('heading', { name: '2027年1月高龄津贴' })).toBeTruthy()
  expect(held?.getByText('暂缓发放')).toBeTruthy()
  expect(held?.getByText('¥300.00')).toBeTruthy()
  expect(held?.getByText('社保卡挂失或补卡中，卡恢复使用或领到新卡后自动发放。')).toBeTruthy()
  expect(held?.getByText('发放日期：2027年1月15日')).toBeTruthy()

  // A payment with no month is named by its programme alone.
  expect(onItsWay?.getByRole('heading', { name: '培训补贴' })).toBeTruthy()
  expect(onItsWay?.getByText('银行处理中')).toBeTruthy()
  expect(onItsWay?.getByText('¥1,500.50')).toBeTruthy()
  expect(onItsWay?.getByText('社保卡 A****5678（温州银行）')).toBeTruthy()
  expect(onItsWay?.queryByText(/^到卡日期/)).toBeNull()

  expect(done?.getByRole('heading', { name: '2026年12月高龄津贴' })).toBeTruthy()
  expect(done?.getByText('已到卡')).toBeTruthy()
  expect(done?.getByText('到卡日期：2026年12月16日')).toBeTruthy()

  expect(back?.getByRole('heading', { name: '2026年11月灵活就业社保补贴' })).toBeTruthy()
  expect(back?.getByText('已退回')).toBeTruthy()
  expect(back?.getByText('银行未能入账，已退回发放单位，经办人会与您联系。')).toBeTruthy()
  expect(back?.getByText('退回日期：2026年11月18日')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()
})

test('a payment held because she has no card yet says so and leads to applying for one', async () => {
  const noCard: CardPayment = { ...heldStopped, heldBecause: 'no_card', cardNumberMasked: null, bankName: null }
  await openPage(paymentsPage([noCard], null, { heldFen: 30_000 }))
  const [held] = items()
  expect(held?.getByText('还没有可用的社保卡，领到社保卡后自动发放。')).toBeTruthy()
  expect(held?.queryByText(/^社保卡 /)).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '申领社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.cardApply })
})

test('"load more" asks from where the list stopped and adds the older payments, the totals staying those of now', async () => {
  await openPage(paymentsPage([heldStopped, queued], 'cursor-2', totals))
  request.mockResolvedValueOnce(answer(200, paymentsPage([credited, returned], null, { creditedFen: 1, onTheWayFen: 2, heldFen: 3 })))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  expect(await screen.findByRole('heading', { name: '2026年11月灵活就业社保补贴' })).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/card/me/payments?cursor=cursor-2', method: 'GET' })
  expect(items()).toHaveLength(4)
  expect(within(screen.getByRole('group', { name: '金额合计' })).getByText('已到卡').nextSibling?.textContent).toBe('¥300.00')
  expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()
})

test('with nothing paid onto the card yet she reads so, and no totals', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, paymentsPage([])))
  render(<MyCardPaymentsPage />)
  expect(await screen.findByText('还没有发到社保卡上的津贴或补贴。发放后会在这里显示，也会在“消息”里通知您。')).toBeTruthy()
  expect(screen.queryByRole('group', { name: '金额合计' })).toBeNull()
})

test('a list that gets no answer says so and is tried again', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockRejectedValueOnce(noAnswer())
  render(<MyCardPaymentsPage />)
  const retry = await screen.findByRole('button', { name: '重试' })
  expect(screen.getByText('网络连接失败')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, paymentsPage([credited], null, { creditedFen: 30_000 })))
  fireEvent.click(retry)
  expect(await screen.findByRole('heading', { name: '2026年12月高龄津贴' })).toBeTruthy()
})

test('grid staff acting for her read her payments under the grant, named as hers', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValueOnce(answer(200, paymentsPage([])))
  render(<MyCardPaymentsPage />)
  expect(await screen.findByText('张*红还没有发到社保卡上的津贴或补贴。')).toBeTruthy()
  expect(screen.getByText('这是张*红发到社保卡上的津贴、补贴。')).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/me/payments', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-5')
})

test('grid staff acting under a grant without card.assist are told so, and never see her payments', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-7', maskedName: '王**', idNumberHint: '3303…', scopes: ['jobs.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValueOnce(answer(200, paymentsPage([credited], null, { creditedFen: 30_000 })))
  render(<MyCardPaymentsPage />)
  expect(screen.getByText('王**给您的授权不包含此事项，不能代为查看或办理。')).toBeTruthy()
  await waitFor(() => expect(request).toHaveBeenCalledTimes(1))
  expect(screen.queryByRole('heading', { name: '2026年12月高龄津贴' })).toBeNull()
  expect(screen.queryByText('¥300.00')).toBeNull()
})

test('logged out, the page asks for a login that leads back to it', () => {
  render(<MyCardPaymentsPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.myCardPayments)}` })
  expect(request).not.toHaveBeenCalled()
})

test('in English and care mode the totals, the programmes, the months and the reasons speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  await openPage()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'Money onto my card', level: 1 })).toBeTruthy()
  const sums = within(screen.getByRole('group', { name: 'Totals' }))
  expect(sums.getByText('On the way').nextSibling?.textContent).toBe('¥1,500.50')
  const [held, onItsWay, done, back] = items()
  expect(held?.getByRole('heading', { name: 'Longevity allowance, Jan 2027' })).toBeTruthy()
  expect(held?.getByText(/^The card is reported lost or being replaced/)).toBeTruthy()
  expect(onItsWay?.getByText('With the bank')).toBeTruthy()
  expect(onItsWay?.getByText('Citizen card A****5678 (温州银行)')).toBeTruthy()
  expect(done?.getByText('Credited: 16 Dec 2026')).toBeTruthy()
  expect(back?.getByRole('heading', { name: 'Flexible workers’ insurance subsidy, Nov 2026' })).toBeTruthy()
  expect(back?.getByText('Returned', { selector: '.card-payment__status' })).toBeTruthy()
})

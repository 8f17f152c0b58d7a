import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { MySubsidy, MySubsidyApplication } from '@renshe/shared/jobs/subsidy'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { pages } from '@renshe/shared/platform/pages'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import FlexibleSubsidyPage from './index'

// The page is tested as in the browser (the default build) and, by switching this, as in WeChat.
const wechat = vi.hoisted(() => ({ available: false, confirm: vi.fn() }))
vi.mock('../../../../lib/transfer-confirmation', () => ({
  transferConfirmationAvailable: () => wechat.available,
  confirmTransfer: (...args: unknown[]): unknown => wechat.confirm(...args),
}))

const request = vi.mocked(Taro.request)

const months = [
  { month: '2026-11', paidFen: 120_000 },
  { month: '2026-12', paidFen: 120_000 },
]
const open: MySubsidy = { enrolled: true, openMonths: months, upToFen: 160_000, canApply: true, applications: [], channel: 'development', cardNumberMasked: null }
const pending: MySubsidyApplication = {
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
  payTo: 'wechat',
  payout: null,
  confirmation: null,
}

async function openPage(subsidy: MySubsidy | null, heading = '灵活就业社保补贴') {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, subsidy ?? { enrolled: false, openMonths: [], upToFen: 0, canApply: false, applications: [], channel: 'development', cardNumberMasked: null }))
  render(<FlexibleSubsidyPage />)
  await screen.findByRole('heading', { name: heading })
}

test('paid months are offered with the most the subsidy can be; one tap applies, with an Idempotency-Key, and the page then says it is being checked', async () => {
  await openPage(open)
  expect(await screen.findByText('开发用支付通道：发到微信零钱的补贴不会真实转账，批准即视为已发放；发到社保卡的，要等银行确认到卡。')).toBeTruthy()
  expect(screen.getByText('2026年11月 – 2026年12月，共缴费 ¥2,400.00')).toBeTruthy()
  expect(screen.getByText('最多可补贴 ¥1,600.00，以经办人核实结果为准。')).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, pending))
  request.mockResolvedValueOnce(answer(200, { ...open, openMonths: [], upToFen: 0, canApply: false, applications: [pending] }))
  fireEvent.click(screen.getByRole('button', { name: '申请补贴' }))
  expect(await screen.findByText('已提交申请，请等待经办人审核。')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/jobs/subsidy/applications')
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ payTo: 'wechat' })
  expect(await screen.findByText('审核中')).toBeTruthy()
  expect(screen.getByText('批准后发到微信零钱')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '申请补贴' })).toBeNull()
})

test('an approved application shows the amount, the months and that the money is in the WeChat balance; a declined one its reason', async () => {
  localeStore.set('en')
  const approved: MySubsidyApplication = { ...pending, id: 'a2', status: 'approved', decidedAt: '2026-11-30T02:00:00.000Z', ruleId: 'employment_difficulty', subsidisedMonths: ['2026-11', '2026-12'], amountFen: 160_000, payout: { status: 'paid', channel: 'wechat', paidAt: '2026-11-30T02:00:00.000Z' } }
  const declined: MySubsidyApplication = { ...pending, id: 'a3', status: 'declined', declineReason: '未提供毕业证书' }
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { enrolled: true, openMonths: [], upToFen: 0, canApply: false, applications: [approved, declined], channel: 'wechat', cardNumberMasked: null }))
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

const confirmation = { mchId: '1900000109', appId: 'wx-test-app', package: 'fake-package-1' }
const waiting: MySubsidyApplication = {
  ...pending,
  id: 'a4',
  status: 'approved',
  decidedAt: '2026-11-30T02:00:00.000Z',
  ruleId: 'employment_difficulty',
  subsidisedMonths: ['2026-11', '2026-12'],
  amountFen: 160_000,
  payout: { status: 'pending', channel: 'wechat', paidAt: null },
  confirmation,
}
const waitingSubsidy: MySubsidy = { enrolled: true, openMonths: [], upToFen: 0, canApply: false, applications: [waiting], channel: 'wechat', cardNumberMasked: null }

test('in WeChat, a payout waiting for her confirmation has a button that opens WeChat’s receipt page, then asks the portal to check it', async () => {
  wechat.available = true
  wechat.confirm.mockResolvedValueOnce('confirmed')
  await openPage(waitingSubsidy)
  const paid = { ...waiting, payout: { status: 'paid', channel: 'wechat', paidAt: '2026-11-30T02:05:00.000Z' }, confirmation: null }
  request.mockResolvedValueOnce(answer(200, paid))
  request.mockResolvedValueOnce(answer(200, { ...waitingSubsidy, applications: [paid] }))
  fireEvent.click(await screen.findByRole('button', { name: '确认收款' }))
  expect(await screen.findByText('已转入微信零钱')).toBeTruthy()
  expect(wechat.confirm).toHaveBeenCalledWith(confirmation)
  expect(sent(request, 1).url).toBe('/api/jobs/subsidy/applications/a4/payout-check')
  expect(sent(request, 1).method).toBe('POST')
  expect(screen.queryByRole('button', { name: '确认收款' })).toBeNull()
  wechat.available = false
})

test('in WeChat, leaving the receipt page asks nothing of the portal, and the button stays', async () => {
  wechat.available = true
  wechat.confirm.mockResolvedValueOnce('cancelled')
  await openPage(waitingSubsidy)
  fireEvent.click(await screen.findByRole('button', { name: '确认收款' }))
  await vi.waitFor(() => expect(wechat.confirm).toHaveBeenCalled())
  expect(request).toHaveBeenCalledTimes(1)
  expect(screen.getByRole('button', { name: '确认收款' })).toBeTruthy()
  wechat.available = false
})

test('in a browser, the button is replaced by where to confirm: in the mini-program, in WeChat (both languages)', async () => {
  await openPage(waitingSubsidy)
  expect(await screen.findByText('补贴正等待您确认收款。请在微信中打开本服务的小程序，在此页面点“确认收款”。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认收款' })).toBeNull()
  localeStore.set('en')
  expect(await screen.findByText('The subsidy is waiting for you to confirm receipt. Open this service’s mini-program in WeChat and tap “Confirm receipt” on this page.')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Confirm receipt' })).toBeNull()
  localeStore.set('zh-CN')
})

/* ---- Where the money goes: her WeChat balance or her citizen card (decision 068) ---- */

const withCard: MySubsidy = { ...open, channel: 'wechat', cardNumberMasked: 'A****8415' }
const choice = () => within(screen.getByRole('group', { name: /发到哪里/ }))

test('she holds a card: the choice offers it by its masked number, WeChat is chosen until she picks the card, and the card is sent', async () => {
  await openPage(withCard)
  expect(choice().getByRole('button', { name: /微信零钱/ }).getAttribute('aria-pressed')).toBe('true')
  const card = choice().getByRole('button', { name: /我的社保卡（A\*\*\*\*8415）/ })
  expect(card.getAttribute('aria-pressed')).toBe('false')
  expect(screen.getByText('选社保卡时，如果卡正在挂失或补办，补贴会先保留，新卡启用后再入卡。')).toBeTruthy()
  fireEvent.click(card)
  expect(card.getAttribute('aria-pressed')).toBe('true')
  const applied: MySubsidyApplication = { ...pending, payTo: 'card' }
  request.mockResolvedValueOnce(answer(201, applied))
  request.mockResolvedValueOnce(answer(200, { ...withCard, openMonths: [], upToFen: 0, canApply: false, applications: [applied] }))
  fireEvent.click(screen.getByRole('button', { name: '申请补贴' }))
  expect(await screen.findByText('批准后发到社保卡')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ payTo: 'card' })
})

test('she holds no card that money can be paid onto: only WeChat is offered, and the page says why', async () => {
  await openPage(open)
  expect(choice().getAllByRole('button').map((button) => button.textContent)).toEqual(['✓微信零钱'])
  expect(screen.getByText('您还没有可以收款的社保卡，补贴将发到微信零钱。')).toBeTruthy()
})

test('a card refused by the portal is said at the choice and in the summary, in her language, and the choice stays', async () => {
  await openPage(withCard)
  fireEvent.click(choice().getByRole('button', { name: /我的社保卡/ }))
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.payTo', key: 'jobs.noPayableCard', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '申请补贴' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByText(/您还没有可以收款的社保卡（市民卡）/)).toBeTruthy()
  expect(choice().getByText(/您还没有可以收款的社保卡（市民卡）/)).toBeTruthy()
  expect(choice().getByRole('button', { name: /我的社保卡/ }).getAttribute('aria-pressed')).toBe('true')
  expect(screen.queryByText('已提交申请，请等待经办人审核。')).toBeNull()
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.payTo', key: 'jobs.noPayableCard', message: 'x' }] })))
  fireEvent.click(await screen.findByRole('button', { name: 'Apply for the subsidy' }))
  expect(await within(screen.getByRole('group', { name: /Where the money goes/ })).findByText(/You hold no citizen card that money can be paid onto: choose your WeChat balance/)).toBeTruthy()
  localeStore.set('zh-CN')
})

const ontoCard: MySubsidyApplication = { ...waiting, id: 'a5', payTo: 'card', payout: { status: 'pending', channel: 'card', paidAt: null }, confirmation: null }

test('after approval, money on its way to the card says so, with no WeChat receipt to confirm, and links to her money onto the card', async () => {
  wechat.available = true
  await openPage({ ...waitingSubsidy, applications: [ontoCard] })
  expect(await screen.findByText('正在发到社保卡')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认收款' })).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '查看到卡资金' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myCardPayments })
  wechat.available = false
})

test('in English and care mode the choice, and money credited onto the card, speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  const credited: MySubsidyApplication = { ...ontoCard, payout: { status: 'paid', channel: 'card', paidAt: '2026-11-30T02:00:00.000Z' } }
  await openPage({ ...withCard, applications: [credited] }, 'Flexible-worker subsidy')
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(within(screen.getByRole('group', { name: /Where the money goes/ })).getByRole('button', { name: /My citizen card \(A\*\*\*\*8415\)/ })).toBeTruthy()
  expect(screen.getByText('Paid onto your citizen card')).toBeTruthy()
  expect(screen.getByRole('link', { name: 'See money paid onto my card' })).toBeTruthy()
  carePreferenceStore.set('off')
  localeStore.set('zh-CN')
})

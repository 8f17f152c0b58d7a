import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CardReconciliation } from '@renshe/shared/card/money'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import CardReconciliationPage from './index'
import { shiftDay } from './day-picker'

const request = vi.mocked(Taro.request)
const officer = { ...citizen, id: 'u-liu', displayName: '刘*', roles: ['officer' as const], regionCode: '330302' }

/** Lucheng's 28 November 2026 (yesterday, by the portal's clock): the Wenzhou bank with three lines that do not match, ICBC clean. */
const yesterday: CardReconciliation = {
  day: '2026-11-28',
  regionCode: '330302',
  balanced: true,
  held: { count: 2, fen: 60_000 },
  banks: [
    {
      partnerId: 'bank-wz',
      bankName: '温州银行',
      queued: { count: 12, fen: 360_000 },
      credited: { count: 10, fen: 300_000 },
      returned: { count: 1, fen: 30_000 },
      outstanding: { count: 3, fen: 90_000 },
      items: [
        { kind: 'unconfirmed', reference: 'CP-0001', amountFen: 30_000, bankAmountFen: null, holderMaskedName: '张*红', at: '2026-11-26T02:00:00.000Z' },
        { kind: 'amount_mismatch', reference: 'CP-0007', amountFen: 30_000, bankAmountFen: 3_000, holderMaskedName: '李*', at: '2026-11-28T09:15:00.000Z' },
        { kind: 'unreadable', reference: 'line 14', amountFen: null, bankAmountFen: null, holderMaskedName: null, at: '2026-11-28T09:15:00.000Z' },
      ],
    },
    {
      partnerId: 'bank-icbc',
      bankName: '工商银行',
      queued: { count: 4, fen: 120_000 },
      credited: { count: 4, fen: 120_000 },
      returned: { count: 0, fen: 0 },
      outstanding: { count: 0, fen: 0 },
      items: [],
    },
  ],
}

const bank = (name: string) => within(screen.getByRole('region', { name }))
const tallies = (name: string) => bank(name).getAllByRole('listitem').filter((item) => item.className.includes('card-recon-tally')).map((item) => item.textContent)
const button = (name: string) => screen.getByRole('button', { name })

async function openPage(value: CardReconciliation = yesterday) {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, value))
  const rendered = render(<CardReconciliationPage />)
  await screen.findByText(/的对账$|^Reconciliation of/)
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/reconciliation', method: 'GET' })
  return rendered
}

test('yesterday’s reconciliation: the books balance, what is held, and bank by bank what was sent, credited, returned and not confirmed, with what does not match', async () => {
  await openPage()
  expect(screen.getByRole('heading', { name: '到卡资金对账', level: 1 })).toBeTruthy()
  expect(screen.getByText('鹿城区发到社保卡上的资金，按发卡银行逐家核对（按北京时间计日）。')).toBeTruthy()
  expect(screen.getByText('2026年11月28日的对账')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '账目平衡' })).toBeTruthy()
  expect(screen.queryByRole('alert')).toBeNull()
  expect(screen.getByText('暂缓发放（等待能用的社保卡）：2 笔，共 ¥600.00')).toBeTruthy()

  expect(tallies('温州银行')).toEqual(['发出12 笔，¥3,600.00', '已到卡10 笔，¥3,000.00', '退回1 笔，¥300.00', '未确认3 笔，¥900.00'])
  expect(bank('温州银行').getByRole('heading', { name: '对不上的（3 笔）' })).toBeTruthy()
  const lines = bank('温州银行')
    .getAllByRole('listitem')
    .filter((item) => item.className.includes('card-recon-item'))
    .map((item) => within(item))
  expect(lines).toHaveLength(3)
  const [late, differs, unreadable] = lines
  expect(late?.getByText('超过 24 小时未确认')).toBeTruthy()
  expect(late?.getByText('参考号：CP-0001')).toBeTruthy()
  expect(late?.getByText('我方金额：¥300.00')).toBeTruthy()
  expect(late?.getByText('持卡人：张*红')).toBeTruthy()
  expect(late?.getByText('时间：2026年11月26日 10:00')).toBeTruthy()
  expect(differs?.getByText('金额不符')).toBeTruthy()
  expect(differs?.getByText('银行报的金额：¥30.00')).toBeTruthy()
  expect(unreadable?.getByText('无法读取的行')).toBeTruthy()
  expect(unreadable?.queryByText(/^我方金额/)).toBeNull()
  expect(unreadable?.queryByText(/^持卡人/)).toBeNull()

  expect(tallies('工商银行')).toEqual(['发出4 笔，¥1,200.00', '已到卡4 笔，¥1,200.00', '退回0 笔，¥0.00', '未确认0 笔，¥0.00'])
  expect(bank('工商银行').getByText('这家银行这一天没有对不上的。')).toBeTruthy()
})

test('books that do not balance are said at once, above the banks, in an alert', async () => {
  await openPage({ ...yesterday, balanced: false, held: { count: 0, fen: 0 } })
  const alert = screen.getByRole('alert')
  expect(within(alert).getByRole('heading', { name: '账目不平，请核查' })).toBeTruthy()
  expect(alert.textContent).toContain('有资金变动的借方和贷方不相等')
  expect(alert.compareDocumentPosition(screen.getByRole('region', { name: '温州银行' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  expect(screen.queryByRole('heading', { name: '账目平衡' })).toBeNull()
  expect(screen.queryByText(/^暂缓发放/)).toBeNull()
})

test('the day before and after are a tap away, never past the portal’s yesterday; a typed day is read as the contract takes it', async () => {
  await openPage()
  // Yesterday is the last day that can be reconciled.
  expect(button('后一天').getAttribute('aria-disabled')).toBe('true')
  fireEvent.click(button('后一天'))
  expect(request).toHaveBeenCalledTimes(1)

  const before: CardReconciliation = { ...yesterday, day: '2026-11-27', balanced: false, banks: [] }
  request.mockResolvedValueOnce(answer(200, before))
  fireEvent.click(button('前一天'))
  expect(await screen.findByText('2026年11月27日的对账')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/card/reconciliation?day=2026-11-27', method: 'GET' })
  expect(screen.getByRole('heading', { name: '账目不平，请核查' })).toBeTruthy()
  expect(screen.getByText('这一天鹿城区没有发到社保卡上的资金。')).toBeTruthy()
  expect(button('后一天').getAttribute('aria-disabled')).toBeNull()

  request.mockResolvedValueOnce(answer(200, yesterday))
  fireEvent.click(button('后一天'))
  expect(await screen.findByText('2026年11月28日的对账')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/card/reconciliation?day=2026-11-28' })

  const field = screen.getByRole('textbox', { name: '查看其他日期' })
  fireEvent.change(field, { target: { value: '2026-11-29' } })
  fireEvent.click(button('查看这一天'))
  expect(screen.getByText('只能查看2026年11月28日及以前的对账')).toBeTruthy()
  fireEvent.change(field, { target: { value: '十一月' } })
  fireEvent.click(button('查看这一天'))
  expect(screen.getByText('请按 2026-12-01 的样子填写日期')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(3)

  request.mockResolvedValueOnce(answer(200, { ...yesterday, day: '2026-11-02' }))
  fireEvent.change(field, { target: { value: '2026/11/2' } })
  fireEvent.click(button('查看这一天'))
  expect(await screen.findByText('2026年11月2日的对账')).toBeTruthy()
  expect(sent(request, 3)).toMatchObject({ url: '/api/card/reconciliation?day=2026-11-02' })
})

test('a day counts across months and years by the calendar alone', () => {
  expect(shiftDay('2026-12-01', -1)).toBe('2026-11-30')
  expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01')
  expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29')
})

test('a reconciliation that will not load offers a retry', async () => {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(500, problem('internal', 500)))
  render(<CardReconciliationPage />)
  request.mockResolvedValueOnce(answer(200, yesterday))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByRole('heading', { name: '账目平衡' })).toBeTruthy()
})

test('logged out, the page asks for an officer’s login that leads back to it', () => {
  render(<CardReconciliationPage />)
  expect(screen.getByText('请先用经办人员账号登录，再查看本区的到卡资金对账。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.cardReconciliation)}` })
  expect(request).not.toHaveBeenCalled()
})

test('in English and care mode the day, the tallies and what does not match read in English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  const { container } = await openPage({ ...yesterday, balanced: false })
  expect(container.querySelector('.page--care')).toBeTruthy()
  expect(screen.getByRole('heading', { name: 'Card payments reconciliation', level: 1 })).toBeTruthy()
  expect(screen.getByText('Reconciliation of 28 Nov 2026')).toBeTruthy()
  expect(within(screen.getByRole('alert')).getByRole('heading', { name: 'The books do not balance: check them' })).toBeTruthy()
  expect(tallies('温州银行')).toEqual(['Sentcount 12, ¥3,600.00', 'Creditedcount 10, ¥3,000.00', 'Returnedcount 1, ¥300.00', 'Not confirmedcount 3, ¥900.00'])
  expect(bank('温州银行').getByText('Not confirmed after 24 hours')).toBeTruthy()
  expect(bank('温州银行').getByText('Amount the bank gave: ¥30.00')).toBeTruthy()
  expect(bank('温州银行').getByText('Unreadable line')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Previous day' })).toBeTruthy()
})

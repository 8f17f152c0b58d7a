import { render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { officer, overpayment } from '../../components/office-sample-data'
import OverpaymentsPage from './index'

const request = vi.mocked(Taro.request)

function openOverpayments() {
  sessionStore.set({ token: 'token-officer', me: officer })
  render(<OverpaymentsPage />)
}

test('an officer sees each pension paid after death, what to recover and who reported it, open ones first', async () => {
  request.mockResolvedValueOnce(
    answer(200, {
      items: [
        overpayment('o-1', { pensionerMaskedName: '李*', status: 'recovered', recordedAt: '2026-12-01T02:00:00.000Z' }),
        overpayment('o-2'),
      ],
    }),
  )
  openOverpayments()

  const list = await screen.findByRole('list', { name: '多发养老金记录' })
  expect(sent(request).url).toBe('/api/retiree/office/overpayments')
  const [first, second] = within(list).getAllByRole('listitem')
  expect(within(first!).getByText('周*明')).toBeTruthy()
  expect(within(first!).getByText('待追回')).toBeTruthy()
  expect(within(first!).getByText('¥5,960.00')).toBeTruthy()
  expect(within(first!).getByText('2026年9月14日')).toBeTruthy()
  expect(within(first!).getByText('2026年10月、2026年11月，共 2 个月')).toBeTruthy()
  expect(within(first!).getByText('温州市民政局')).toBeTruthy()
  expect(within(first!).getByText('2026年11月20日 10:00')).toBeTruthy()
  expect(within(second!).getByText('已追回')).toBeTruthy()
})

test('in English, with nothing to recover', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { items: [] }))
  openOverpayments()

  expect(await screen.findByText('There is no overpaid pension to recover.')).toBeTruthy()
  expect(screen.getByRole('heading', { level: 1, name: 'Overpaid pensions to recover' })).toBeTruthy()
})

test('an overpayment withdrawn because the death record was wrong says so, and comes after those to recover', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [overpayment('o-1', { status: 'withdrawn' }), overpayment('o-2', { pensionerMaskedName: '李*' })] }))
  openOverpayments()

  const [first, second] = within(await screen.findByRole('list', { name: '多发养老金记录' })).getAllByRole('listitem')
  expect(within(first!).getByText('待追回')).toBeTruthy()
  expect(within(second!).getByText('已作废（死亡信息有误）')).toBeTruthy()
})

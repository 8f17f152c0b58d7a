import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersProgramme, officer } from '../../test-fixtures'
import TrainingProgrammesPage from './index'

const request = vi.mocked(Taro.request)

function openPage() {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [carersProgramme], nextCursor: 'c-2' }))
  render(<TrainingProgrammesPage />)
}

const figure = (list: HTMLElement, name: string) => within(list).getByText(name).parentElement?.textContent

test('the officer sees her region’s programmes issuing, each with its ledger, and opens one', async () => {
  openPage()
  expect(await screen.findByRole('heading', { name: '2027年养老护理员培训券' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/programmes?status=open', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(screen.getByText('基础培训 · 面值券 · 定向券')).toBeTruthy()
  const ledger = screen.getByRole('list', { name: '发放情况' })
  expect(figure(ledger, '计划发放')).toBe('计划发放500 张')
  expect(figure(ledger, '已发出')).toBe('已发出300 张')
  expect(figure(ledger, '还可发放')).toBe('还可发放200 张')
  expect(figure(ledger, '已领取')).toBe('已领取120 张')
  expect(figure(ledger, '已过期')).toBe('已过期3 张')
  expect(figure(ledger, '已收回')).toBe('已收回1 张')
  // Its money, in yuan.
  const money = screen.getByRole('list', { name: '补贴资金' })
  expect(figure(money, '补贴预算')).toBe('补贴预算¥750,000.00')
  expect(figure(money, '申请中')).toBe('申请中¥4,500.00')
  expect(figure(money, '已批准待发放')).toBe('已批准待发放¥3,000.00')
  expect(figure(money, '已发放')).toBe('已发放¥15,000.00')

  fireEvent.click(screen.getByRole('link', { name: '查看“2027年养老护理员培训券”' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/programme/index?id=p-1' })
  fireEvent.click(screen.getByRole('button', { name: '新建一批培训券' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/training/pages/new-programme/index' })
})

test('more programmes load on request, and the stopped ones are another list from its first page', async () => {
  openPage()
  await screen.findByRole('heading', { name: '2027年养老护理员培训券' })
  request.mockResolvedValueOnce(answer(200, { items: [{ ...carersProgramme, id: 'p-3', name: '家政服务员培训券' }], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  expect(await screen.findByRole('heading', { name: '家政服务员培训券' })).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/training/programmes?status=open&cursor=c-2')

  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '已停止发放' }))
  expect(await screen.findByText('没有已停止发放的培训券。')).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/training/programmes?status=closed')
  expect(screen.queryByRole('heading', { name: '2027年养老护理员培训券' })).toBeNull()
})

test('in English and care mode the list and its ledger speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  expect(await screen.findByText('Basic training · Face value · Targeted')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(figure(screen.getByRole('list', { name: 'Vouchers' }), 'Still to issue')).toBe('Still to issue200')
  expect(figure(screen.getByRole('list', { name: 'Subsidy money' }), 'Approved, not yet paid')).toBe('Approved, not yet paid¥3,000.00')
  expect(screen.getByRole('link', { name: 'Open "2027年养老护理员培训券"' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Open a new programme' })).toBeTruthy()
})

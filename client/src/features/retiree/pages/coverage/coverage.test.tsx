import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { officer, sampleCoverage } from '../../components/office-sample-data'
import CoveragePage from './index'

const request = vi.mocked(Taro.request)

function openCoverage() {
  sessionStore.set({ token: 'token-officer', me: officer })
  render(<CoveragePage />)
}

test('an officer sees the region, the pensioners in each state, and each state opens its list', async () => {
  request.mockResolvedValueOnce(answer(200, sampleCoverage))
  openCoverage()

  expect(await screen.findByText('统计范围：鹿城区')).toBeTruthy()
  expect(sent(request).url).toBe('/api/retiree/office/coverage')
  expect(screen.getByRole('heading', { level: 1, name: '辖区养老认证概况' })).toBeTruthy()
  expect(screen.getByText('36 人')).toBeTruthy()

  const overdue = screen.getByRole('link', { name: /已逾期\s*4 人/ })
  fireEvent.click(overdue)
  expect(vi.mocked(Taro.navigateTo)).toHaveBeenCalledWith({ url: '/features/retiree/pages/pensioners/index?state=overdue' })
  expect(screen.getByRole('link', { name: /已暂停发放\s*3 人/ })).toBeTruthy()
})

test('certification by method is given in numbers and percents, not by the bars alone', async () => {
  request.mockResolvedValueOnce(answer(200, sampleCoverage))
  openCoverage()

  expect(await screen.findByText('12 人，占 60%')).toBeTruthy()
  expect(screen.getByText('7 人，占 35%')).toBeTruthy()
  expect(screen.getByText('1 人，占 5%')).toBeTruthy()
  expect(screen.getByText('本周期已认证的 20 人，各种认证方式所占的人数和比例。')).toBeTruthy()
})

test('money held back and overpaid is shown in yuan with two decimals, and leads to the lists to act on', async () => {
  request.mockResolvedValueOnce(answer(200, sampleCoverage))
  openCoverage()

  expect(await screen.findByText('¥15,060.00')).toBeTruthy()
  expect(screen.getByText('3 人暂停发放，认证后补发')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: /2 笔，共 ¥5,960.00/ }))
  expect(vi.mocked(Taro.navigateTo)).toHaveBeenCalledWith({ url: '/features/retiree/pages/overpayments/index' })
  fireEvent.click(screen.getByRole('link', { name: /待审核的上门认证/ }))
  expect(vi.mocked(Taro.navigateTo)).toHaveBeenLastCalledWith({ url: '/features/retiree/pages/reviews/index' })
  expect(screen.getByText('网格员尚未完成的上门任务')).toBeTruthy()
})

test('in English the same page reads in English', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { ...sampleCoverage, byMethod: { partner_signal: 0, face: 0, home_visit: 0 } }))
  openCoverage()

  expect(await screen.findByText('Region: Lucheng District')).toBeTruthy()
  expect(screen.getByRole('heading', { level: 1, name: 'Pension certification in your region' })).toBeTruthy()
  expect(screen.getByText('No one has certified this cycle yet.')).toBeTruthy()
  expect(screen.getByText('2 cases, ¥5,960.00 in all')).toBeTruthy()
})

test('a refusal is said in words', async () => {
  request.mockResolvedValueOnce(answer(403, problem('forbidden', 403)))
  openCoverage()

  expect(await screen.findByRole('heading', { name: '您没有办理此事项的权限' })).toBeTruthy()
})

test('death records waiting to be checked are counted and lead to the page where they are checked', async () => {
  request.mockResolvedValueOnce(answer(200, sampleCoverage))
  openCoverage()

  const deaths = await screen.findByRole('link', { name: /待核实的死亡信息\s*1 件/ })
  expect(within(deaths).getByText('核实前，这些人的养老金暂停发放')).toBeTruthy()
  fireEvent.click(deaths)
  expect(vi.mocked(Taro.navigateTo)).toHaveBeenCalledWith({ url: '/features/retiree/pages/deaths/index' })
})

test('with no death record to check, the figure says none and raises no alarm', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { ...sampleCoverage, deathRecordsPending: 0 }))
  openCoverage()

  expect(await screen.findByRole('link', { name: /Death records to check\s*0/ })).toBeTruthy()
  expect(screen.queryByText('Their pensions are on hold until checked')).toBeNull()
})

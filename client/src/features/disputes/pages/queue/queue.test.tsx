import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { appliedCase, awardedCase, summaryOf } from '../../test-fixtures'
import ArbitrationQueuePage from './index'

const request = vi.mocked(Taro.request)
const officer: Me = { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302' }
const late = summaryOf({ ...appliedCase, id: 'arb-2', caseNumber: '温鹿劳人仲案〔2026〕0002号', overdue: true, next: { step: 'accept', by: '2026-11-20', done: false, overdue: true } })

test('the officer reads the county’s cases, the overdue marked, filters to the overdue, and opens one', async () => {
  sessionStore.set({ token: 'token', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [late, summaryOf(awardedCase)], nextCursor: 'c-2' }))
  render(<ArbitrationQueuePage />)
  expect(screen.getByRole('heading', { name: '仲裁案件队列', level: 1 })).toBeTruthy()
  const rows = await screen.findAllByRole('listitem')
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/arbitration-queue?limit=30', method: 'GET' })
  expect(within(rows[0] as HTMLElement).getByText('已逾期')).toBeTruthy()
  expect(within(rows[0] as HTMLElement).getByText('申请人：张*红')).toBeTruthy()
  expect(screen.getByRole('button', { name: '加载更多' })).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { items: [late], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '只看逾期' }))
  await waitFor(() => expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/arbitration-queue?limit=30&overdue=true' }))
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1))
  expect(screen.getByRole('button', { name: /只看逾期/ }).getAttribute('aria-pressed')).toBe('true')
  fireEvent.click(screen.getByRole('link', { name: /温鹿劳人仲案〔2026〕0002号/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('arbitration', { id: 'arb-2' }) })
})

test('no overdue case is said as such', async () => {
  sessionStore.set({ token: 'token', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  render(<ArbitrationQueuePage />)
  expect(await screen.findByText('本区目前没有仲裁案件。')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '只看逾期' }))
  expect(await screen.findByText('没有逾期的案件。')).toBeTruthy()
})

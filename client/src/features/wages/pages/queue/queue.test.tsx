import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CaseSummary } from '@renshe/shared/wages/schemas'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { officer, sampleCase } from '../../components/office-sample-case'
import QueuePage from './index'

const request = vi.mocked(Taro.request)

const summary = (id: string, change: Partial<CaseSummary> = {}): CaseSummary => ({
  id,
  caseNumber: sampleCase.caseNumber,
  status: sampleCase.status,
  employerName: sampleCase.employerName,
  siteName: sampleCase.siteName,
  regionCode: sampleCase.regionCode,
  amountFen: sampleCase.amountFen,
  submittedAt: sampleCase.submittedAt,
  deadlines: sampleCase.deadlines,
  ...change,
})

const overdue = summary('case-2', { deadlines: { ...sampleCase.deadlines, daysLeft: -3, overdue: true } })

function openQueue() {
  sessionStore.set({ token: 'token-officer', me: officer })
  render(<QueuePage />)
}

test('the queue shows each case with its deadline, and an overdue one says so in words', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [overdue, summary('case-1')], nextCursor: null }))
  openQueue()

  expect(await screen.findByText('已超期 3 天')).toBeTruthy()
  expect(screen.getByText('还剩 2 天')).toBeTruthy()
  expect(screen.getAllByText('欠薪金额 ¥18,600.00')).toHaveLength(2)
  expect(sent(request).url).toBe('/api/wages/queue?limit=20&scope=open')
})

test('an officer can narrow the queue to one status and to overdue cases, and load more', async () => {
  for (const id of ['case-1', 'case-3', 'case-4']) request.mockResolvedValueOnce(answer(200, { items: [summary(id)], nextCursor: 'c2' }))
  request.mockResolvedValueOnce(answer(200, { items: [summary('case-5')], nextCursor: null }))
  openQueue()
  await screen.findByText('还剩 2 天')

  fireEvent.click(screen.getByRole('button', { name: '已办结' }))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(2))
  expect(sent(request, 1).url).toBe('/api/wages/queue?limit=20&status=closed&scope=all')
  expect(screen.getByRole('button', { name: '已办结' }).getAttribute('aria-pressed')).toBe('true')

  fireEvent.click(screen.getByRole('switch', { name: '只看已超期的案件' }))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 2).url).toBe('/api/wages/queue?limit=20&status=closed&scope=all&overdue=true')

  fireEvent.click(await screen.findByRole('button', { name: '加载更多案件' }))
  await waitFor(() => expect(request).toHaveBeenCalledTimes(4))
  expect(sent(request, 3).url).toContain('cursor=c2')
})

test('an empty queue says there is nothing to do', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  openQueue()

  expect(await screen.findByText('辖区内没有待办的案件。')).toBeTruthy()
})

import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { gridWorker, visitItem, visitTask } from '../../test-fixtures'
import VisitsPage from './index'

const request = vi.mocked(Taro.request)

test('grid staff see their pensioners, the most urgent first, with the deadline in words', async () => {
  sessionStore.set({ token: 'token-chen', me: gridWorker })
  request.mockResolvedValueOnce(
    answer(200, {
      items: [
        visitItem({ taskId: 'task-2', name: '孙建国', age: 71, daysLeft: 10, state: 'due', reason: 'face_failed' }),
        visitItem({ taskId: 'task-1' }),
      ],
    }),
  )
  render(<VisitsPage />)

  const rows = await screen.findAllByRole('link', { name: /岁/ })
  expect(rows[0]?.textContent).toContain('钱桂芳 · 86 岁')
  expect(rows[0]?.textContent).toContain('已逾期 5 天')
  expect(rows[1]?.textContent).toContain('还剩 10 天')
  expect(rows[1]?.textContent).toContain('原因：刷脸三次未通过')

  fireEvent.click(rows[0] as HTMLElement)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/retiree/pages/visit/index?id=task-1' })
})

test('a pensioner who granted the worker, with no task yet, gets one opened under that grant first', async () => {
  sessionStore.set({ token: 'token-chen', me: gridWorker })
  request.mockResolvedValueOnce(answer(200, { items: [visitItem({ taskId: null, grantId: 'grant-5', name: '王秀英', age: 82, reason: 'proxy' })] }))
  render(<VisitsPage />)
  request.mockResolvedValueOnce(answer(201, { ...visitTask, id: 'task-9', reason: 'proxy' }))

  fireEvent.click(await screen.findByRole('link', { name: /王秀英/ }))

  await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/retiree/pages/visit/index?id=task-9' }))
  expect(sent(request).header['X-Acting-For']).toBeUndefined()
  expect(sent(request, 1).url).toBe('/api/retiree/visits/proxy')
  expect(sent(request, 1).header['X-Acting-For']).toBe('grant-5')
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
})

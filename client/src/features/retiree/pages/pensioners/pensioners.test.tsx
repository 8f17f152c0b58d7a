import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { assignedTask, officer, pensioner } from '../../components/office-sample-data'
import PensionersPage from './index'

const request = vi.mocked(Taro.request)

function openList(state?: string) {
  sessionStore.set({ token: 'token-officer', me: officer })
  vi.mocked(useRouter).mockReturnValue({ params: state ? { state } : {} } as unknown as ReturnType<typeof useRouter>)
  render(<PensionersPage />)
}

test('the list opens on the state the coverage page chose and says each deadline in words', async () => {
  request.mockResolvedValueOnce(
    answer(200, {
      items: [
        pensioner('p-wu', { maskedName: '吴*兰', age: 78, gridCode: 'WG330302002', state: 'suspended', daysLeft: -90, heldFen: 502_000 }),
        pensioner('p-sun', { maskedName: '孙*国', age: 71, state: 'suspended', daysLeft: -1, heldFen: 0, gridCode: null }),
      ],
      nextCursor: null,
    }),
  )
  openList('suspended')

  expect(await screen.findByText('已逾期 90 天')).toBeTruthy()
  expect(sent(request).url).toBe('/api/retiree/office/pensioners?limit=20&state=suspended')
  expect(screen.getByRole('button', { name: '已暂停发放' }).getAttribute('aria-pressed')).toBe('true')
  expect(screen.getByText('吴*兰')).toBeTruthy()
  expect(screen.getByText('78 岁')).toBeTruthy()
  expect(screen.getByText('网格：WG330302002')).toBeTruthy()
  expect(screen.getByText('暂存待发 ¥5,020.00')).toBeTruthy()
  expect(screen.getByText('已逾期 1 天')).toBeTruthy()
  expect(screen.getByText('未分配网格')).toBeTruthy()
  expect(screen.getByText('共 2 人，已全部显示。')).toBeTruthy()
})

test('without a state the list shows the overdue; choosing another state and loading more ask again', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [pensioner('p-1')], nextCursor: null }))
    .mockResolvedValueOnce(answer(200, { items: [pensioner('p-2', { state: 'due', daysLeft: 20 })], nextCursor: 'c2' }))
    .mockResolvedValueOnce(answer(200, { items: [pensioner('p-3', { state: 'due', daysLeft: 0 })], nextCursor: null }))
  openList()

  await screen.findByText('已逾期 5 天')
  expect(sent(request).url).toBe('/api/retiree/office/pensioners?limit=20&state=overdue')

  fireEvent.click(screen.getByRole('button', { name: '待认证' }))
  expect(await screen.findByText('还剩 20 天')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/retiree/office/pensioners?limit=20&state=due')

  fireEvent.click(screen.getByRole('button', { name: '加载更多退休人员' }))
  expect(await screen.findByText('今天到期')).toBeTruthy()
  expect(sent(request, 2).url).toBe('/api/retiree/office/pensioners?limit=20&state=due&cursor=c2')
})

test('an officer sends grid staff to an overdue pensioner; the row then says the visit is assigned', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [pensioner('p-qian')], nextCursor: null }))
    .mockResolvedValueOnce(answer(201, assignedTask))
  openList('overdue')

  fireEvent.click(await screen.findByRole('button', { name: '派网格员上门' }))

  expect(await screen.findByText('已派单')).toBeTruthy()
  const assign = sent(request, 1)
  expect(assign.url).toBe('/api/retiree/office/pensioners/p-qian/visit')
  expect(assign.method).toBe('POST')
  expect(assign.header['Idempotency-Key']).toBeTruthy()
  expect(screen.getByText('网格员 WG330302001 已收到上门任务。')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '派网格员上门' })).toBeNull()
})

test('nobody is sent twice: a pensioner with an open task or already certified has no button', async () => {
  request.mockResolvedValueOnce(
    answer(200, {
      items: [pensioner('p-1', { openTask: true, maskedName: '甲*' }), pensioner('p-2', { state: 'certified', daysLeft: 200, maskedName: '乙*' })],
      nextCursor: null,
    }),
  )
  openList('overdue')

  expect(await screen.findByText('上门任务办理中')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '派网格员上门' })).toBeNull()
})

test('when the grid has nobody to send, the row says so and the officer can try again with the same key', async () => {
  request
    .mockResolvedValueOnce(answer(200, { items: [pensioner('p-qian')], nextCursor: null }))
    .mockRejectedValueOnce(noAnswer())
    .mockResolvedValueOnce(answer(409, problem('conflict', 409, { detail: 'No grid staff member serves this grid' })))
  openList('overdue')

  fireEvent.click(await screen.findByRole('button', { name: '派网格员上门' }))
  expect(await screen.findByRole('heading', { name: '网络连接失败' })).toBeTruthy()

  fireEvent.click(screen.getByRole('button', { name: '派网格员上门' }))
  const list = screen.getByRole('list', { name: '退休人员列表' })
  expect(await within(list).findByRole('heading', { name: '当前状态不允许此操作' })).toBeTruthy()
  expect(screen.getByText('没有派单成功。')).toBeTruthy()
  expect(screen.getByText(/这个网格还没有网格员/)).toBeTruthy()
  await waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
  expect(screen.queryByText('已派单')).toBeNull()
})

test('a state with nobody in it says so', async () => {
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  openList('stopped')

  expect(await screen.findByText('没有处于“已停发”状态的退休人员。')).toBeTruthy()
})

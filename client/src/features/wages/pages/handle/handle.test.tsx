import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { officer, sampleCase } from '../../components/office-sample-case'
import HandlePage from './index'

const request = vi.mocked(Taro.request)

function openCase() {
  sessionStore.set({ token: 'token-officer', me: officer })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'case-1' } } as unknown as ReturnType<typeof useRouter>)
  render(<HandlePage />)
}

test('an officer opening a case sees who complains, about whom, how much and by when', async () => {
  request.mockResolvedValueOnce(answer(200, sampleCase))
  openCase()

  expect(await screen.findByText('138****5678')).toBeTruthy()
  expect(sent(request).url).toBe('/api/wages/complaints/case-1')
  expect(screen.getByText('张*')).toBeTruthy()
  expect(screen.getByText('91330302MA2AB1234X')).toBeTruthy()
  expect(screen.getByText('2026年8月 至 2026年10月')).toBeTruthy()
  expect(screen.getByText('¥18,600.00')).toBeTruthy()
  expect(screen.getByText('另有 3 人')).toBeTruthy()
  expect(screen.getByText('鹿城区')).toBeTruthy()
  expect(screen.getByRole('button', { name: '记录调解结果' })).toBeTruthy()
  expect(screen.getByRole('heading', { level: 1, name: '办理欠薪案件' })).toBeTruthy()
})

test('when someone else moved the case first, the officer is told and sees it as it is now', async () => {
  request
    .mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'submitted', allowedActions: ['accept', 'reject'] }))
    .mockResolvedValueOnce(answer(409, problem('illegal_transition', 409)))
    .mockResolvedValueOnce(answer(200, { ...sampleCase, status: 'accepted', allowedActions: ['mediate', 'transferInspection', 'transferArbitration'] }))
  openCase()

  fireEvent.click(await screen.findByRole('button', { name: '受理' }))
  fireEvent.click(screen.getByRole('button', { name: '确认受理' }))

  expect(await screen.findByRole('heading', { name: '当前状态下不能进行这一步，请刷新后查看' })).toBeTruthy()
  await waitFor(() => expect(request).toHaveBeenCalledTimes(3))
  expect(sent(request, 2).method).toBe('GET')
  expect(await screen.findByRole('button', { name: '开始调解' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '受理' })).toBeNull()
})

test('a message to the worker is sent and the case shows it', async () => {
  const withMessage = {
    ...sampleCase,
    timeline: [...sampleCase.timeline, { id: 'e4', at: '2026-11-20T01:00:00.000Z', kind: 'message' as const, by: 'officer' as const, note: '请周五来调解', amountFen: null }],
  }
  request.mockResolvedValueOnce(answer(200, sampleCase)).mockResolvedValueOnce(answer(200, withMessage))
  openCase()

  fireEvent.change(await screen.findByRole('textbox', { name: '留言内容' }), { target: { value: '请周五来调解' } })
  fireEvent.click(screen.getByRole('button', { name: '发送留言' }))

  expect(await screen.findByText('留言已发送。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ text: '请周五来调解' })
  expect(screen.getAllByText('请周五来调解').length).toBeGreaterThan(0)
})

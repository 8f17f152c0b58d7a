import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { PostedJob } from '@renshe/shared/jobs/posts'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { cleaningJob } from '../../test-fixtures'
import MyJobPostsPage from './index'

const request = vi.mocked(Taro.request)
const employer = { ...citizen, id: 'u-employer', displayName: '温州瓯江建设', roles: ['employer' as const] }

const open: PostedJob = {
  id: 'post-1',
  organisationId: 'org-1',
  organisationName: '温州瓯江建设有限公司',
  status: 'open',
  post: cleaningJob,
  holdReasons: [],
  decisionNote: null,
  decidedAt: '2026-11-16T03:00:00.000Z',
  revision: 1,
  earlierRounds: [],
  createdAt: '2026-11-16T02:00:00.000Z',
  updatedAt: '2026-11-16T03:00:00.000Z',
}

test('stopping recruiting says what it means and asks first; “not now” sends nothing; stopped, the post says so and keeps its day-work link', async () => {
  sessionStore.set({ token: 'token-employer', me: employer })
  request.mockResolvedValueOnce(answer(200, { items: [open], nextCursor: null }))
  render(<MyJobPostsPage />)
  fireEvent.click(await screen.findByText('停止招聘'))
  expect(screen.getByRole('alert').textContent).toContain('已录用的人照常上工')
  fireEvent.click(screen.getByText('先不停止'))
  expect(screen.queryByRole('alert')).toBeNull()
  expect(request).toHaveBeenCalledTimes(1)

  request.mockResolvedValueOnce(answer(200, { ...open, status: 'closed', updatedAt: '2026-11-17T02:00:00.000Z' }))
  fireEvent.click(screen.getByText('停止招聘'))
  fireEvent.click(screen.getByText('确定停止招聘'))
  expect(await screen.findByText('已停止招聘：不再显示和推荐，已录用的人照常上工。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/jobs/posts/post-1/close', method: 'POST' })
  expect(screen.getByText('已停止招聘')).toBeTruthy()
  expect(screen.queryByText('停止招聘')).toBeNull()
  expect(screen.getByRole('link', { name: '签到码和上工记录' })).toBeTruthy()
})

test('in English, a refusal (stopped meanwhile on another phone) is said beside the button', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-employer', me: employer })
  request
    .mockResolvedValueOnce(answer(200, { items: [open], nextCursor: null }))
    .mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'jobs.postNotClosable', message: 'This post has already stopped or was declined' }] })))
  render(<MyJobPostsPage />)
  fireEvent.click(await screen.findByText('Stop recruiting'))
  fireEvent.click(screen.getByText('Yes, stop recruiting'))
  expect(await screen.findByText('This post has already stopped or was declined')).toBeTruthy()
})

test('a held or declined post offers “edit and resubmit”, opening the post form on it; a published one does not', async () => {
  sessionStore.set({ token: 'token-employer', me: employer })
  const held: PostedJob = { ...open, id: 'post-2', status: 'held', decidedAt: null }
  const declined: PostedJob = { ...open, id: 'post-3', status: 'declined', decisionNote: '工资太低' }
  request.mockResolvedValueOnce(answer(200, { items: [open, held, declined], nextCursor: null }))
  render(<MyJobPostsPage />)
  const edits = await screen.findAllByText('修改后重新提交')
  expect(edits).toHaveLength(2)
  fireEvent.click(edits[0] as HTMLElement)
  expect(vi.mocked(Taro.navigateTo)).toHaveBeenCalledWith(expect.objectContaining({ url: '/features/jobs/pages/post/index?id=post-2' }))
})

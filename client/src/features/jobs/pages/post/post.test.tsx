import { fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { beforeEach, expect, test, vi } from 'vitest'
import type { PostedJob } from '@renshe/shared/jobs/posts'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { cleaningJob } from '../../test-fixtures'
import PostJobPage from './index'

const request = vi.mocked(Taro.request)
const employer = { ...citizen, id: 'u-employer', displayName: '温州瓯江建设', roles: ['employer' as const] }

const held: PostedJob = {
  id: 'post-1',
  organisationId: 'org-1',
  organisationName: '温州瓯江建设有限公司',
  status: 'held',
  post: { ...cleaningJob, pay: { amountFen: 15_000, unit: 'day' } },
  holdReasons: [
    {
      reason: { kind: 'below_minimum_wage', offered: { amountFen: 15_000, unit: 'day' }, minimum: { amountFen: 19_200, unit: 'day' }, effectiveFrom: '2024-01-01', placeholder: true },
      text: '报酬低于本地最低工资标准（每天 192 元，按小时最低工资乘以每天 8 小时计）',
    },
  ],
  decisionNote: null,
  decidedAt: null,
  revision: 1,
  earlierRounds: [],
  createdAt: '2026-11-16T02:00:00.000Z',
  updatedAt: '2026-11-16T02:00:00.000Z',
}

beforeEach(() => {
  sessionStore.set({ token: 'token-employer', me: employer })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'post-1' } } as unknown as ReturnType<typeof useRouter>)
})

const amount = () => screen.getByLabelText<HTMLInputElement>('金额（元）')

test('a held post opens the form filled with what was posted; a server error keeps what was typed; sent again, it waits for review', async () => {
  request
    .mockResolvedValueOnce(answer(200, held))
    .mockResolvedValueOnce(answer(500, problem('internal', 500)))
    .mockResolvedValueOnce(answer(200, { ...held, status: 'in_review', holdReasons: [], post: cleaningJob, revision: 2 }))
  render(<PostJobPage />)
  expect(await screen.findByText('修改招聘')).toBeTruthy()
  expect(screen.getByText(/报酬低于本地最低工资标准/)).toBeTruthy()
  expect(amount().value).toBe('150')
  expect(screen.getByLabelText<HTMLInputElement>('招聘标题').value).toBe(cleaningJob.title)
  expect(sent(request, 0)).toMatchObject({ url: '/api/jobs/posts/mine/post-1', method: 'GET' })

  fireEvent.input(amount(), { target: { value: '200' } })
  fireEvent.click(screen.getByText('重新提交审核'))
  await screen.findByRole('alert')
  expect(amount().value).toBe('200')
  const first = sent(request, 1)
  expect(first).toMatchObject({ url: '/api/jobs/posts/post-1/resubmit', method: 'POST', data: { revision: 1, post: cleaningJob } })

  fireEvent.click(screen.getByText('重新提交审核'))
  expect(await screen.findByText('已重新提交，等待审核')).toBeTruthy()
  // The retry is the same submission: one key for both tries.
  expect(sent(request, 2).header['Idempotency-Key']).toBe(first.header['Idempotency-Key'])
})

test('in English, a change made on a stale copy is refused with the reason, and what was typed stays', async () => {
  localeStore.set('en')
  request
    .mockResolvedValueOnce(answer(200, held))
    .mockResolvedValueOnce(
      answer(409, problem('conflict', 409, { errors: [{ path: 'body.revision', key: 'jobs.postChanged', message: 'This post was changed or reviewed meanwhile: open it again to see where it stands now' }] })),
    )
  render(<PostJobPage />)
  fireEvent.input(await screen.findByLabelText<HTMLInputElement>('Amount (yuan)'), { target: { value: '180' } })
  fireEvent.click(screen.getByText('Send for review again'))
  expect(await screen.findByText(/changed or reviewed meanwhile/)).toBeTruthy()
  expect(screen.getByLabelText<HTMLInputElement>('Amount (yuan)').value).toBe('180')
  expect(screen.getByRole('link', { name: 'Back to my job posts, to see where it stands now' })).toBeTruthy()
})

test('a published post is not offered the form: the employer is told to stop it and post a new one', async () => {
  request.mockResolvedValueOnce(answer(200, { ...held, status: 'open', holdReasons: [] }))
  render(<PostJobPage />)
  expect(await screen.findByText('这条招聘已发布或已停止，不能再修改。需要改动的，请先停止招聘，再发布一条新的。')).toBeTruthy()
  expect(screen.queryByText('重新提交审核')).toBeNull()
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { cleaningJob } from '../../test-fixtures'
import JobMatchesPage from './index'

const request = vi.mocked(Taro.request)

const cleaning = {
  id: 'post-1',
  organisationName: '温州瓯江建设有限公司',
  openedAt: '2026-11-16T02:00:00.000Z',
  post: cleaningJob,
}

const match = {
  score: 86,
  distanceKm: 1.2,
  reasons: [
    { kind: 'distance', km: 1.2 },
    { kind: 'skills', matched: ['保洁'] },
    { kind: 'jobKind', jobKind: 'day' },
    { kind: 'pay', pay: { amountFen: 20_000, unit: 'day' } },
  ],
  job: cleaning,
}

const application = {
  id: 'app-1',
  postId: 'post-1',
  postTitle: cleaning.post.title,
  organisationName: cleaning.organisationName,
  kind: 'day',
  status: 'applied',
  history: [{ status: 'applied', at: '2026-11-16T02:10:00.000Z', by: 'seeker', reason: null }],
  days: [],
  myRating: null,
  ratingOfMe: null,
  createdAt: '2026-11-16T02:10:00.000Z',
  updatedAt: '2026-11-16T02:10:00.000Z',
}

test('a match shows its score and its reasons in words; applying survives a lost answer with the same key, and says it is done', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { hasProfile: true, items: [match], nextCursor: null }))
  render(<JobMatchesPage />)
  expect(await screen.findByText('匹配度 86')).toBeTruthy()
  expect(screen.getByText('推荐理由：离您 1.2 公里 · 符合您的保洁技能 · 日结 · 每天 200 元')).toBeTruthy()

  // The first send gets no answer: the same key goes again, so it can only ever be one application.
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '报名' }))
  expect(await screen.findByText('网络连接失败')).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, application))
  fireEvent.click(screen.getByRole('button', { name: '报名' }))
  expect(await screen.findByText('已报名，等待招聘单位回复')).toBeTruthy()
  const [first, second] = [sent(request, 1), sent(request, 2)]
  expect(first.method).toBe('POST')
  expect(first.url).toMatch(/\/jobs\/posts\/post-1\/applications$/)
  expect(first.header['Idempotency-Key']).toBeTruthy()
  expect(second.header['Idempotency-Key']).toBe(first.header['Idempotency-Key'])
  expect(within(screen.getByRole('status')).getByText('已报名，等待招聘单位回复')).toBeTruthy()
})

test('already applied elsewhere: the refusal is said in words, and the list of applications is one tap away', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { hasProfile: true, items: [match], nextCursor: null }))
  render(<JobMatchesPage />)
  await screen.findByText('匹配度 86')
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'jobs.alreadyApplied', message: '您已报名过这个岗位' }] })))
  fireEvent.click(screen.getByRole('button', { name: '报名' }))
  expect(await screen.findByText('您已报名过这个岗位')).toBeTruthy()
  expect(screen.getAllByRole('link', { name: '我的报名' }).length).toBeGreaterThan(0)
})

test('with no profile yet, the page says so and leads to the profile; "nearest home" asks for the jobs near her', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { hasProfile: false, items: [], nextCursor: null }))
  render(<JobMatchesPage />)
  expect(await screen.findByText('先填写求职信息，我们再按您的情况推荐工作。')).toBeTruthy()
  expect(screen.getByRole('link', { name: '填写求职信息' })).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { hasProfile: true, items: [{ distanceKm: 0.4, job: cleaning }], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '离家最近的' }))
  expect(await screen.findByText('离您 400 米')).toBeTruthy()
  expect(sent(request, 1).url).toMatch(/\/jobs\/me\/near\?limit=30$/)
})

import { render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import MyApplicationsPage from './index'

const request = vi.mocked(Taro.request)

function application(id: string, title: string, steps: readonly { status: string; at: string; by: string; reason?: string }[]) {
  const last = steps[steps.length - 1]
  return {
    id,
    postId: `post-${id}`,
    postTitle: title,
    organisationName: '温州瓯江建设有限公司',
    kind: 'day',
    status: last?.status,
    history: steps.map((step) => ({ reason: null, ...step })),
    days: [],
    myRating: null,
    ratingOfMe: null,
    createdAt: steps[0]?.at,
    updatedAt: last?.at,
  }
}

const declined = application('a2', '仓库搬运（日结）', [
  { status: 'applied', at: '2026-11-16T02:10:00.000Z', by: 'grid_staff' },
  { status: 'declined', at: '2026-11-17T01:00:00.000Z', by: 'employer', reason: '这次只招有叉车证的' },
])
const invited = application('a1', '南浦小区保洁（日结）', [
  { status: 'applied', at: '2026-11-16T02:00:00.000Z', by: 'seeker' },
  { status: 'invited', at: '2026-11-16T06:00:00.000Z', by: 'employer' },
])

test('an application grid staff sent, withdrawn when she refused what they kept, says so and why', async () => {
  sessionStore.set({ token: 'token-lin', me: citizen })
  const withdrawn = application('a3', '日结保洁', [
    { status: 'applied', at: '2026-11-16T02:10:00.000Z', by: 'grid_staff' },
    { status: 'withdrawn', at: '2026-11-29T02:00:00.000Z', by: 'seeker' },
  ])
  request.mockResolvedValueOnce(answer(200, { items: [withdrawn], nextCursor: null }))
  render(<MyApplicationsPage />)
  expect(await screen.findByText('已撤回')).toBeTruthy()
  expect(screen.getByText('2026年11月29日 已撤回：您拒绝了网格员代管的资料，网格员代报的这条报名随之撤回')).toBeTruthy()
})

test('each application shows where it stands and every step, with the employer’s reason for a decline and who applied', async () => {
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: [declined, invited], nextCursor: null }))
  render(<MyApplicationsPage />)
  expect(await screen.findByText('未录用')).toBeTruthy()
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['仓库搬运（日结）', '南浦小区保洁（日结）'])
  expect(screen.getByText('待联系')).toBeTruthy()
  expect(screen.getByText('2026年11月16日 报名（网格员代报）')).toBeTruthy()
  expect(screen.getByText('原因：这次只招有叉车证的')).toBeTruthy()
  expect(screen.getByText('2026年11月16日 招聘单位邀请您应聘，已能看到您的电话，会打电话联系您')).toBeTruthy()
  expect(sent(request).url).toMatch(/\/jobs\/applications\/mine\?limit=30$/)
})

test('in English, none yet says so and leads to the suggested jobs', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-zhao', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  render(<MyApplicationsPage />)
  expect(await screen.findByText('No applications yet.')).toBeTruthy()
  expect(within(document.body).getByRole('link', { name: 'See the jobs suggested for you' })).toBeTruthy()
})

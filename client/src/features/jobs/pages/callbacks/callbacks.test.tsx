import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { CallbackPerson } from '@renshe/shared/jobs/matches'
import { answer, citizen, problem } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import CallbacksPage from './index'

const request = vi.mocked(Taro.request)
const staff = { ...citizen, id: 'u-staff', displayName: '陈*', roles: ['grid_staff' as const] }

const wang: CallbackPerson = {
  grantId: 'grant-wang',
  maskedName: '王*',
  idNumberHint: '3303…1234',
  newMatches: 3,
  bestScore: 86,
  waitingSince: '2026-11-27T02:00:00.000Z',
  lastCalledAt: null,
}
const li: CallbackPerson = { ...wang, grantId: 'grant-li', maskedName: '李*', idNumberHint: '3303…5678', newMatches: 1, bestScore: 64, lastCalledAt: '2026-11-20T02:00:00.000Z' }
const clients = [
  { grantId: 'grant-wang', maskedName: '王*', idNumberHint: '3303…1234', scopes: ['jobs.assist'], expiresAt: '2027-05-01T00:00:00.000Z' },
  { grantId: 'grant-li', maskedName: '李*', idNumberHint: '3303…5678', scopes: ['records.read'], expiresAt: '2027-05-01T00:00:00.000Z' },
]

/** The list and the grants, wherever the page asks; marks answered in turn. */
function serve(marks: ReturnType<typeof answer>[] = []) {
  const route = (url: string) => {
    if (url.endsWith('/jobs/assist/callbacks')) return answer(200, { people: [wang, li] })
    if (url.endsWith('/proxy/clients')) return answer(200, { clients })
    const next = marks.shift()
    if (!next) throw new Error(`no answer prepared for ${url}`)
    return next
  }
  request.mockImplementation(((options: { url: string }) => Promise.resolve().then(() => route(options.url))) as unknown as typeof Taro.request)
}

const item = (name: string) => screen.getByRole('heading', { name }).closest('[role="listitem"]') as HTMLElement

test('grid staff see who has new matches, who has waited longest first, and open a person’s matches acting for her', async () => {
  sessionStore.set({ token: 'token-staff', me: staff })
  serve()
  render(<CallbacksPage />)
  expect(await screen.findByText('王*（3303…1234）')).toBeTruthy()
  // Someone with no account at all is registered from here.
  expect(screen.getByRole('link', { name: /登记一位居民/ })).toBeTruthy()
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['王*（3303…1234）', '李*（3303…5678）'])
  expect(within(item('王*（3303…1234）')).getByText('新推荐 3 条')).toBeTruthy()
  expect(within(item('王*（3303…1234）')).getByText('还没有回访过')).toBeTruthy()
  expect(within(item('李*（3303…5678）')).getByText('2026年11月20日')).toBeTruthy()
  // Only a grant that covers job help lets her open the matches for that person.
  expect(within(item('李*（3303…5678）')).queryByText('代 TA 查看推荐的工作')).toBeNull()

  fireEvent.click(within(item('王*（3303…1234）')).getByText('代 TA 查看推荐的工作'))
  expect(actingForStore.get()?.grantId).toBe('grant-wang')
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/features/jobs/pages/matches/index' })
  // The list is the staff member's own: asked for without acting for anyone.
  for (const [options] of request.mock.calls) expect((options as { header: Record<string, string> }).header['X-Acting-For']).toBeUndefined()
})

test('a person marked called leaves the list, and a refusal is said beside her', async () => {
  sessionStore.set({ token: 'token-staff', me: staff })
  serve([answer(200, { grantId: 'grant-wang', calledAt: '2026-11-29T02:00:00.000Z' }), answer(404, problem('not_found', 404))])
  render(<CallbacksPage />)
  await screen.findByText('王*（3303…1234）')
  fireEvent.click(within(item('王*（3303…1234）')).getByText('已回访'))
  expect(await screen.findByText('已记下 1 人的回访。')).toBeTruthy()
  expect(screen.queryByText('王*（3303…1234）')).toBeNull()

  fireEvent.click(within(item('李*（3303…5678）')).getByText('已回访'))
  expect(await within(item('李*（3303…5678）')).findByRole('alert')).toBeTruthy()
  expect(request.mock.calls.map(([options]) => (options as { url: string }).url)).toContain('/api/jobs/assist/callbacks/grant-wang/called')
})

test('in English, an empty list says so; a citizen is told the list is for grid staff', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-staff', me: staff })
  request.mockImplementation(((options: { url: string }) =>
    Promise.resolve(options.url.endsWith('/proxy/clients') ? answer(200, { clients: [] }) : answer(200, { people: [] }))) as unknown as typeof Taro.request)
  const { unmount } = render(<CallbacksPage />)
  expect(await screen.findByText('No one to call back now. People with new suggested jobs will be listed here.')).toBeTruthy()
  unmount()

  sessionStore.set({ token: 'token-zhang', me: citizen })
  render(<CallbacksPage />)
  expect(screen.getByText('The call-back list is for grid staff.')).toBeTruthy()
})

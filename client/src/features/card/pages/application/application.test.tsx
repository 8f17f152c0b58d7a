import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { afterEach, expect, test, vi } from 'vitest'
import type { CardApplication } from '@renshe/shared/card/applications'
import { pages } from '@renshe/shared/platform/pages'
import { answer, citizen, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import CardApplicationPage from './index'

const request = vi.mocked(Taro.request)
const router = vi.mocked(useRouter)
// Back to the page opened from a plain link (its original implementation).
afterEach(() => router.mockReset())

/** A replacement of a lost card, accepted on 1 December 2026 at 10:00, China time. */
const applied: CardApplication = {
  id: 'app-1',
  kind: 'replacement',
  reason: 'lost',
  status: 'applied',
  outlet: { id: 'outlet-lc', name: '温州银行鹿城支行', address: '鹿城区人民路 100 号', hours: '周一至周五 9:00–17:00', bankName: '温州银行' },
  steps: [{ status: 'applied', at: '2026-12-01T02:00:00.000Z' }],
  newCardNumberMasked: null,
  collectBy: null,
}

/** Made on the 3rd, at the outlet on the 5th: to collect by 5 March 2027. */
const atOutlet: CardApplication = {
  ...applied,
  status: 'at_outlet',
  steps: [...applied.steps, { status: 'produced', at: '2026-12-03T06:30:00.000Z' }, { status: 'at_outlet', at: '2026-12-05T01:15:00.000Z' }],
  newCardNumberMasked: 'B****4321',
  collectBy: '2027-03-05',
}

const collected: CardApplication = { ...atOutlet, status: 'collected', steps: [...atOutlet.steps, { status: 'collected', at: '2026-12-08T03:00:00.000Z' }], collectBy: null }

async function openPage(application: CardApplication | null) {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { application }))
  const rendered = render(<CardApplicationPage />)
  // Loaded: the application's status, or the word that there is none (in either language).
  await waitFor(() => expect(document.querySelector('.status-card, .empty-state__message')).toBeTruthy())
  expect(sent(request, 0)).toMatchObject({ url: '/api/card/me/application', method: 'GET' })
  return rendered
}

const steps = () => within(screen.getByRole('list')).getAllByRole('listitem')

test('just accepted: the first step has its time, the rest are still to come, with the outlet to go to', async () => {
  await openPage(applied)
  expect(screen.getByText('补换社保卡（丢失补卡）')).toBeTruthy()
  expect(screen.getByRole('heading', { name: '现在：已受理' })).toBeTruthy()
  expect(steps().map((step) => step.textContent)).toEqual(['已受理当前2026年12月1日 10:00', '银行已制卡还没到这一步', '已到网点，待领取还没到这一步', '已领取还没到这一步'])
  expect(steps()[0]?.className).toContain('card-steps__step--current')
  expect(steps()[1]?.className).toContain('card-steps__step--pending')
  expect(screen.getByText('温州银行鹿城支行')).toBeTruthy()
  expect(screen.getByText('地址：鹿城区人民路 100 号')).toBeTruthy()
  expect(screen.getByText('办公时间：周一至周五 9:00–17:00')).toBeTruthy()
  expect(screen.queryByText('新卡卡号')).toBeNull()
  expect(screen.queryByText(/前带本人身份证到网点领取/)).toBeNull()
  expect(screen.queryByRole('link', { name: '查看我的社保卡' })).toBeNull()
})

test('at the outlet: each step reached with its time, the day to collect by, and the new card masked', async () => {
  await openPage(atOutlet)
  expect(screen.getByRole('heading', { name: '现在：已到网点，待领取' })).toBeTruthy()
  expect(steps().map((step) => step.textContent)).toEqual([
    '已受理2026年12月1日 10:00',
    '银行已制卡2026年12月3日 14:30',
    '已到网点，待领取当前2026年12月5日 09:15',
    '已领取还没到这一步',
  ])
  expect(screen.getByRole('heading', { name: '请在2027年3月5日前带本人身份证到网点领取' })).toBeTruthy()
  expect(screen.getByText('新卡卡号')).toBeTruthy()
  expect(screen.getByText('B****4321')).toBeTruthy()
  expect(document.body.textContent).not.toMatch(/B\d{8}/)
})

test('collected: every step done, and the way to the card', async () => {
  await openPage(collected)
  expect(steps().every((step) => !step.textContent?.includes('还没到这一步'))).toBe(true)
  expect(screen.getByText('新卡已领取，可以使用了；旧卡已注销。')).toBeTruthy()
  expect(screen.queryByText(/前带本人身份证到网点领取/)).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '查看我的社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.myCard })
})

test('withdrawn: the steps it reached, then the withdrawal, and the way to apply again', async () => {
  await openPage({ ...applied, status: 'withdrawn', steps: [...applied.steps, { status: 'withdrawn', at: '2026-12-02T02:00:00.000Z' }] })
  expect(steps().map((step) => step.textContent)).toEqual(['已受理2026年12月1日 10:00', '已撤回当前2026年12月2日 10:00'])
  expect(screen.getByText('这份申请已撤回。需要时可以重新申请。')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '申领或补换社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.cardApply })
})

test('with no application she reads so, with the way to apply', async () => {
  await openPage(null)
  expect(screen.getByText('还没有社保卡申请。')).toBeTruthy()
  expect(screen.queryByRole('list')).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '申领或补换社保卡' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pages.cardApply })
})

test('straight after applying, the page says it was sent, and focus starts there', async () => {
  // Every render of the page reads the same link.
  router.mockReturnValue({ params: { submitted: '1' } } as unknown as ReturnType<typeof useRouter>)
  await openPage({ ...applied, kind: 'first', reason: null })
  expect(screen.getByText('首次申领社保卡')).toBeTruthy()
  expect(screen.getByText('申请已提交。每一步都会在消息里告诉您，也可以随时在这里查看。')).toBeTruthy()
  await waitFor(() => expect(document.activeElement?.id).toBe('application-submitted'))
})

test('grid staff acting for her read her application under the grant', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...citizen, id: 'u-chen', roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-5', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['card.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValueOnce(answer(200, { application: atOutlet }))
  render(<CardApplicationPage />)
  expect(await screen.findByText('这是张*红的社保卡申请。')).toBeTruthy()
  expect(sent(request, 0).header['X-Acting-For']).toBe('grant-5')
})

test('an application that will not load offers a retry', async () => {
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(500, problem('internal', 500)))
  render(<CardApplicationPage />)
  request.mockResolvedValueOnce(answer(200, { application: applied }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByRole('heading', { name: '现在：已受理' })).toBeTruthy()
})

test('logged out, the page asks for a login that leads back to it', () => {
  render(<CardApplicationPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.cardApplication)}` })
  expect(request).not.toHaveBeenCalled()
})

test('in English and care mode the steps and the day to collect by speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  await openPage(atOutlet)
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'My card application', level: 1 })).toBeTruthy()
  expect(screen.getByText('Replacement card (Lost)')).toBeTruthy()
  expect(steps().map((step) => step.textContent)).toEqual([
    'Accepted1 Dec 2026 10:00',
    'Made by the bank3 Dec 2026 14:30',
    'At the outlet, ready to collectNow5 Dec 2026 09:15',
    'CollectedNot yet',
  ])
  expect(screen.getByRole('heading', { name: 'Take your ID card to the outlet and collect the card by 5 Mar 2027' })).toBeTruthy()
  expect(screen.getByText('Opening hours: 周一至周五 9:00–17:00')).toBeTruthy()
})

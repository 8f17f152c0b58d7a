import { act, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { firstSessionCode, school } from '../../test-fixtures'
import { refreshTime } from '../../use-session-code'
import SessionCodePage from './index'

const request = vi.mocked(Taro.request)

// The school's tablet clock, pinned: 9 January 2027, 09:10:00 in China, the first session on since 09:00.
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  vi.setSystemTime(new Date('2027-01-09T01:10:00.000Z'))
  vi.mocked(useRouter).mockReturnValue({ params: { id: 's-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-school', me: school })
})

afterEach(() => {
  vi.useRealTimers()
})

const refusedWith = (key: string, status = 409) => answer(status, problem(status === 403 ? 'forbidden' : 'conflict', status, { errors: [{ path: 'params.id', key, message: 'x' }] }))

test('the screen shows the course, the session, a big QR code and the six digits, with the count checked in and when the code changes', async () => {
  request.mockResolvedValueOnce(answer(200, firstSessionCode))
  render(<SessionCodePage />)
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/institution/sessions/s-1/code', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(screen.getByText('2027年1月9日 09:00–12:00')).toBeTruthy()
  expect(screen.getAllByRole('img', { name: '签到二维码' })[0]?.getAttribute('class')).toContain('training-code__qr')
  expect(screen.getByText('482 917').getAttribute('aria-hidden')).toBe('true')
  expect(screen.getByText('签到码 4 8 2 9 1 7')).toBeTruthy()
  expect(screen.getByText('已签到 12 / 28 人')).toBeTruthy()
  expect(screen.getByText('30 秒后更换')).toBeTruthy()
  await act(() => vi.advanceTimersByTimeAsync(10_000))
  expect(screen.getByText('20 秒后更换')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)
})

test('when the code’s time is up the next one is asked for and shown, the old one on screen meanwhile', async () => {
  request.mockResolvedValueOnce(answer(200, firstSessionCode))
  render(<SessionCodePage />)
  await screen.findByText('482 917')
  request.mockResolvedValueOnce(answer(200, { ...firstSessionCode, code: '105386', validUntil: '2027-01-09T01:11:00.000Z', checkedIn: 13 }))
  await act(() => vi.advanceTimersByTimeAsync(29_000))
  expect(request).toHaveBeenCalledTimes(1)
  expect(screen.getByText('482 917')).toBeTruthy()
  await act(() => vi.advanceTimersByTimeAsync(1_500))
  expect(await screen.findByText('105 386')).toBeTruthy()
  expect(screen.getByText('已签到 13 / 28 人')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(2)
})

test('outside the hours the code may be shown it says so, and shows the code by itself once the time comes', async () => {
  request.mockResolvedValueOnce(refusedWith('training.outOfWindow'))
  render(<SessionCodePage />)
  expect(await screen.findByText(/现在不能显示签到码。签到码从上课前 60 分钟起显示/)).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, firstSessionCode))
  await act(() => vi.advanceTimersByTimeAsync(60_000))
  expect(await screen.findByText('482 917')).toBeTruthy()
})

test('a suspended institution is told why no code shows, and the screen stops asking', async () => {
  request.mockResolvedValueOnce(refusedWith('training.institutionSuspended', 403))
  render(<SessionCodePage />)
  expect(await screen.findByText(/本机构已被人社部门暂停，现在不能显示签到码/)).toBeTruthy()
  await act(() => vi.advanceTimersByTimeAsync(120_000))
  expect(request).toHaveBeenCalledTimes(1)
})

test('with no answer it says so and tries again by itself, the screen being left alone', async () => {
  request.mockRejectedValueOnce(noAnswer())
  render(<SessionCodePage />)
  expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, firstSessionCode))
  await act(() => vi.advanceTimersByTimeAsync(5_000))
  expect(await screen.findByText('482 917')).toBeTruthy()
})

test('in English and care mode the screen speaks English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  request.mockResolvedValueOnce(answer(200, firstSessionCode))
  render(<SessionCodePage />)
  expect(await screen.findByText('12 of 28 checked in')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getAllByRole('img', { name: 'Check-in QR code' }).length).toBeGreaterThan(0)
  expect(screen.getByText('Changes in 30 s')).toBeTruthy()
})

test('the next code is asked for at the end of its step, never sooner than 2 s nor later than one step, whatever the clocks say', () => {
  const now = Date.parse('2027-01-09T01:10:00.000Z')
  expect(refreshTime('2027-01-09T01:10:12.000Z', now) - now).toBe(12_300)
  expect(refreshTime('2027-01-09T01:09:50.000Z', now) - now).toBe(2_000)
  expect(refreshTime('2027-01-09T01:20:00.000Z', now) - now).toBe(30_000)
  expect(refreshTime('not a time', now) - now).toBe(30_000)
})

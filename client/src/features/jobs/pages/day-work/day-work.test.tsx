import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { Applicant } from '@renshe/shared/jobs/applications'
import { answer, citizen, problem } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { workedDay } from '../../test-fixtures'
import DayWorkPage from './index'

const request = vi.mocked(Taro.request)
const employer = { ...citizen, id: 'u-employer', displayName: '温州瓯江物业', roles: ['employer' as const] }

// The phone's clock, pinned: 3 December 2026, 16:00 in China.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-03T08:00:00.000Z'))
  sessionStore.set({ token: 'token-employer', me: employer })
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'post-1' } } as unknown as ReturnType<typeof useRouter>)
})

afterEach(() => {
  vi.useRealTimers()
})

const worked = workedDay()

const hired: Applicant = {
  id: 'app-1',
  postId: 'post-1',
  status: 'hired',
  contactVisible: true,
  name: '赵强',
  phone: '13800000000',
  occupations: ['4-09-08-01'],
  skills: [],
  certificates: [],
  distanceBand: 'within_3km',
  history: [{ status: 'hired', at: '2026-12-01T01:00:00.000Z', by: 'employer', reason: null }],
  days: [worked],
  myRating: null,
  createdAt: '2026-11-30T02:00:00.000Z',
}

const applied: Applicant = { ...hired, id: 'app-2', status: 'applied', contactVisible: false, name: '钱*', phone: null, days: [] }

/** The server as the page meets it: today's code, and the post's applicants; each action's answer after. */
function serve(code: ReturnType<typeof answer>, actions: ReturnType<typeof answer>[] = []) {
  const route = (url: string) => {
    if (url.endsWith('/check-in-code')) return code
    if (url.includes('/applicants')) return answer(200, { items: url.includes('status=hired') ? [hired] : [applied, hired], nextCursor: null })
    const next = actions.shift()
    if (!next) throw new Error(`no answer prepared for ${url}`)
    return next
  }
  request.mockImplementation(((options: { url: string }) => Promise.resolve().then(() => route(options.url))) as unknown as typeof Taro.request)
}

const sentTo = (path: string) => request.mock.calls.map((call) => call[0] as { url: string; data: unknown }).filter((options) => options.url.endsWith(path))

test('today’s code shows in big digits with how long it holds; only hired workers are listed, with their phone and their days', async () => {
  serve(answer(200, { postId: 'post-1', workDate: '2026-12-03', code: '482917', validUntil: '2026-12-03T08:05:00.000Z' }))
  render(<DayWorkPage />)
  expect(await screen.findByText('482917')).toBeTruthy()
  expect(screen.getByText('16:05 前有效')).toBeTruthy()
  // The same code as a QR code to scan in WeChat, named for a screen reader.
  const qr = screen.getByRole('img', { name: '签到码二维码，内容与上面的数字相同，工人可以用微信扫码签到' })
  expect(qr.querySelectorAll('.jobs-qr__row')).toHaveLength(21)
  expect(await screen.findByText('赵强')).toBeTruthy()
  expect(screen.queryByText('钱*')).toBeNull()
  expect(screen.getByText('13800000000')).toBeTruthy()
  expect(screen.getByText('今天未签到')).toBeTruthy()
  expect(screen.getByText('工时 8.5 小时')).toBeTruthy()
  expect(screen.getByText('请在 2026年12月3日 16:35 前填写实付金额')).toBeTruthy()
})

test('a day worked gets what was paid, offered at the pay due; a wrong amount is caught first; stated, the day shows it and asks no more', async () => {
  serve(answer(200, { postId: 'post-1', workDate: '2026-12-03', code: '482917', validUntil: '2026-12-03T08:05:00.000Z' }), [
    answer(200, { ...hired, days: [{ ...worked, paidFen: 17_500, paidStatedAt: '2026-12-03T08:00:00.000Z' }] }),
  ])
  render(<DayWorkPage />)
  const amount = await screen.findByLabelText<HTMLInputElement>(/这一天实付多少钱/)
  expect(amount.value).toBe('180.00')
  expect(screen.getByText('工人会看到并确认。按工钱规定应得 180.00 元。')).toBeTruthy()

  fireEvent.input(amount, { target: { value: '一百七' } })
  fireEvent.click(screen.getByText('填写实付金额'))
  expect(await screen.findByText('请填写 0 至 100 万元之间的金额，最多两位小数')).toBeTruthy()
  expect(sentTo('/pay')).toHaveLength(0)

  fireEvent.input(amount, { target: { value: '175' } })
  fireEvent.click(screen.getByText('填写实付金额'))
  expect(await screen.findByText('已付 175.00 元')).toBeTruthy()
  expect(sentTo('/jobs/attendance/d1/pay')[0]?.data).toEqual({ paidFen: 17_500 })
  expect(screen.queryByText('填写实付金额')).toBeNull()
})

test('a worker who cannot type the code is checked in by the employer, and the refusal of a second check-in is said in words', async () => {
  serve(answer(200, { postId: 'post-1', workDate: '2026-12-03', code: '482917', validUntil: '2026-12-03T08:05:00.000Z' }), [
    answer(409, problem('conflict', 409, { errors: [{ path: 'action', key: 'jobs.alreadyCheckedIn', message: '今天已经签到' }] })),
  ])
  render(<DayWorkPage />)
  fireEvent.click(await screen.findByText('替他签到'))
  expect(await screen.findByText('今天已经签到')).toBeTruthy()
  expect(sentTo('/jobs/applications/app-1/attendance')[0]?.data).toEqual({ action: 'check_in' })
})

test('in English, a job with no work today says so instead of a code', async () => {
  localeStore.set('en')
  serve(answer(409, problem('conflict', 409, { errors: [{ path: 'id', key: 'jobs.notAWorkDay', message: 'Today is not a work day of this job' }] })))
  render(<DayWorkPage />)
  expect(await screen.findByText('This job has no work today, so there is no check-in code.')).toBeTruthy()
  const worker = (await screen.findByText('赵强')).closest('[role="listitem"]')
  expect(worker).toBeTruthy()
  expect(within(worker as HTMLElement).getByText('Rate this worker')).toBeTruthy()
})

import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { MyApplication } from '@renshe/shared/jobs/applications'
import { answer, citizen, noAnswer, problem, sent } from '../../../../test/fixtures'
import { sessionStore } from '../../../lib/auth/session-store'
import { localeStore } from '../../../lib/i18n/locale-store'
import MyApplicationsPage from '../pages/applications/index'
import { hiredDayJob, workedDay } from '../test-fixtures'

const request = vi.mocked(Taro.request)

// The phone's clock, pinned: 3 December 2026, 16:00 in China.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-03T08:00:00.000Z'))
  sessionStore.set({ token: 'token-zhao', me: citizen })
})

afterEach(() => {
  vi.useRealTimers()
})

const hired = hiredDayJob

const day = workedDay

async function open(application: MyApplication) {
  request.mockResolvedValueOnce(answer(200, { items: [application], nextCursor: null }))
  render(<MyApplicationsPage />)
  await screen.findByText('南浦小区保洁（日结）')
}

test('a hired worker checks in with the code the employer shows; a code mistyped is caught before it is sent; checked in, she is offered checking out', async () => {
  await open(hired)
  expect(screen.getByText('还没有上工记录。')).toBeTruthy()

  fireEvent.input(screen.getByLabelText(/签到码/), { target: { value: '12 34' } })
  fireEvent.click(screen.getByText('签到'))
  expect(await screen.findByText('签到码为 6 位数字')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  const checkedIn = { ...hired, days: [day({ id: 'd2', workDate: '2026-12-03', checkInAt: '2026-12-03T00:02:00.000Z', checkOutAt: null, checkOutBy: null, minutesWorked: null, payDueFen: null, payDeadline: null })] }
  request.mockResolvedValueOnce(answer(200, checkedIn))
  fireEvent.input(screen.getByLabelText(/签到码/), { target: { value: '482917' } })
  fireEvent.click(screen.getByText('签到'))

  expect(await screen.findByText('签退')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/jobs/applications/a1/check-in', method: 'POST', data: { code: '482917' } })
  expect(screen.getByText('签到 08:02')).toBeTruthy()
})

test('a wrong or expired code is refused with the reason, and what she typed stays', async () => {
  await open(hired)
  request.mockResolvedValueOnce(
    answer(409, problem('conflict', 409, { errors: [{ path: 'code', key: 'jobs.codeWrong', message: '签到码不对或已过期，请看用工单位现场显示的最新签到码' }] })),
  )
  fireEvent.input(screen.getByLabelText(/签到码/), { target: { value: '111111' } })
  fireEvent.click(screen.getByText('签到'))
  expect(await screen.findByText('签到码不对或已过期，请看用工单位现场显示的最新签到码')).toBeTruthy()
  expect(screen.getByLabelText<HTMLInputElement>(/签到码/).value).toBe('111111')
})

test('the pay the employer stated is confirmed once; after that the day says so and asks nothing more', async () => {
  await open({ ...hired, days: [day({ paidFen: 18_000, paidStatedAt: '2026-12-02T09:00:00.000Z' })] })
  expect(screen.getByText('工时 8.5 小时')).toBeTruthy()
  expect(screen.getByText('应得 180.00 元')).toBeTruthy()
  expect(screen.getByText('用工单位说已付 180.00 元')).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { ...hired, days: [day({ paidFen: 18_000, paidStatedAt: '2026-12-02T09:00:00.000Z', payAnswer: 'confirmed', payAnsweredAt: '2026-12-03T08:00:00.000Z' })] }))
  fireEvent.click(screen.getByText('收到了，金额对'))

  expect(await screen.findByText('您已确认收到')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/jobs/attendance/d1/pay-answer', data: { answer: 'confirmed' } })
  expect(screen.queryByText('这一天的工钱收到了吗？')).toBeNull()
  // Worked and settled: the employer can be rated now.
  expect(screen.getByText('评价用工单位')).toBeTruthy()
})

test('a day the employer said nothing about by the deadline can be complained about; a retry after a lost answer is the same complaint', async () => {
  // A piece rate: the portal cannot count what is owed, so she says it.
  await open({ ...hired, days: [day({ payDueFen: null, payDeadline: '2026-12-03T07:00:00.000Z' })] })
  expect(screen.getByText('用工单位没有在 2026年12月3日 15:00 前填写实付金额')).toBeTruthy()

  fireEvent.click(screen.getByText('提交投诉'))
  expect(await screen.findByText('计件工资请填写被拖欠的金额。')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.input(screen.getByLabelText(/被拖欠的金额/), { target: { value: '150' } })
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByText('提交投诉'))
  expect(await screen.findByText('网络连接失败')).toBeTruthy()

  request.mockResolvedValueOnce(answer(201, { ...hired, days: [day({ payDueFen: null, complaint: { caseId: 'case-9', caseNumber: 'AX-330302-2026-000123' } })] }))
  fireEvent.click(screen.getByText('提交投诉'))
  expect(await screen.findByText('已投诉，案件编号 AX-330302-2026-000123')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/jobs/attendance/d1/wage-complaint', data: { amountOwedFen: 15_000 } })
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
  expect(screen.getByRole('link', { name: '查看投诉进展' })).toBeTruthy()
})

test('in English, a rating needs its stars, then goes once; both ratings show', async () => {
  localeStore.set('en')
  await open({ ...hired, days: [day({ paidFen: 18_000, paidStatedAt: '2026-12-02T09:00:00.000Z', payAnswer: 'confirmed' })], ratingOfMe: { stars: 5, comment: '勤快', at: '2026-12-02T10:00:00.000Z' } })
  expect(screen.getByText('The employer’s rating of you: 5 stars: 勤快')).toBeTruthy()

  fireEvent.click(screen.getByText('Send the rating'))
  expect(await screen.findByText('A rating is 1 to 5 stars')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.click(screen.getByText('4 stars'))
  request.mockResolvedValueOnce(answer(200, { ...hired, myRating: { stars: 4, comment: null, at: '2026-12-03T08:00:00.000Z' } }))
  fireEvent.click(screen.getByText('Send the rating'))
  expect(await screen.findByText('Your rating: 4 stars')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/jobs/applications/a1/employer-rating', data: { stars: 4 } })
})

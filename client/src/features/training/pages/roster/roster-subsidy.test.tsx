import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { beforeEach, expect, test, vi } from 'vitest'
import { answer, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { attendedEntry, carersCourse, confirmedEntry, requestedEntry, school, waitingApplication } from '../../test-fixtures'
import CourseRosterPage from './index'

const request = vi.mocked(Taro.request)

beforeEach(() => {
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'c-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-school', me: school })
})

async function openPage() {
  request.mockResolvedValueOnce(answer(200, { course: carersCourse, items: [requestedEntry, confirmedEntry, attendedEntry] }))
  render(<CourseRosterPage />)
  await screen.findByRole('heading', { name: '学员名单（2）' })
}

const refused = (key: string) => answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key, message: 'x' }] }))

test('the school applies for a face-value trainee’s subsidy after confirming in the page, with an Idempotency-Key, and reads the amount', async () => {
  await openPage()
  // An offset voucher's subsidy is the holder's own; one still waiting for a decision has none yet.
  expect(screen.queryByRole('button', { name: '申请培训补贴 王*' })).toBeNull()
  expect(screen.queryByRole('button', { name: '申请培训补贴 张*' })).toBeNull()

  fireEvent.click(screen.getByRole('button', { name: '申请培训补贴 陈*' }))
  expect(screen.getByRole('alert').textContent).toBe('为学员 陈* 申请培训补贴？学员考核合格、出勤达到要求才能申请；审核通过后，补贴付给本机构。')
  fireEvent.click(screen.getByRole('button', { name: '先不申请' }))
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.click(screen.getByRole('button', { name: '申请培训补贴 陈*' }))
  request.mockResolvedValueOnce(answer(201, waitingApplication))
  fireEvent.click(screen.getByRole('button', { name: '是的，申请' }))
  expect(await screen.findByText('已为 陈* 申请培训补贴 ¥1,500.00，等待人社部门审核。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/institution/enrolments/e-3/subsidy', method: 'POST' })
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(sent(request, 1).header['X-Acting-For']).toBeUndefined()
  expect(screen.queryByRole('button', { name: '申请培训补贴 陈*' })).toBeNull()

  fireEvent.click(screen.getByRole('link', { name: '本机构的培训补贴申请' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/institution-subsidies/index' })
})

test('a trainee below the attendance required is refused in the school’s language, with what the rule means', async () => {
  localeStore.set('en')
  request.mockResolvedValueOnce(answer(200, { course: carersCourse, items: [attendedEntry] }))
  render(<CourseRosterPage />)
  fireEvent.click(await screen.findByRole('button', { name: 'Apply for the subsidy 陈*' }))
  request.mockResolvedValueOnce(refused('training.attendanceBelow'))
  fireEvent.click(screen.getByRole('button', { name: 'Yes, apply' }))
  const refusal = await screen.findByText('Attendance is below what the programme requires: no subsidy can be applied for')
  expect(within(refusal.parentElement as HTMLElement).getByText('Fewer sessions were checked in to than the programme requires: by the rules, no training subsidy is paid.')).toBeTruthy()
  // The question is closed: the refusal is the answer.
  expect(screen.queryByRole('button', { name: 'Yes, apply' })).toBeNull()
})

test('applying before the pass is recorded says so; after a lost answer the retry is the same application', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '申请培训补贴 陈*' }))
  request.mockResolvedValueOnce(refused('training.subsidyNotPassed'))
  fireEvent.click(screen.getByRole('button', { name: '是的，申请' }))
  expect(await screen.findByText('评价合格后才能申请培训补贴')).toBeTruthy()
  expect(screen.getByText('考核合格、登记证书以后才能申请。')).toBeTruthy()

  fireEvent.click(screen.getByRole('button', { name: '申请培训补贴 陈*' }))
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(screen.getByRole('button', { name: '是的，申请' }))
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(201, waitingApplication))
  fireEvent.click(retry)
  expect(await screen.findByText('已为 陈* 申请培训补贴 ¥1,500.00，等待人社部门审核。')).toBeTruthy()
  // The refused one was answered: the next is a new application; the lost one and its retry are one.
  expect(sent(request, 2).header['Idempotency-Key']).not.toBe(sent(request, 1).header['Idempotency-Key'])
  expect(sent(request, 3).header['Idempotency-Key']).toBe(sent(request, 2).header['Idempotency-Key'])
})

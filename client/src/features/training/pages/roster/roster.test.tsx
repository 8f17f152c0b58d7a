import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { beforeEach, expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersCourse, confirmedEntry, requestedEntry, school } from '../../test-fixtures'
import CourseRosterPage from './index'

const request = vi.mocked(Taro.request)
const input = (id: string) => document.getElementById(id) as HTMLInputElement

beforeEach(() => {
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'c-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-school', me: school })
})

async function openPage() {
  request.mockResolvedValueOnce(answer(200, { course: carersCourse, items: [requestedEntry, confirmedEntry] }))
  render(<CourseRosterPage />)
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/institution/courses/c-1/roster', method: 'GET' })
}

const section = (title: string) => within(screen.getByRole('heading', { name: title }).parentElement as HTMLElement)

test('the roster shows trainees masked, with voucher number and how it pays; a requested enrolment is confirmed with one tap', async () => {
  await openPage()
  const waiting = section('待确认的报名（1）')
  expect(waiting.getByText('身份证 330302********1231')).toBeTruthy()
  expect(waiting.getByText('券号 PX2026000001 · 面值券')).toBeTruthy()
  const roster = section('学员名单（1）')
  expect(roster.getByRole('heading', { name: '王*' })).toBeTruthy()
  expect(roster.getByText('券号 PX2026000042 · 抵扣券')).toBeTruthy()
  expect(screen.getByText('已报名 28 / 30 人')).toBeTruthy()

  request.mockResolvedValueOnce(answer(200, { ...requestedEntry, status: 'confirmed', decidedAt: '2026-11-29T05:00:00.000Z' }))
  fireEvent.click(screen.getByRole('button', { name: '确认报名 张*' }))
  expect(await screen.findByText('已确认，张* 已在学员名单上。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/institution/enrolments/e-1/decision', method: 'POST', data: { decision: 'confirm' } })
  expect(screen.getByText('没有待确认的报名。')).toBeTruthy()
  expect(section('学员名单（2）').getByRole('heading', { name: '张*' })).toBeTruthy()
  expect(screen.getByText('已报名 29 / 30 人')).toBeTruthy()
})

test('declining asks for the reason first and sends it; "not now" sends nothing', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '不接受 张*' }))
  fireEvent.click(screen.getByRole('button', { name: '先不处理' }))
  expect(screen.getByRole('button', { name: '确认报名 张*' })).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '不接受 张*' }))
  fireEvent.click(screen.getByRole('button', { name: '不接受这个报名' }))
  expect(await screen.findByText('请填写此项')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.input(input('enrolment-e-1-reason'), { target: { value: '本期已满，请报下一期' } })
  request.mockResolvedValueOnce(answer(200, { ...requestedEntry, status: 'declined', declineReason: '本期已满，请报下一期' }))
  fireEvent.click(screen.getByRole('button', { name: '不接受这个报名' }))
  expect(await screen.findByText('已告诉 张*：报名没有被接受。')).toBeTruthy()
  expect(sent(request, 1).data).toEqual({ decision: 'decline', reason: '本期已满，请报下一期' })
})

test('a confirmation refused because the course is full says so, and the decline with its typed reason is still there', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '不接受 张*' }))
  fireEvent.input(input('enrolment-e-1-reason'), { target: { value: '时间冲突' } })
  fireEvent.click(screen.getByRole('button', { name: '先不处理' }))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.courseFull', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '确认报名 张*' }))
  expect(await screen.findByText('课程已招满')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '不接受 张*' }))
  expect(input('enrolment-e-1-reason').value).toBe('时间冲突')
})

test('in English and care mode the roster speaks English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  request.mockResolvedValueOnce(answer(200, { course: carersCourse, items: [requestedEntry, confirmedEntry] }))
  render(<CourseRosterPage />)
  expect(await screen.findByRole('heading', { name: 'Enrolments to confirm (1)' })).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('Voucher no. PX2026000042 · Offset')).toBeTruthy()
  expect(screen.getByText('28 of 30 places taken')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Confirm 张*' })).toBeTruthy()
})

test('each confirmed trainee’s check-ins are counted, and each session leads to its check-in code for the school’s screen', async () => {
  await openPage()
  expect(section('学员名单（1）').getByText('已签到 2 / 3 次课')).toBeTruthy()
  expect(section('待确认的报名（1）').queryByText(/已签到/)).toBeNull()
  const codes = section('签到码')
  expect(codes.getAllByRole('link').map((link) => link.textContent)).toEqual([
    '显示签到码：2027年1月9日 09:00–12:00',
    '显示签到码：2027年1月10日 09:00–12:00',
    '显示签到码：2027年1月16日 14:00–17:30',
  ])
  fireEvent.click(codes.getByRole('link', { name: '显示签到码：2027年1月10日 09:00–12:00' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/session-code/index?id=s-2' })
})

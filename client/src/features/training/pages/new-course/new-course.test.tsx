import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { NewCourse } from '@renshe/shared/training/courses'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersCourse, school } from '../../test-fixtures'
import NewCoursePage from './index'

const request = vi.mocked(Taro.request)
const input = (id: string) => document.getElementById(id) as HTMLInputElement
const type = (id: string, value: string) => fireEvent.input(input(id), { target: { value } })
const choose = (groupId: string, name: string) => fireEvent.click(within(document.getElementById(groupId) as HTMLElement).getByRole('button', { name }))

function openPage() {
  sessionStore.set({ token: 'token-school', me: school })
  render(<NewCoursePage />)
}

/** The carers' course typed in: two sessions, the second's time in full-width digits. */
function fillCarers() {
  type('course-name', '养老护理员（五级）周末班')
  type('course-occupation', '养老护理')
  fireEvent.click(screen.getByRole('button', { name: '选择 养老护理员（4-10-01-05）' }))
  choose('course-level', '五级（初级工）')
  type('course-hours', '80')
  type('course-capacity', '30')
  type('course-price', '1600')
  choose('course-region', '鹿城区')
  type('course-session-0-date', '2027-01-09')
  type('course-session-0-from', '9:00')
  type('course-session-0-to', '12:00')
  type('course-session-0-place', '鹿城区学院中路 1 号 3 楼')
  fireEvent.click(screen.getByRole('button', { name: '再加一次课' }))
  type('course-session-1-date', '2027-01-10')
  type('course-session-1-from', '０９：００')
  type('course-session-1-to', '12:00')
}

const carers: NewCourse = {
  name: '养老护理员（五级）周末班',
  occupationCode: '4-10-01-05',
  level: 5,
  hours: 80,
  capacity: 30,
  priceFen: 160_000,
  regionCode: '330302',
  sessions: [
    { date: '2027-01-09', from: '09:00', to: '12:00', place: '鹿城区学院中路 1 号 3 楼' },
    { date: '2027-01-10', from: '09:00', to: '12:00', place: '鹿城区学院中路 1 号 3 楼' },
  ],
}

test('an empty form sends nothing: the summary takes focus and names each field, the session by its number', async () => {
  openPage()
  fireEvent.click(screen.getByRole('button', { name: '发布课程' }))
  const summary = await screen.findByRole('alert')
  expect(document.activeElement).toBe(summary)
  expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
    '课程名称：请填写此项',
    '职业（工种）：请选择一个职业',
    '等级：请选择一项',
    '总课时：请填写整数课时，例如 80',
    '招收人数：请填写招收人数，例如 30',
    '培训费（元）：请填写培训费，例如 1600；不收费填 0',
    '授课区县：请选择一项',
    '第 1 次课 日期：日期格式应为 2026-01-31',
    expect.stringMatching(/^第 1 次课 开始时间：/),
    expect.stringMatching(/^第 1 次课 结束时间：/),
    '第 1 次课 上课地点：请填写此项',
  ])
  fireEvent.click(within(summary).getByRole('link', { name: '第 1 次课 上课地点：请填写此项' }))
  expect(document.activeElement).toBe(input('course-session-0-place'))
  expect(request).not.toHaveBeenCalled()
})

test('the institution publishes a course: yuan become fen, times as typed become 09:00, a new session keeps the place, with an Idempotency-Key', async () => {
  openPage()
  fillCarers()
  expect(input('course-session-1-place').value).toBe('鹿城区学院中路 1 号 3 楼')
  request.mockResolvedValueOnce(answer(201, carersCourse))
  fireEvent.click(screen.getByRole('button', { name: '发布课程' }))
  expect(await screen.findByRole('heading', { name: '课程已发布，持券人现在可以报名。' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/institution/courses', method: 'POST', data: carers })
  expect(sent(request, 0).header['Idempotency-Key']).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '“养老护理员（五级）周末班”的报名和学员' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/roster/index?id=c-1' })
})

test('a refusal keeps what was typed and says what is wrong at its session; changed, it is a new submission', async () => {
  openPage()
  fillCarers()
  request.mockResolvedValueOnce(answer(400, problem('validation_failed', 400, { errors: [{ path: 'body.sessions.1.place', key: 'field.tooLong', message: 'x' }, { path: 'body.regionCode', key: 'training.regionOutside', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '发布课程' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
    '授课区县：授课地点应在本机构所在地区',
    expect.stringMatching(/^第 2 次课 上课地点：/),
  ])
  expect(input('course-session-1-place').getAttribute('aria-invalid')).toBe('true')
  expect(input('course-session-1-from').value).toBe('０９：００')
  expect(input('course-name').value).toBe('养老护理员（五级）周末班')
  expect(input('course-price').value).toBe('1600')

  type('course-session-1-place', '鹿城区颐养中心实训室')
  request.mockResolvedValueOnce(answer(201, carersCourse))
  fireEvent.click(screen.getByRole('button', { name: '发布课程' }))
  await screen.findByRole('heading', { name: '课程已发布，持券人现在可以报名。' })
  expect(sent(request, 1).header['Idempotency-Key']).not.toBe(sent(request, 0).header['Idempotency-Key'])
})

test('in English and care mode the shared rules speak English: an end before its start, two sessions at once', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  type('course-name', 'Carers, weekends')
  type('course-occupation', '4-10-01-05')
  fireEvent.click(screen.getByRole('button', { name: 'Choose 养老护理员 (4-10-01-05)' }))
  choose('course-level', 'Level 5 (junior)')
  type('course-hours', '80')
  type('course-capacity', '30')
  type('course-price', '0')
  choose('course-region', 'Lucheng District')
  for (const row of [0, 1]) {
    if (row === 1) fireEvent.click(screen.getByRole('button', { name: 'Add another session' }))
    type(`course-session-${row}-date`, '2027-01-09')
    type(`course-session-${row}-from`, '14:00')
    type(`course-session-${row}-to`, row === 0 ? '17:00' : '13:00')
    type(`course-session-${row}-place`, 'Room 3')
  }
  fireEvent.click(screen.getByRole('button', { name: 'Publish the course' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
    'Sessions: Two sessions cannot start at the same time',
    expect.stringMatching(/^Session 2 Ends at: /),
  ])
  expect(request).not.toHaveBeenCalled()
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { beforeEach, expect, test, vi } from 'vitest'
import type { Enrolment } from '@renshe/shared/training/courses'
import { answer, citizen, noAnswer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersCourse } from '../../test-fixtures'
import TrainingCoursesPage from './index'

const request = vi.mocked(Taro.request)
const input = (id: string) => document.getElementById(id) as HTMLInputElement
const type = (id: string, value: string) => fireEvent.input(input(id), { target: { value } })
const course = (name: string) => within(screen.getByRole('heading', { name }).parentElement as HTMLElement)

const requested: Enrolment = { id: 'e-1', courseId: 'c-1', courseName: carersCourse.name, courseStartsOn: carersCourse.startsOn, voucherId: 'v-1', status: 'requested', requestedAt: '2026-11-29T04:00:00.000Z', decidedAt: null, declineReason: null }

function openPage(params: Record<string, string> = { voucherId: 'v-1' }) {
  vi.mocked(useRouter).mockReturnValue({ params } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: [carersCourse], nextCursor: null }))
  render(<TrainingCoursesPage />)
}

/** Her search typed in: an occupation, a district and a first day. */
function fillSearch() {
  type('courses-occupation', '养老护理')
  fireEvent.click(screen.getByRole('button', { name: '选择 养老护理员（4-10-01-05）' }))
  fireEvent.click(within(document.getElementById('courses-region') as HTMLElement).getByRole('button', { name: '鹿城区' }))
  type('courses-starts-from', '2027-01-01')
}

beforeEach(() => {
  localeStore.set(null)
})

test('from her voucher she sees only the courses it can be spent on, each with where, when, what it costs and the places left', async () => {
  openPage()
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/courses?voucherId=v-1', method: 'GET' })
  const item = course('养老护理员（五级）周末班')
  expect(item.getByText('培训机构：温州鹿城职业技能培训学校')).toBeTruthy()
  expect(item.getByText('养老护理员（4-10-01-05） · 五级（初级工）')).toBeTruthy()
  expect(item.getByText('2027年1月9日开课 · 鹿城区 · 共 80 课时')).toBeTruthy()
  expect(item.getByText('培训费 ¥1,600.00')).toBeTruthy()
  expect(item.getByText('还剩 2 个名额')).toBeTruthy()
  expect(item.getByText('上课安排（共 3 次）')).toBeTruthy()
  expect(item.getByText('2027年1月16日 14:00–17:30')).toBeTruthy()
  expect(item.getByText('鹿城区颐养中心实训室')).toBeTruthy()
})

test('she searches by occupation, district and first day, her voucher kept in the search', async () => {
  openPage()
  await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })
  fillSearch()
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '查找课程' }))
  expect(await screen.findByText('没有找到正在招生的课程。可以换个职业或区县，或者不填开课日期再找。')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/training/courses?occupationCode=4-10-01-05&regionCode=330302&startsFrom=2027-01-01&voucherId=v-1')
})

test('a first day that is not a date is said at its field and nothing is sent', async () => {
  openPage()
  await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })
  type('courses-starts-from', '下周六')
  fireEvent.click(screen.getByRole('button', { name: '查找课程' }))
  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('link').textContent).toMatch(/^最早开课日期：/)
  expect(input('courses-starts-from').getAttribute('aria-invalid')).toBe('true')
  expect(request).toHaveBeenCalledTimes(1)
})

test('she enrols with her voucher, with an Idempotency-Key; then no course offers the voucher again', async () => {
  openPage()
  await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })
  // A search with nothing chosen shows two.
  request.mockResolvedValueOnce(answer(200, { items: [carersCourse, { ...carersCourse, id: 'c-2', name: '养老护理员（五级）晚班' }], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '查找课程' }))
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）晚班' })).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, requested))
  fireEvent.click(course('养老护理员（五级）周末班').getByRole('button', { name: '用这张券报名“养老护理员（五级）周末班”' }))
  expect(await screen.findByText('等待培训机构确认')).toBeTruthy()
  expect(screen.getByText('已提交报名，等培训机构确认。确认后，培训券就用在这门课上了。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/courses/c-1/enrolments', method: 'POST', data: { voucherId: 'v-1' } })
  expect(sent(request, 2).header['Idempotency-Key']).toBeTruthy()
  expect(screen.queryByRole('button', { name: /用这张券报名/ })).toBeNull()
})

test('an enrolment that got no answer is sent again as the same request: one key for both tries', async () => {
  openPage()
  const enrolButton = await screen.findByRole('button', { name: /用这张券报名/ })
  request.mockRejectedValueOnce(noAnswer())
  fireEvent.click(enrolButton)
  expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy()
  request.mockResolvedValueOnce(answer(201, requested))
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByText('等待培训机构确认')).toBeTruthy()
  expect(sent(request, 2).header['Idempotency-Key']).toBe(sent(request, 1).header['Idempotency-Key'])
})

test.each([
  ['training.courseFull', '课程已招满'],
  ['training.voucherNotForCourse', '这张培训券不能用于这门课程（职业、等级或培训机构不在培训券范围内）'],
  ['training.voucherInUse', '这张培训券已用于报名其他课程'],
  ['training.courseStarted', '课程已开始，不能再报名或取消'],
  ['training.expired', '培训券已过期'],
])('an enrolment refused with %s says why in her language, offers no button, and keeps her search', async (key, text) => {
  openPage()
  await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })
  fillSearch()
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key, message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: /用这张券报名/ }))
  expect(await screen.findByText(text)).toBeTruthy()
  expect(screen.queryByRole('button', { name: /用这张券报名/ })).toBeNull()
  expect(input('courses-starts-from').value).toBe('2027-01-01')
  expect(screen.getByText('养老护理员（4-10-01-05）', { selector: '.training-picker__item--chosen span' })).toBeTruthy()
  expect(within(document.getElementById('courses-region') as HTMLElement).getByRole('button', { name: '鹿城区' }).getAttribute('aria-pressed')).toBe('true')
})

test('without a voucher she is told where to start, and no course offers to enrol', async () => {
  openPage({})
  expect(await screen.findByText('要报名，请在“我的培训”里，在培训券上点“为这张券找课程”。')).toBeTruthy()
  expect(sent(request, 0).url).toBe('/api/training/courses')
  expect(screen.queryByRole('button', { name: /用这张券报名/ })).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '去“我的培训”' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/mine/index' })
})

test('in English and care mode, the course and a refusal speak English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  expect(await screen.findByText('Training institution: 温州鹿城职业技能培训学校')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByText('2 places left')).toBeTruthy()
  expect(screen.getByText('Starts on 9 Jan 2027 · Lucheng District · 80 class hours')).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.courseFull', message: '课程已招满' }] })))
  fireEvent.click(screen.getByRole('button', { name: 'Enrol in "养老护理员（五级）周末班" with this voucher' }))
  expect(await screen.findByText('This course is full')).toBeTruthy()
})

test('logged out, the page asks for a login and leads back to the same voucher’s courses', () => {
  vi.mocked(useRouter).mockReturnValue({ params: { voucherId: 'v-1' } } as unknown as ReturnType<typeof useRouter>)
  render(<TrainingCoursesPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?next=${encodeURIComponent('/features/training/pages/courses/index?voucherId=v-1')}` })
  expect(request).not.toHaveBeenCalled()
})

test('a full course says so and offers no enrolment', async () => {
  vi.mocked(useRouter).mockReturnValue({ params: { voucherId: 'v-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-zhang', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: [{ ...carersCourse, enrolled: 30 }], nextCursor: null }))
  render(<TrainingCoursesPage />)
  expect(await screen.findByText('已招满')).toBeTruthy()
  expect(screen.queryByRole('button', { name: /用这张券报名/ })).toBeNull()
})

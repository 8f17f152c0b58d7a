import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { problemTitles } from '@renshe/shared/platform/messages'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { assessableCarersCourse, assessor } from '../../test-fixtures'
import AssessorCoursesPage from './index'

const request = vi.mocked(Taro.request)

test('the assessment body sees its region’s courses with how many trainees wait for a result, and opens one', async () => {
  sessionStore.set({ token: 'token-assessor', me: assessor })
  request.mockResolvedValueOnce(answer(200, { items: [assessableCarersCourse, { ...assessableCarersCourse, id: 'c-2', name: '电工（四级）', awaiting: 0 }], nextCursor: 'c-3' }))
  render(<AssessorCoursesPage />)
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/assessor/courses', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(screen.getByText('1 人待登记结果')).toBeTruthy()
  expect(screen.getByText('结果已全部登记')).toBeTruthy()
  expect(screen.getAllByText('2027年1月9日开课 · 学员 2 人')).toHaveLength(2)
  fireEvent.click(screen.getByRole('link', { name: '为“养老护理员（五级）周末班”登记评价结果' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/assessment-course/index?id=c-1' })

  request.mockResolvedValueOnce(answer(200, { items: [{ ...assessableCarersCourse, id: 'c-4', name: '保育师（四级）' }], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  expect(await screen.findByRole('heading', { name: '保育师（四级）' })).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/training/assessor/courses?cursor=c-3')
})

test('a refused list says why, in the reader’s language, instead of a list', async () => {
  sessionStore.set({ token: 'token-assessor', me: assessor })
  request.mockResolvedValueOnce(answer(403, problem('forbidden', 403)))
  render(<AssessorCoursesPage />)
  expect(await screen.findByRole('alert')).toBeTruthy()
  expect(screen.getByRole('heading', { name: problemTitles.forbidden['zh-CN'] })).toBeTruthy()
  expect(screen.queryByRole('list')).toBeNull()
})

test('in English and care mode an empty list says when courses appear', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-assessor', me: assessor })
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  render(<AssessorCoursesPage />)
  expect(await screen.findByText('No course of your region to assess yet. A course appears here once it has started with confirmed trainees.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('heading', { name: 'Skill assessment', level: 1 })).toBeTruthy()
})

test('logged out, the page asks for a login and comes back here after it', () => {
  render(<AssessorCoursesPage />)
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/login/index?next=${encodeURIComponent('/features/training/pages/assessor-courses/index')}` })
  expect(request).not.toHaveBeenCalled()
})

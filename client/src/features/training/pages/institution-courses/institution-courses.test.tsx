import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { carersCourse, school } from '../../test-fixtures'
import InstitutionCoursesPage from './index'

const request = vi.mocked(Taro.request)

function openPage() {
  sessionStore.set({ token: 'token-school', me: school })
  request.mockResolvedValueOnce(answer(200, { items: [carersCourse], nextCursor: 'c-2' }))
  render(<InstitutionCoursesPage />)
}

test('the institution sees its courses with the places taken, opens one’s enrolments, and publishes a new one', async () => {
  openPage()
  expect(await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/institution/courses', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(screen.getByText('已报名 28 / 30 人')).toBeTruthy()
  expect(screen.getByText('招生中')).toBeTruthy()
  fireEvent.click(screen.getByRole('link', { name: '“养老护理员（五级）周末班”的报名和学员' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/roster/index?id=c-1' })
  fireEvent.click(screen.getByRole('button', { name: '发布新课程' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/training/pages/new-course/index' })
})

test('more courses load on request, from the cursor', async () => {
  openPage()
  await screen.findByRole('heading', { name: '养老护理员（五级）周末班' })
  request.mockResolvedValueOnce(answer(200, { items: [{ ...carersCourse, id: 'c-3', name: '电工（四级）' }], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  expect(await screen.findByRole('heading', { name: '电工（四级）' })).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/training/institution/courses?cursor=c-2')
})

test('in English and care mode the list speaks English, and an empty list says how to start', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token-school', me: school })
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  render(<InstitutionCoursesPage />)
  expect(await screen.findByText('No course published yet. Publish one and voucher holders can enrol.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('button', { name: 'Publish a new course' })).toBeTruthy()
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { officer, supervisedSchool } from '../../test-fixtures'
import TrainingSupervisionPage from './index'

const request = vi.mocked(Taro.request)
const suspendedCentre = { ...supervisedSchool, id: 'inst-2', name: '五马街道职业培训中心', status: 'suspended' as const, suspendedReason: '多次一机多签', suspendedAt: '2027-01-12T02:00:00.000Z' }

function openPage(items = [supervisedSchool, suspendedCentre]) {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(200, { items }))
  render(<TrainingSupervisionPage />)
}

const card = async (name: string) => within((await screen.findByRole('heading', { name })).parentElement as HTMLElement)

test('the officer sees each institution of her region with its status and its flags by kind, and opens one’s flags', async () => {
  openPage()
  const school = await card('温州鹿城职业技能培训学校')
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/supervision', method: 'GET' })
  expect(sent(request, 0).header['X-Acting-For']).toBeUndefined()
  expect(school.getByText('正常')).toBeTruthy()
  expect(school.getByRole('list', { name: '各类异常次数' }).textContent).toBe('一机多签2 次时间外签到0 次出勤不足1 次')
  const centre = await card('五马街道职业培训中心')
  expect(centre.getByText('已暂停')).toBeTruthy()
  expect(centre.getByText('2027年1月12日暂停，原因：多次一机多签')).toBeTruthy()
  fireEvent.click(school.getByRole('link', { name: '查看“温州鹿城职业技能培训学校”的异常记录' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/training/pages/institution-flags/index?id=inst-1' })
})

test('a region with no institution says so', async () => {
  openPage([])
  expect(await screen.findByText('本辖区还没有培训机构。')).toBeTruthy()
})

test('a failure to load is said, with a retry that loads again', async () => {
  sessionStore.set({ token: 'token-liu', me: officer })
  request.mockResolvedValueOnce(answer(503, problem('partner_unavailable', 503)))
  render(<TrainingSupervisionPage />)
  request.mockResolvedValueOnce(answer(200, { items: [supervisedSchool] }))
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByRole('heading', { name: '温州鹿城职业技能培训学校' })).toBeTruthy()
})

test('in English and care mode the page speaks English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage()
  const school = await card('温州鹿城职业技能培训学校')
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(school.getByText('Active')).toBeTruthy()
  expect(school.getByRole('list', { name: 'Flags by kind' }).textContent).toContain('Shared phone2')
  expect(school.getByRole('link', { name: 'Flags of "温州鹿城职业技能培训学校"' })).toBeTruthy()
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { beforeEach, expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { belowThresholdFlag, officer, sharedPhoneFlag, supervisedSchool } from '../../test-fixtures'
import InstitutionFlagsPage from './index'

const request = vi.mocked(Taro.request)
const suspended = { ...supervisedSchool, status: 'suspended' as const, suspendedReason: '多次一机多签', suspendedAt: '2027-01-18T02:00:00.000Z' }

beforeEach(() => {
  vi.mocked(useRouter).mockReturnValue({ params: { id: 'inst-1' } } as unknown as ReturnType<typeof useRouter>)
  sessionStore.set({ token: 'token-liu', me: officer })
})

async function openPage(institution = supervisedSchool) {
  request.mockResolvedValueOnce(answer(200, { institution, items: [belowThresholdFlag], nextCursor: 'n-1' }))
  render(<InstitutionFlagsPage />)
  expect(await screen.findByRole('heading', { level: 2, name: '温州鹿城职业技能培训学校' })).toBeTruthy()
  expect(sent(request, 0)).toMatchObject({ url: '/api/training/supervision/institutions/inst-1/flags', method: 'GET' })
}

const flagItems = () => within(screen.getByRole('heading', { name: '异常记录（最新的在前）' }).parentElement as HTMLElement).getAllByRole('listitem')

test('the flags show newest first with their kind, course, session and masked trainee; "more" adds the next page', async () => {
  await openPage()
  expect(flagItems()[0]?.textContent).toBe('出勤不足课程结束时，学员出勤率低于要求课程：养老护理员（五级）周末班整个课程学员：赵*2027年1月17日 09:00记录')
  request.mockResolvedValueOnce(answer(200, { institution: supervisedSchool, items: [sharedPhoneFlag], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  await vi.waitFor(() => expect(flagItems()).toHaveLength(2))
  expect(sent(request, 1).url).toBe('/api/training/supervision/institutions/inst-1/flags?cursor=n-1')
  expect(flagItems()[1]?.textContent).toContain('一机多签')
  expect(flagItems()[1]?.textContent).toContain('2027年1月9日的课')
  expect(flagItems()[1]?.textContent).toContain('学员：李*')
  expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()
})

test('suspending asks what it means and needs a reason; "not now" keeps the reason typed, "yes" suspends', async () => {
  await openPage()
  fireEvent.click(screen.getByRole('button', { name: '暂停这家机构' }))
  expect(screen.getByRole('alert').textContent).toMatch(/不能发布课程、确认报名、显示签到码/)
  fireEvent.click(screen.getByRole('button', { name: '确定暂停' }))
  expect(await screen.findByText('请填写此项')).toBeTruthy()
  expect(request).toHaveBeenCalledTimes(1)

  fireEvent.change(document.getElementById('suspend-inst-1-reason') as HTMLTextAreaElement, { target: { value: '多次一机多签' } })
  fireEvent.click(screen.getByRole('button', { name: '先不暂停' }))
  expect(request).toHaveBeenCalledTimes(1)
  fireEvent.click(screen.getByRole('button', { name: '暂停这家机构' }))
  expect((document.getElementById('suspend-inst-1-reason') as HTMLTextAreaElement).value).toBe('多次一机多签')

  request.mockResolvedValueOnce(answer(200, suspended))
  fireEvent.click(screen.getByRole('button', { name: '确定暂停' }))
  expect(await screen.findByText('已暂停这家机构。')).toBeTruthy()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/supervision/institutions/inst-1/suspend', method: 'POST', data: { reason: '多次一机多签' } })
  expect(sent(request, 1).header['X-Acting-For']).toBeUndefined()
  expect(screen.getByText('2027年1月18日暂停，原因：多次一机多签')).toBeTruthy()
  expect(screen.getByRole('button', { name: '恢复这家机构' })).toBeTruthy()
})

test('a suspended institution is reinstated after the same in-page question; a refusal is said in words', async () => {
  await openPage(suspended)
  fireEvent.click(screen.getByRole('button', { name: '恢复这家机构' }))
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.institutionUnknown', message: 'x' }] })))
  fireEvent.click(screen.getByRole('button', { name: '确定恢复' }))
  expect(await screen.findByText('所选培训机构不在本地区')).toBeTruthy()
  request.mockResolvedValueOnce(answer(200, supervisedSchool))
  fireEvent.click(screen.getByRole('button', { name: '确定恢复' }))
  expect(await screen.findByText('已恢复这家机构。')).toBeTruthy()
  expect(sent(request, 2)).toMatchObject({ url: '/api/training/supervision/institutions/inst-1/reinstate', method: 'POST' })
  expect(screen.getByText('正常')).toBeTruthy()
  expect(screen.getByRole('button', { name: '暂停这家机构' })).toBeTruthy()
})

test('an institution with no flags says so; in English and care mode the page speaks English', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  request.mockResolvedValueOnce(answer(200, { institution: supervisedSchool, items: [], nextCursor: null }))
  render(<InstitutionFlagsPage />)
  expect(await screen.findByText('This institution has no flags.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  expect(screen.getByRole('button', { name: 'Suspend this institution' })).toBeTruthy()
})

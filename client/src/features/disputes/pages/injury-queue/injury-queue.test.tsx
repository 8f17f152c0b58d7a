import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { appliedInjury, assessedInjury, injurySummaryOf } from '../../injury-test-fixtures'
import InjuryQueuePage from './index'

const request = vi.mocked(Taro.request)
const officer: Me = { ...citizen, id: 'u-liu', roles: ['officer'], realName: { bound: false }, regionCode: '330302' }
const late = injurySummaryOf({ ...appliedInjury, id: 'inj-2', caseNumber: '温鹿工伤认〔2026〕0002号', overdue: true, next: { step: 'acceptance', by: '2026-12-20', done: false, overdue: true } })

test('the officer reads the county’s cases, the overdue first and marked, filters to the overdue, and opens one', async () => {
  sessionStore.set({ token: 'token', me: officer })
  request.mockResolvedValueOnce(answer(200, { items: [late, injurySummaryOf(assessedInjury)], nextCursor: 'c-2' }))
  render(<InjuryQueuePage />)
  expect(screen.getByRole('heading', { name: '工伤认定队列', level: 1 })).toBeTruthy()
  const rows = await screen.findAllByRole('listitem')
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/injury-queue?limit=30', method: 'GET' })
  const first = within(rows[0] as HTMLElement)
  expect(first.getByText('已逾期')).toBeTruthy()
  expect(first.getByText('受伤职工：张*红')).toBeTruthy()
  expect(first.getByText('用人单位：温州市鹿城建工有限公司')).toBeTruthy()
  expect(first.getByText('下一步：决定是否受理，期限 2026年12月20日')).toBeTruthy()
  expect(within(rows[1] as HTMLElement).queryByText('已逾期')).toBeNull()

  request.mockResolvedValueOnce(answer(200, { items: [injurySummaryOf({ ...appliedInjury, id: 'inj-3', caseNumber: '温鹿工伤认〔2026〕0003号' })], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  await waitFor(() => expect(sent(request, 1)).toMatchObject({ url: '/api/disputes/injury-queue?limit=30&cursor=c-2' }))
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3))

  request.mockResolvedValueOnce(answer(200, { items: [late], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: '只看逾期' }))
  await waitFor(() => expect(sent(request, 2)).toMatchObject({ url: '/api/disputes/injury-queue?limit=30&overdue=true' }))
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1))
  expect(screen.getByRole('button', { name: /只看逾期/ }).getAttribute('aria-pressed')).toBe('true')
  fireEvent.click(screen.getByRole('link', { name: /温鹿工伤认〔2026〕0002号/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('injury', { id: 'inj-2' }) })
})

test('no case, and no overdue case, are said as such, in English too; care mode enlarges the page', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  sessionStore.set({ token: 'token', me: { ...officer, roles: ['supervisor'] } })
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  render(<InjuryQueuePage />)
  expect(await screen.findByText('Your county has no work-injury cases now.')).toBeTruthy()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  request.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null }))
  fireEvent.click(screen.getByRole('button', { name: 'Overdue only' }))
  expect(await screen.findByText('No case is overdue.')).toBeTruthy()
})

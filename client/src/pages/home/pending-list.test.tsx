import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { PendingItem } from '@renshe/shared/inbox/schemas'
import { answer, citizen } from '../../../test/fixtures'
import { sessionStore } from '../../lib/auth/session-store'
import { localeStore } from '../../lib/i18n/locale-store'
import { PendingList } from './pending-list'

function openAsEmployer(items: PendingItem[]) {
  sessionStore.set({ token: 'token', me: { ...citizen, id: 'u-oujiang', displayName: '温州瓯江建设有限公司', roles: ['employer'], realName: { bound: false } } })
  vi.mocked(Taro.request).mockResolvedValueOnce(answer(200, { items }))
  render(<PendingList />)
}

test('an employer with one complaint to answer and one project short of payroll is led straight to each', async () => {
  openAsEmployer([
    { kind: 'wages_to_answer', count: 1, caseId: 'case-1' },
    { kind: 'payroll_missing', count: 1, projectId: 'project-2' },
  ])
  fireEvent.click(await screen.findByRole('link', { name: '有 1 件欠薪投诉等待您答复' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/wages/pages/respond/index?id=case-1' })
  fireEvent.click(screen.getByRole('link', { name: '有 1 个月的项目工资表未上传' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/wages/pages/payroll/index?id=project-2' })
  expect(screen.queryByText('暂时没有需要您处理的事项。')).toBeNull()
})

test('with several complaints or projects, the employer is led to the desk and to the project list, in English too', async () => {
  localeStore.set('en')
  openAsEmployer([
    { kind: 'wages_to_answer', count: 3, caseId: null },
    { kind: 'payroll_missing', count: 4, projectId: null },
  ])
  fireEvent.click(await screen.findByRole('link', { name: 'Wage complaints waiting for your reply: 3' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/wages/pages/employer/index' })
  fireEvent.click(screen.getByRole('link', { name: 'Months of project payroll not uploaded: 4' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/wages/pages/projects/index' })
})

test('“please rate” leads to the case opened at its rating', async () => {
  sessionStore.set({ token: 'token', me: citizen })
  vi.mocked(Taro.request).mockResolvedValueOnce(answer(200, { items: [{ kind: 'wages_to_rate', caseId: 'case-9', caseNumber: 'AX-330304-2026-000001' }] }))
  render(<PendingList />)
  fireEvent.click(await screen.findByRole('link', { name: '案件 AX-330304-2026-000001 已办结，请评价办理情况' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/wages/pages/case/index?id=case-9&focus=rating' })
})

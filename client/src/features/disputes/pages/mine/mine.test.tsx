import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink, pages } from '@renshe/shared/platform/pages'
import { answer, citizen, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { appliedCase, awardedCase, summaryOf } from '../../test-fixtures'
import MyArbitrationsPage from './index'

const request = vi.mocked(Taro.request)
const employer: Me = { ...citizen, id: 'u-firm', roles: ['employer'], realName: { bound: false } }
const overdue = summaryOf({ ...appliedCase, id: 'arb-2', caseNumber: '温鹿劳人仲案〔2026〕0002号', overdue: true, next: { step: 'accept', by: '2026-11-20', done: false, overdue: true } })

async function openPage(me: Me, items = [overdue, summaryOf(awardedCase)]) {
  sessionStore.set({ token: 'token', me })
  request.mockResolvedValueOnce(answer(200, { items, nextCursor: null }))
  render(<MyArbitrationsPage />)
  expect(sent(request, 0)).toMatchObject({ url: '/api/disputes/arbitrations', method: 'GET' })
}

test('the worker sees each case with its number, employer, status, next step and its day, the overdue marked; a case opens, and she may apply', async () => {
  await openPage(citizen)
  const rows = (await screen.findAllByRole('listitem')).map((row) => within(row))
  expect(rows).toHaveLength(2)
  const [late, done] = rows
  expect(late?.getByText('温鹿劳人仲案〔2026〕0002号')).toBeTruthy()
  expect(late?.getByText('被申请人：温州市鹿城建工有限公司')).toBeTruthy()
  expect(late?.getByText('待受理')).toBeTruthy()
  expect(late?.getByText('已逾期')).toBeTruthy()
  expect(late?.getByText('下一步：决定是否受理，期限 2026年11月20日')).toBeTruthy()
  expect(late?.queryByText(/^申请人：/)).toBeNull()
  expect(done?.getByText('已裁决')).toBeTruthy()
  expect(done?.queryByText('已逾期')).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: /温鹿劳人仲案〔2026〕0001号/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('arbitration', { id: 'arb-1' }) })
  fireEvent.click(screen.getByRole('button', { name: '申请劳动仲裁' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.applyArbitration })
})

test('an employer sees the cases against it, the applicant masked, and no button to apply, in English too', async () => {
  localeStore.set('en')
  await openPage(employer)
  expect(await screen.findByText('Labour arbitration cases against your organisation. Submit your defence and attend the hearing in time.')).toBeTruthy()
  expect(screen.getAllByText('Applicant: 张*红')).toHaveLength(2)
  expect(screen.getAllByText('Overdue')).toHaveLength(1)
  expect(screen.queryByRole('button', { name: 'Apply for labour arbitration' })).toBeNull()
})

test('with no case yet she reads so and can apply from there', async () => {
  await openPage(citizen, [])
  expect(await screen.findByText('还没有劳动仲裁案件。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '申请劳动仲裁' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.applyArbitration })
})

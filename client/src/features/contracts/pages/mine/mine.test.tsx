import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink, pages } from '@renshe/shared/platform/pages'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { sessionStore } from '../../../../lib/auth/session-store'
import { carePreferenceStore } from '../../../../lib/care-mode/care-mode-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { expectNoAxeViolations } from '../../test-a11y'
import { awaitingWorker, employer, signedContract, summaryOf, worker } from '../../test-fixtures'
import MyContractsPage from './index'

const request = vi.mocked(Taro.request)
const openEnded = summaryOf({ ...signedContract, id: 'ct-2', contractNumber: 'HT3303022026000002', kind: 'open_ended', endsOn: null, employerName: '温州市瓯海物流有限公司', position: '仓库管理员' })

function openPage(me: Me, items = [summaryOf(awaitingWorker), openEnded]) {
  sessionStore.set({ token: 'token', me })
  request.mockResolvedValueOnce(answer(200, { items, nextCursor: null }))
  render(<MyContractsPage />)
}

test('the worker sees each contract with its kind, status for her, employer, position, term and number; one opens, and the public check is a tap away', async () => {
  openPage(worker)
  const rows = (await screen.findAllByRole('listitem')).map((row) => within(row))
  expect(sent(request, 0)).toMatchObject({ url: '/api/contracts?limit=30', method: 'GET' })
  expect(rows).toHaveLength(2)
  const [toSign, running] = rows
  expect(toSign?.getByText('固定期限劳动合同')).toBeTruthy()
  expect(toSign?.getByText('待您签署')).toBeTruthy()
  expect(toSign?.getByText('用人单位：温州市鹿城建工有限公司')).toBeTruthy()
  expect(toSign?.getByText('岗位：木工')).toBeTruthy()
  expect(toSign?.getByText('期限：2026年12月1日 至 2029年11月30日')).toBeTruthy()
  expect(toSign?.getByText('合同编号 HT3303022026000001')).toBeTruthy()
  expect(toSign?.queryByText(/^劳动者：/)).toBeNull()
  expect(running?.getByText('无固定期限劳动合同')).toBeTruthy()
  expect(running?.getByText('已签署')).toBeTruthy()
  expect(running?.getByText('期限：2026年12月1日 起')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '起草劳动合同' })).toBeNull()

  fireEvent.click(screen.getByRole('link', { name: /HT3303022026000001/ }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pageLink('contract', { id: 'ct-1' }) })
  fireEvent.click(screen.getByRole('link', { name: '核验一份劳动合同文件是否真实（无需登录）' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.verifyContract })
  await expectNoAxeViolations()
})

test('an employer drafts from here and sees the worker masked and "waiting for the worker", in English and care mode', async () => {
  localeStore.set('en')
  carePreferenceStore.set('on')
  openPage(employer, [summaryOf({ ...awaitingWorker, myRole: 'employer' })])
  expect(await screen.findByText('Worker: 张*红')).toBeTruthy()
  expect(screen.getByText('Waiting for the worker to sign')).toBeTruthy()
  expect(screen.getByText('Fixed-term labour contract')).toBeTruthy()
  expect(screen.getByText('Term: 1 Dec 2026 to 30 Nov 2029')).toBeTruthy()
  expect(screen.queryByText(/^Employer:/)).toBeNull()
  expect(screen.getByRole('main').parentElement?.className).toContain('page--care')
  fireEvent.click(screen.getByRole('button', { name: 'Draft a labour contract' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: pages.contractDraft })
  await expectNoAxeViolations()
})

test('with no contract yet each reads so; the employer can still draft', async () => {
  openPage(employer, [])
  expect(await screen.findByText('本单位还没有起草劳动合同。')).toBeTruthy()
  expect(screen.getByRole('button', { name: '起草劳动合同' })).toBeTruthy()
})

test('a list that cannot load says why and offers to try again, which loads it', async () => {
  sessionStore.set({ token: 'token', me: worker })
  request.mockResolvedValueOnce(answer(503, problem('partner_unavailable', 503)))
  render(<MyContractsPage />)
  const retry = await screen.findByRole('button', { name: '重试' })
  request.mockResolvedValueOnce(answer(200, { items: [summaryOf(awaitingWorker)], nextCursor: null }))
  fireEvent.click(retry)
  expect(await screen.findByText('待您签署')).toBeTruthy()
})

test('logged out, the page asks for a login that leads back here', () => {
  render(<MyContractsPage />)
  expect(screen.getByText('请先登录，再起草、阅读或签署劳动合同。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '登录' }))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${pages.login}?next=${encodeURIComponent(pages.myContracts)}` })
  expect(request).not.toHaveBeenCalled()
})

import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { answer, problem, sent } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { account, dueCertification, gridWorker, pensioner } from '../../test-fixtures'
import PensionAccountPage from './index'

const request = vi.mocked(Taro.request)

test('a pensioner sees the certification in words, the big button, the monthly amount and the payments', async () => {
  sessionStore.set({ token: 'token-sun', me: pensioner })
  request.mockResolvedValueOnce(answer(200, account))
  render(<PensionAccountPage />)

  expect(await screen.findByRole('heading', { name: '养老金资格认证：还剩 10 天' })).toBeTruthy()
  expect(screen.getByText('请在 2026年12月9日 前完成认证。')).toBeTruthy()
  expect(screen.getByText('上次认证：2025年12月9日，医院就诊记录自动认证')).toBeTruthy()
  expect(screen.getByRole('button', { name: '开始认证' })).toBeTruthy()
  expect(screen.getByText('¥4,125.00', { selector: '.retiree-fact__value' })).toBeTruthy()
  expect(screen.getByText('正常发放')).toBeTruthy()
  const payments = screen.getAllByRole('list')[1]
  expect(payments && within(payments).getAllByRole('listitem')[0]?.textContent).toContain('2026年11月')
})

test('a suspended pension shows the money held back and the months paid later as arrears', async () => {
  sessionStore.set({ token: 'token-wu', me: pensioner })
  request.mockResolvedValueOnce(
    answer(200, {
      ...account,
      status: 'suspended',
      heldFen: 502_000,
      certification: { ...dueCertification, state: 'suspended', daysLeft: -90, dueDate: '2026-08-31', suspendsOn: '2026-10-01' },
      payments: [
        { month: '2026-10', amountFen: 251_000, status: 'held', paidOn: null, arrears: false },
        { month: '2026-09', amountFen: 251_000, status: 'paid', paidOn: '2026-11-20', arrears: true },
      ],
    }),
  )
  render(<PensionAccountPage />)

  expect(await screen.findByRole('heading', { name: '养老金已暂停发放，认证后补发' })).toBeTruthy()
  expect(screen.getByText('¥5,020.00')).toBeTruthy()
  expect(screen.getByText('暂缓发放')).toBeTruthy()
  expect(screen.getByText('补发')).toBeTruthy()
})

test('someone who draws no pension here is told so kindly, not shown an error', async () => {
  sessionStore.set({ token: 'token-zhang', me: { ...pensioner, id: 'u-zhang' } })
  request.mockResolvedValueOnce(answer(404, problem('not_found', 404)))
  render(<PensionAccountPage />)
  expect(await screen.findByRole('heading', { name: '这里没有您的养老金' })).toBeTruthy()
  expect(screen.queryByRole('alert')).toBeNull()
})

test('grid staff acting for a pensioner see the account under the grant, and are sent to a home visit, not a face check', async () => {
  sessionStore.set({ token: 'token-chen', me: { ...gridWorker, roles: ['grid_staff'] } })
  actingForStore.set({ grantId: 'grant-9', maskedName: '孙**', idNumberHint: '3303…', scopes: ['retiree.assist'], expiresAt: '2030-01-01T00:00:00.000Z' })
  request.mockResolvedValueOnce(answer(200, account))
  render(<PensionAccountPage />)

  expect(await screen.findByRole('button', { name: '为老人上门认证' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: '开始认证' })).toBeNull()
  expect(sent(request).header['X-Acting-For']).toBe('grant-9')
})

test('a pension held while a death record is checked says so, and how to show the record is wrong', async () => {
  sessionStore.set({ token: 'token-sun', me: pensioner })
  request.mockResolvedValueOnce(
    answer(200, {
      ...account,
      deathRecordUnderReview: true,
      heldFen: 412_500,
      certification: { ...dueCertification, state: 'certified', daysLeft: 300 },
      payments: [{ month: '2026-12', amountFen: 412_500, status: 'held', paidOn: null, arrears: false }],
    }),
  )
  render(<PensionAccountPage />)

  expect(await screen.findByRole('heading', { name: '养老金暂停发放，正在核实' })).toBeTruthy()
  expect(
    screen.getByText('我们收到了一条关于您的死亡信息，养老金暂停发放，正在由经办人员核实。如信息有误，请尽快完成刷脸认证或联系社保经办机构，核实后将补发。'),
  ).toBeTruthy()
  expect(screen.getByText('暂停发放，正在核实')).toBeTruthy()
  expect(screen.getByText('核实后补发')).toBeTruthy()
  expect(screen.queryByText('正常发放')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '去刷脸认证' }))
  expect(vi.mocked(Taro.navigateTo)).toHaveBeenCalledWith({ url: '/features/retiree/pages/certify/index' })
})

test('in English, and with a certification due, the held pension is explained once and the one button is the usual one', async () => {
  localeStore.set('en')
  sessionStore.set({ token: 'token-sun', me: pensioner })
  request.mockResolvedValueOnce(answer(200, { ...account, deathRecordUnderReview: true }))
  render(<PensionAccountPage />)

  expect(await screen.findByRole('heading', { name: 'Your pension is on hold while we check a record' })).toBeTruthy()
  expect(screen.getByText('On hold while a record is checked')).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Certify now' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Do the face check' })).toBeNull()
})

import { fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { Me } from '@renshe/shared/identity/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import type { CaseDetail } from '@renshe/shared/wages/schemas'
import { answer, citizen } from '../../../../../test/fixtures'
import { actingForStore } from '../../../../lib/acting-for/acting-for-store'
import { sessionStore } from '../../../../lib/auth/session-store'
import { localeStore } from '../../../../lib/i18n/locale-store'
import { sampleCase } from '../../components/office-sample-case'
import ComplaintPage from './index'

const request = vi.mocked(Taro.request)
const gridStaff: Me = { ...citizen, id: 'u-wang', roles: ['grid_staff'], staffCode: 'WG330302001' }
const employer: Me = { ...citizen, id: 'u-firm', roles: ['employer'], realName: { bound: false } }

/** Her complaint, which the office sent to arbitration; she has not applied yet. */
const transferred: CaseDetail = { ...sampleCase, status: 'arbitration', allowedActions: [], arbitration: null }
const applied: CaseDetail = { ...transferred, arbitration: { id: 'arb-1', caseNumber: '温鹿劳人仲案〔2026〕0001号' } }

async function openComplaint(detail: CaseDetail, me: Me = citizen, heading = '投诉内容') {
  sessionStore.set({ token: 'token', me })
  vi.mocked(useRouter).mockReturnValue({ params: { id: detail.id } } as unknown as ReturnType<typeof useRouter>)
  request.mockResolvedValueOnce(answer(200, detail))
  render(<ComplaintPage />)
  await screen.findByRole('heading', { name: heading })
}

test('a complaint sent to arbitration offers her the application, filled in from it', async () => {
  await openComplaint(transferred)
  expect(screen.getByRole('heading', { name: '劳动仲裁' })).toBeTruthy()
  expect(screen.getByText(/^这份投诉已转为劳动仲裁。/)).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '申请劳动仲裁（已为您预填）' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pageLink('applyArbitration', { wageCaseId: 'case-1' }) })
})

test('once she has applied, the complaint links to its arbitration instead, whatever its status now', async () => {
  await openComplaint({ ...applied, status: 'closed' })
  expect(screen.getByText(/已经根据这份投诉申请了劳动仲裁（案号 温鹿劳人仲案〔2026〕0001号）/)).toBeTruthy()
  expect(screen.queryByRole('button', { name: '申请劳动仲裁（已为您预填）' })).toBeNull()
  fireEvent.click(screen.getByRole('link', { name: '查看仲裁案件 温鹿劳人仲案〔2026〕0001号' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: pageLink('arbitration', { id: 'arb-1' }) })
})

test('a complaint not sent to arbitration offers nothing of it', async () => {
  await openComplaint({ ...transferred, status: 'mediating' })
  expect(screen.queryByRole('heading', { name: '劳动仲裁' })).toBeNull()
  expect(screen.queryByRole('button', { name: /申请劳动仲裁/ })).toBeNull()
})

test('grid staff acting only under wages.file are not offered an application they may not file', async () => {
  actingForStore.set({ grantId: 'grant-7', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['wages.file'], expiresAt: '2030-01-01T00:00:00.000Z' })
  await openComplaint(transferred, gridStaff)
  expect(screen.queryByRole('button', { name: '申请劳动仲裁（已为您预填）' })).toBeNull()
  expect(screen.queryByRole('heading', { name: '劳动仲裁' })).toBeNull()
})

test('grid staff acting under disputes.file may apply for her from it', async () => {
  actingForStore.set({ grantId: 'grant-9', maskedName: '张*红', idNumberHint: '3303…1234', scopes: ['wages.file', 'disputes.file'], expiresAt: '2030-01-01T00:00:00.000Z' })
  await openComplaint(transferred, gridStaff)
  expect(screen.getByRole('button', { name: '申请劳动仲裁（已为您预填）' })).toBeTruthy()
})

test('an employer opening the page sees no arbitration part, even once applied', async () => {
  await openComplaint(applied, employer)
  expect(screen.queryByRole('heading', { name: '劳动仲裁' })).toBeNull()
  expect(screen.queryByRole('link', { name: /查看仲裁案件/ })).toBeNull()
})

test('in English the offer and the link read in English', async () => {
  localeStore.set('en')
  await openComplaint(transferred, citizen, 'The complaint')
  expect(screen.getByRole('heading', { name: 'Labour arbitration' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Apply for labour arbitration (filled in for you)' })).toBeTruthy()
  expect(screen.getByText(/^This complaint was sent to labour arbitration\./)).toBeTruthy()
})

test('in English the arbitration applied for is linked in English', async () => {
  localeStore.set('en')
  await openComplaint(applied, citizen, 'The complaint')
  expect(screen.getByText(/^You applied for labour arbitration from this complaint \(case number 温鹿劳人仲案〔2026〕0001号\)/)).toBeTruthy()
  expect(screen.getByRole('link', { name: 'Open arbitration case 温鹿劳人仲案〔2026〕0001号' })).toBeTruthy()
})

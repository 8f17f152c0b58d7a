import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { answer, citizen, problem, sent } from '../../../test/fixtures'
import { sessionStore } from '../../lib/auth/session-store'
import { localeStore } from '../../lib/i18n/locale-store'
import InboxPage from './index'

const request = vi.mocked(Taro.request)
const offered: InboxMessage = {
  id: 'm1',
  template: 'retiree.assistanceOffered',
  params: { benefit: 'longevity_allowance', amountFen: 10_000 },
  link: '/features/retiree/pages/assistance/index',
  createdAt: '2026-11-29T04:00:00.000Z',
  readAt: null,
  action: { kind: 'confirm_assistance', targetId: 'offer-1', done: false },
}

function openInbox(messages: InboxMessage[]) {
  sessionStore.set({ token: 'token', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: messages, nextCursor: null, unread: messages.length }))
  render(<InboxPage />)
}

test('an offered benefit is taken up with one tap in the message itself', async () => {
  openInbox([offered])
  expect(await screen.findByText('您可以领取“高龄津贴”，每月 ¥100.00。点“确认领取”就行，不用填表。')).toBeTruthy()
  const offer = { id: 'offer-1', benefit: 'longevity_allowance', amountFen: 10_000, status: 'confirmed', offeredAt: offered.createdAt, confirmedAt: '2026-11-29T05:00:00.000Z' }
  request.mockResolvedValueOnce(answer(200, offer))

  fireEvent.click(screen.getByRole('button', { name: '确认领取' }))

  expect(await screen.findByText('已确认')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认领取' })).toBeNull()
  expect(sent(request, 1).url).toBe('/api/retiree/assistance/offer-1/confirm')
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})

test('an offer confirmed before shows "Confirmed" from the start, not the button', async () => {
  openInbox([{ ...offered, action: { kind: 'confirm_assistance', targetId: 'offer-1', done: true } }])
  expect(await screen.findByText('已确认')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '确认领取' })).toBeNull()
})

test('the flexible-worker subsidy offer applies with one tap in the message, with an Idempotency-Key', async () => {
  const subsidyOffer: InboxMessage = {
    id: 'm2',
    template: 'jobs.subsidyOffered',
    params: { paidFen: 160_000 },
    link: '/features/jobs/pages/subsidy/index',
    createdAt: '2026-11-29T04:00:00.000Z',
    readAt: null,
    action: { kind: 'apply_subsidy', targetId: 'offer-9', done: false },
  }
  openInbox([subsidyOffer])
  expect(await screen.findByText(/最多 ¥1,600.00/)).toBeTruthy()
  const application = { id: 'a1', months: [{ month: '2026-11', paidFen: 120_000 }], paidFen: 120_000, status: 'pending', appliedAt: '2026-11-29T05:00:00.000Z', decidedAt: null, declineReason: null, ruleId: null, subsidisedMonths: [], amountFen: null, payTo: 'wechat', payout: null }
  request.mockResolvedValueOnce(answer(201, application))
  fireEvent.click(screen.getByRole('button', { name: '申请补贴' }))
  expect(await screen.findByText('已申请，等待经办人审核')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/jobs/subsidy/applications')
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  // The one tap is paid as the offer says, to her WeChat balance: the body chooses nothing.
  expect(sent(request, 1).data).toEqual({})
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})

const voucherOffered: InboxMessage = {
  id: 'm3',
  template: 'training.voucherOffered',
  params: { programmeName: '2027年养老护理员培训券' },
  link: '/features/training/pages/mine/index',
  createdAt: '2026-11-29T04:00:00.000Z',
  readAt: null,
  action: { kind: 'accept_voucher', targetId: 'v-1', done: false },
}

test('a training voucher pushed to her is accepted with one tap in the message, without opening a page', async () => {
  openInbox([voucherOffered])
  expect(await screen.findByText(/您收到一张职业培训券“2027年养老护理员培训券”/)).toBeTruthy()
  const voucher = {
    id: 'v-1',
    number: 'PX2026000001',
    programmeId: 'p-1',
    programmeName: '2027年养老护理员培训券',
    kind: 'basic',
    payment: 'face_value',
    reach: 'targeted',
    covered: [{ occupationCode: '4-10-01-05', level: 5, subsidyFen: 150_000 }],
    institutions: [{ id: 'u-school', name: '温州技师培训学校', regionCode: '330302' }],
    enrolment: null,
    status: 'claimed',
    issuedAt: '2026-11-29T04:00:00.000Z',
    claimedAt: '2026-11-29T05:00:00.000Z',
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
  }
  request.mockResolvedValueOnce(answer(200, voucher))
  fireEvent.click(screen.getByRole('button', { name: '领取培训券' }))
  expect(await screen.findByText('已领取，可在“我的培训”里查看')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '领取培训券' })).toBeNull()
  expect(sent(request, 1)).toMatchObject({ url: '/api/training/vouchers/v-1/accept', method: 'POST' })
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})

test('a voucher accepted before says so from the start; one refused because it expired says why in English, with no button', async () => {
  localeStore.set('en')
  openInbox([{ ...voucherOffered, id: 'm4', action: { kind: 'accept_voucher', targetId: 'v-0', done: true } }, voucherOffered])
  expect(await screen.findByText('Accepted; see it under My training')).toBeTruthy()
  request.mockResolvedValueOnce(answer(409, problem('conflict', 409, { errors: [{ path: 'params.id', key: 'training.expired', message: '培训券已过期' }] })))
  fireEvent.click(screen.getByRole('button', { name: 'Accept the voucher' }))
  expect(await screen.findByText('This voucher has expired')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Accept the voucher' })).toBeNull()
})

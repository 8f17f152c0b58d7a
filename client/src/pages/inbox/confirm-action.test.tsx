import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { answer, citizen, sent } from '../../../test/fixtures'
import { sessionStore } from '../../lib/auth/session-store'
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
  const application = { id: 'a1', months: [{ month: '2026-11', paidFen: 120_000 }], paidFen: 120_000, status: 'pending', appliedAt: '2026-11-29T05:00:00.000Z', decidedAt: null, declineReason: null, ruleId: null, subsidisedMonths: [], amountFen: null, payout: null }
  request.mockResolvedValueOnce(answer(201, application))
  fireEvent.click(screen.getByRole('button', { name: '申请补贴' }))
  expect(await screen.findByText('已申请，等待经办人审核')).toBeTruthy()
  expect(sent(request, 1).url).toBe('/api/jobs/subsidy/applications')
  expect(sent(request, 1).header['Idempotency-Key']).toBeTruthy()
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})

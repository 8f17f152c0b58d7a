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

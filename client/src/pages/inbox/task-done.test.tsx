import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { answer, citizen } from '../../../test/fixtures'
import { sessionStore } from '../../lib/auth/session-store'
import InboxPage from './index'

const request = vi.mocked(Taro.request)
const closed: InboxMessage = {
  id: 'm1',
  template: 'wages.closed',
  params: { caseNumber: 'AX-330302-2026-000003', recoveredFen: 860_000 },
  link: '/features/wages/pages/case/index?id=case-1&focus=rating',
  createdAt: '2026-11-29T04:00:00.000Z',
  readAt: null,
  action: { kind: 'rate_case', targetId: 'case-1', done: false },
}

function openInbox(messages: InboxMessage[]) {
  sessionStore.set({ token: 'token', me: citizen })
  request.mockResolvedValueOnce(answer(200, { items: messages, nextCursor: null, unread: messages.filter((m) => !m.readAt).length }))
  render(<InboxPage />)
}

test('a “please rate” message not yet done is unread and offers no button: the rating is on the case page', async () => {
  openInbox([closed])
  expect(await screen.findByText(/请评价办理情况/)).toBeTruthy()
  expect(screen.getByText('未读')).toBeTruthy()
  expect(screen.queryByText('已评价')).toBeNull()
  expect(screen.queryByRole('button')).toBeNull()
})

test('once rated, the message says so and carries no unread badge', async () => {
  openInbox([{ ...closed, readAt: '2026-11-29T05:00:00.000Z', action: { kind: 'rate_case', targetId: 'case-1', done: true } }])
  expect(await screen.findByText('已评价')).toBeTruthy()
  expect(screen.queryByText('未读')).toBeNull()
})

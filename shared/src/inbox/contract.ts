import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { Cursor, Page } from '../platform/primitives'
import { InboxMessage, PendingItem } from './schemas'

const everyone = ['citizen', 'grid_staff', 'employer', 'institution', 'assessor', 'venue', 'officer', 'supervisor', 'admin'] as const
const tags = ['inbox'] as const

export const listMessages = defineOperation({
  id: 'inbox.listMessages',
  method: 'get',
  path: '/inbox/messages',
  summary: 'My messages, newest first',
  tags,
  access: { kind: 'session', roles: everyone, proxyScope: 'inbox.read' },
  query: Cursor,
  response: Page(InboxMessage).extend({ unread: z.number().int().nonnegative() }),
})

export const markMessageRead = defineOperation({
  id: 'inbox.markRead',
  method: 'post',
  path: '/inbox/messages/:id/read',
  summary: 'Mark one of my messages read',
  tags,
  access: { kind: 'session', roles: everyone },
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  response: InboxMessage,
})

export const listPending = defineOperation({
  id: 'inbox.listPending',
  method: 'get',
  path: '/inbox/pending',
  summary: 'Things that need me now, for the top of Home',
  tags,
  access: { kind: 'session', roles: everyone, proxyScope: 'profile.read' },
  response: z.object({ items: z.array(PendingItem) }),
})

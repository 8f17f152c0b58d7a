import { expect, test } from 'vitest'
import type { InboxMessage } from '@renshe/shared/inbox/schemas'
import { messageText } from './message-text'

const issued: InboxMessage = {
  id: 'm1',
  template: 'records.certificateIssued',
  params: { code: 'D6CY9V5PG8PC', purpose: 'school_enrollment' },
  link: '/features/records/pages/certificate/index?id=c1',
  createdAt: '2026-11-29T04:00:00.000Z',
  readAt: null,
}

test('a stored message reads in the language chosen today, with its codes turned into words', () => {
  expect(messageText(issued, 'zh-CN')).toBe('参保证明已开具（用途：子女入学），核验码 D6CY-9V5P-G8PC。')
  expect(messageText(issued, 'en')).toBe('Your participation certificate is ready (for: School enrolment). Verification code D6CY-9V5P-G8PC.')
})

test('a certificate got by grid staff says so', () => {
  expect(messageText({ ...issued, params: { ...issued.params, byProxy: 1, staffCode: 'WG330302001' } }, 'zh-CN')).toContain('网格员 WG330302001 代您开具')
})

test('a consent message names the consent, not its code', () => {
  const given: InboxMessage = { ...issued, template: 'consent.given', params: { purpose: 'identity.real_name' } }
  expect(messageText(given, 'zh-CN')).toBe('您同意了“实名认证个人信息处理”。')
})

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

test('a wage-case message names the case and shows its deadline as a date in the chosen language', () => {
  const submitted: InboxMessage = { ...issued, template: 'wages.submitted', params: { caseNumber: 'AX-330302-2026-000123', acceptBy: '2026-12-04' } }
  expect(messageText(submitted, 'zh-CN')).toBe('您的欠薪投诉已提交，案件编号 AX-330302-2026-000123。是否受理将在2026年12月4日前决定。')
  expect(messageText(submitted, 'en')).toContain('by 4 Dec 2026')
})

test('a payroll alert names the project and the month', () => {
  const missing: InboxMessage = { ...issued, template: 'wages.payrollMissing', params: { projectName: '瓯江花园二期', employerName: '温州某建设有限公司', month: '2026-10', months: 2 } }
  expect(messageText(missing, 'zh-CN')).toBe('项目“瓯江花园二期”（温州某建设有限公司）自2026年10月起有 2 个月的工资发放名单未按时上传。')
  expect(messageText(missing, 'en')).toBe('Project "瓯江花园二期" (温州某建设有限公司) has not uploaded its payroll on time since Oct 2026 (months missing: 2).')
})

test('a complaint filed by grid staff says who filed it, and amounts recovered read as money', () => {
  const byStaff: InboxMessage = { ...issued, template: 'wages.submitted', params: { caseNumber: 'AX-330302-2026-000123', acceptBy: '2026-12-04', byProxy: 1, staffCode: 'WG330302001' } }
  expect(messageText(byStaff, 'zh-CN')).toContain('网格员 WG330302001 代您提交了欠薪投诉')
  const closed: InboxMessage = { ...issued, template: 'wages.closed', params: { caseNumber: 'AX-330302-2026-000123', recoveredFen: 850_000 } }
  expect(messageText(closed, 'en')).toBe('Case AX-330302-2026-000123 is closed with ¥8,500.00 recovered. Please rate how it was handled.')
})

import { seededWageIds } from '../db/seed/wages'
import { meOf } from './flows'
import type { TestContext } from './harness'
import { crewRows, payrollCsv, postPayroll, utf8 } from './payroll-files'

/** One successful write, and whom its audit rows must name. */
export interface PayrollAuditedWrite {
  readonly act: () => Promise<Response>
  readonly actor: string
  readonly subject: string
}

/** One successful call of every payroll operation that writes, for the audit walk. */
export const payrollAuditedWrites: Record<string, (t: TestContext) => Promise<PayrollAuditedWrite>> = {
  'wages.createProject': async (t) => {
    const token = await t.login('employer-demo')
    const employer = (await meOf(t, token)).id
    const body = { name: '瓯江府三期', regionCode: '330302', address: '鹿城区江滨西路 90 号', startMonth: '2026-10', endMonth: null }
    return { act: () => t.call('POST', '/api/wages/projects', { token, body }), actor: employer, subject: employer }
  },
  'wages.importPayroll': async (t) => {
    const token = await t.login('employer-demo')
    const employer = (await meOf(t, token)).id
    const file = utf8(payrollCsv(crewRows('2026-10')))
    return { act: () => postPayroll(t, seededWageIds.projects.oujiangfu, file, { token }), actor: employer, subject: employer }
  },
  'wages.setCalendarDay': async (t) => {
    const token = await t.login('admin')
    const admin = (await meOf(t, token)).id
    return { act: () => t.call('PUT', '/api/wages/calendar/2026-12-31', { token, body: { kind: 'holiday', name: '元旦调休' } }), actor: admin, subject: admin }
  },
}

import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { PayrollAlert, PayrollImport } from '@renshe/shared/wages/schemas'
import { inboxMessages } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { findUserByDevAccount } from '../identity/repo'
import { auditRows } from '../../testing/flows'
import { createTestContext, testStart, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { crewRows, payrollCsv, postPayroll, utf8 } from '../../testing/payroll-files'
import { countOpenAlerts } from './payroll-repo'
import { raisePayrollAlerts } from './payroll-service'

const Alerts = z.object({ alerts: z.array(PayrollAlert) })
const { oujiangfu, binjiang } = seededWageIds.projects

async function alertsOf(t: TestContext, account: string) {
  return (await expectOk(await t.call('GET', '/api/wages/alerts', { token: await t.login(account) }), Alerts)).alerts
}

function payrollNotices(t: TestContext, account: string) {
  const user = findUserByDevAccount(t.deps.db, account)
  if (!user) throw new Error(`no demo account ${account}`)
  return t.deps.db
    .select()
    .from(inboxMessages)
    .where(and(eq(inboxMessages.userId, user.id), eq(inboxMessages.template, 'wages.payrollMissing')))
    .all()
    .map((row) => InboxMessage.parse({ ...row, readAt: row.readAt ?? null }))
}

test('an officer opening the alerts sees the site whose payroll deadline passed, raised by that very read', async () => {
  const t = createTestContext()
  expect(countOpenAlerts(t.deps.db, '330302')).toBe(0)
  const alerts = await alertsOf(t, 'officer-liu')
  expect(alerts).toEqual([
    {
      id: expect.any(String),
      projectId: oujiangfu,
      projectName: '瓯江府二期',
      employerName: '温州瓯江建设有限公司',
      regionCode: '330302',
      month: '2026-10',
      raisedAt: testStart,
      resolvedAt: null,
    },
  ])
  expect(countOpenAlerts(t.deps.db, '330302')).toBe(1)
  expect(await alertsOf(t, 'supervisor-wu')).toEqual(alerts)
})

test('the officers and supervisors of the region and the employer are each told once; another region is not', async () => {
  const t = createTestContext()
  expect(raisePayrollAlerts(t.deps)).toBe(1)
  const expected = { template: 'wages.payrollMissing', params: { projectName: '瓯江府二期', employerName: '温州瓯江建设有限公司', month: '2026-10', months: 1 } }
  expect(payrollNotices(t, 'officer-liu')).toEqual([expect.objectContaining({ ...expected, link: '/features/wages/pages/stats/index' })])
  expect(payrollNotices(t, 'supervisor-wu')).toEqual([expect.objectContaining({ ...expected, link: '/features/wages/pages/stats/index' })])
  expect(payrollNotices(t, 'employer-demo')).toEqual([expect.objectContaining({ ...expected, link: '/features/wages/pages/projects/index' })])
  expect(payrollNotices(t, 'officer-huang')).toEqual([])

  expect(raisePayrollAlerts(t.deps)).toBe(0)
  await alertsOf(t, 'officer-liu')
  expect(payrollNotices(t, 'officer-liu')).toHaveLength(1)
  expect(auditRows(t).filter((row) => row.action === 'wages.raisePayrollAlert')).toEqual([
    expect.objectContaining({ kind: 'write', actorUserId: null, objectType: 'payroll_alert' }),
  ])
})

test('a month is alerted only once the 15th of the next month has ended in China, and only once', async () => {
  const t = createTestContext()
  expect(raisePayrollAlerts(t.deps)).toBe(1)
  // 23:59 on 15 December in China: November's payroll is still on time.
  t.clock.set('2026-12-15T15:59:00.000Z')
  expect(raisePayrollAlerts(t.deps)).toBe(0)
  // Midnight in China: November is late on both running sites of Lucheng.
  t.clock.set('2026-12-15T16:00:00.000Z')
  expect(raisePayrollAlerts(t.deps)).toBe(2)
  expect(raisePayrollAlerts(t.deps)).toBe(0)
  const alerts = await alertsOf(t, 'officer-liu')
  expect(alerts.map((a) => [a.projectId, a.month])).toEqual([
    [oujiangfu, '2026-10'],
    [binjiang, '2026-11'],
    [oujiangfu, '2026-11'],
  ])
})

test('a project registered late, with months behind it, raises one alert a month and one notice', async () => {
  const t = createTestContext()
  raisePayrollAlerts(t.deps)
  const token = await t.login('employer-demo')
  const body = { name: '七都大桥引线', regionCode: '330302', address: '鹿城区七都街道', startMonth: '2026-06', endMonth: null }
  await t.call('POST', '/api/wages/projects', { token, body })
  expect(raisePayrollAlerts(t.deps)).toBe(5)
  const notices = payrollNotices(t, 'officer-liu').filter((n) => n.params.projectName === '七都大桥引线')
  expect(notices.map((n) => n.params)).toEqual([{ projectName: '七都大桥引线', employerName: '温州瓯江建设有限公司', month: '2026-06', months: 5 }])
})

test('uploading the missing month resolves its alert, which then shows after the open ones', async () => {
  const t = createTestContext()
  t.clock.set('2026-12-16T02:00:00.000Z')
  raisePayrollAlerts(t.deps)
  expect(countOpenAlerts(t.deps.db, '330302')).toBe(3)

  t.clock.set('2026-12-17T02:00:00.000Z')
  const token = await t.login('employer-demo')
  await expectOk(await postPayroll(t, oujiangfu, utf8(payrollCsv(crewRows('2026-10'))), { token }), PayrollImport)
  expect(countOpenAlerts(t.deps.db, '330302')).toBe(2)

  const alerts = await alertsOf(t, 'officer-liu')
  expect(alerts.map((a) => [a.projectId, a.month, a.resolvedAt])).toEqual([
    [binjiang, '2026-11', null],
    [oujiangfu, '2026-11', null],
    [oujiangfu, '2026-10', '2026-12-17T02:00:00.000Z'],
  ])
})

test('a city officer’s count covers every district of the city; a district’s only its own', async () => {
  const t = createTestContext()
  t.clock.set('2026-12-16T02:00:00.000Z')
  raisePayrollAlerts(t.deps)
  expect(countOpenAlerts(t.deps.db, '330300')).toBe(3)
  expect(countOpenAlerts(t.deps.db, '330302')).toBe(3)
  expect(countOpenAlerts(t.deps.db, '330304')).toBe(0)
  expect(countOpenAlerts(t.deps.db, '330000')).toBe(3)
  expect(countOpenAlerts(t.deps.db, '330100')).toBe(0)
})

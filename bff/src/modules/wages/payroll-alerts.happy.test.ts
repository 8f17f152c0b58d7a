import { and, asc, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { PayrollAlert, PayrollImport } from '@renshe/shared/wages/schemas'
import { inboxMessages } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { auditRows } from '../../testing/flows'
import { createTestContext, testStart, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { crewRows, payrollCsv, postPayroll, utf8 } from '../../testing/payroll-files'
import { userIdOf } from '../../testing/wages-flows'
import { countOpenAlerts } from './payroll-repo'
import { raisePayrollAlerts } from './payroll-service'

const Alerts = z.object({ alerts: z.array(PayrollAlert) })
const { oujiangfu, binjiang } = seededWageIds.projects

async function alertsOf(t: TestContext, account: string) {
  return (await expectOk(await t.call('GET', '/api/wages/alerts', { token: await t.login(account) }), Alerts)).alerts
}

async function payrollNotices(t: TestContext, account: string) {
  const userId = await userIdOf(t, account)
  const rows = await t.deps.db.read((q) =>
    q
      .select()
      .from(inboxMessages)
      .where(and(eq(inboxMessages.userId, userId), eq(inboxMessages.template, 'wages.payrollMissing')))
      .orderBy(asc(inboxMessages.createdAt), asc(inboxMessages.id)),
  )
  // A payroll notice carries no one-tap action.
  return rows.map((row) => InboxMessage.parse({ id: row.id, template: row.template, params: row.params, link: row.link, createdAt: row.createdAt, readAt: row.readAt, action: null }))
}

test('an officer opening the alerts sees the site whose payroll deadline passed, raised by that very read', async () => {
  const t = await createTestContext()
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330302'))).toBe(0)
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
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330302'))).toBe(1)
  expect(await alertsOf(t, 'supervisor-wu')).toEqual(alerts)
})

test('the officers and supervisors of the region and the employer are each told once; another region is not', async () => {
  const t = await createTestContext()
  expect(await raisePayrollAlerts(t.deps)).toBe(1)
  const expected = { template: 'wages.payrollMissing', params: { projectName: '瓯江府二期', employerName: '温州瓯江建设有限公司', month: '2026-10', months: 1 } }
  expect(await payrollNotices(t, 'officer-liu')).toEqual([expect.objectContaining({ ...expected, link: '/features/wages/pages/stats/index' })])
  expect(await payrollNotices(t, 'supervisor-wu')).toEqual([expect.objectContaining({ ...expected, link: '/features/wages/pages/stats/index' })])
  expect(await payrollNotices(t, 'employer-demo')).toEqual([expect.objectContaining({ ...expected, link: '/features/wages/pages/projects/index' })])
  expect(await payrollNotices(t, 'officer-huang')).toEqual([])

  expect(await raisePayrollAlerts(t.deps)).toBe(0)
  await alertsOf(t, 'officer-liu')
  expect(await payrollNotices(t, 'officer-liu')).toHaveLength(1)
  expect((await auditRows(t)).filter((row) => row.action === 'wages.raisePayrollAlert')).toEqual([
    expect.objectContaining({ kind: 'write', actorUserId: null, objectType: 'payroll_alert' }),
  ])
})

test('a month is alerted only once the 15th of the next month has ended in China, and only once', async () => {
  const t = await createTestContext()
  expect(await raisePayrollAlerts(t.deps)).toBe(1)
  // 23:59 on 15 December in China: November's payroll is still on time.
  t.clock.set('2026-12-15T15:59:00.000Z')
  expect(await raisePayrollAlerts(t.deps)).toBe(0)
  // Midnight in China: November is late on both running sites of Lucheng.
  t.clock.set('2026-12-15T16:00:00.000Z')
  expect(await raisePayrollAlerts(t.deps)).toBe(2)
  expect(await raisePayrollAlerts(t.deps)).toBe(0)
  const alerts = await alertsOf(t, 'officer-liu')
  expect(alerts.map((a) => [a.projectId, a.month])).toEqual([
    [oujiangfu, '2026-10'],
    [binjiang, '2026-11'],
    [oujiangfu, '2026-11'],
  ])
})

test('a project registered late, with months behind it, raises one alert a month and one notice', async () => {
  const t = await createTestContext()
  await raisePayrollAlerts(t.deps)
  const token = await t.login('employer-demo')
  const body = { name: '七都大桥引线', regionCode: '330302', address: '鹿城区七都街道', startMonth: '2026-06', endMonth: null }
  await t.call('POST', '/api/wages/projects', { token, body })
  expect(await raisePayrollAlerts(t.deps)).toBe(5)
  const notices = (await payrollNotices(t, 'officer-liu')).filter((n) => n.params.projectName === '七都大桥引线')
  expect(notices.map((n) => n.params)).toEqual([{ projectName: '七都大桥引线', employerName: '温州瓯江建设有限公司', month: '2026-06', months: 5 }])
})

test('uploading the missing month resolves its alert, which then shows after the open ones', async () => {
  const t = await createTestContext()
  t.clock.set('2026-12-16T02:00:00.000Z')
  await raisePayrollAlerts(t.deps)
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330302'))).toBe(3)

  t.clock.set('2026-12-17T02:00:00.000Z')
  const token = await t.login('employer-demo')
  await expectOk(await postPayroll(t, oujiangfu, utf8(payrollCsv(crewRows('2026-10'))), { token }), PayrollImport)
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330302'))).toBe(2)

  const alerts = await alertsOf(t, 'officer-liu')
  expect(alerts.map((a) => [a.projectId, a.month, a.resolvedAt])).toEqual([
    [binjiang, '2026-11', null],
    [oujiangfu, '2026-11', null],
    [oujiangfu, '2026-10', '2026-12-17T02:00:00.000Z'],
  ])
})

test('a city officer’s count covers every district of the city; a district’s only its own', async () => {
  const t = await createTestContext()
  t.clock.set('2026-12-16T02:00:00.000Z')
  await raisePayrollAlerts(t.deps)
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330300'))).toBe(3)
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330302'))).toBe(3)
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330304'))).toBe(0)
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330000'))).toBe(3)
  expect(await t.deps.db.read((q) => countOpenAlerts(q, '330100'))).toBe(0)
})

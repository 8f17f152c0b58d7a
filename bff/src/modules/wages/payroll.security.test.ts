import { expect, test } from 'vitest'
import { z } from 'zod'
import { PayrollAlert, PayrollImport, Project } from '@renshe/shared/wages/schemas'
import { users } from '../../db/schema'
import { seededWageIds } from '../../db/seed/wages'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { auditRows, databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { crewRows, payrollCsv, postPayroll, testCrew, utf8 } from '../../testing/payroll-files'
import { raisePayrollAlerts } from './payroll-service'

const Projects = z.object({ projects: z.array(Project) })
const Alerts = z.object({ alerts: z.array(PayrollAlert) })
const { oujiangfu, binjiang, ouhaiMall } = seededWageIds.projects
const unknownProject = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

test('an employer lists only its own projects', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const ouhai = await expectOk(await t.call('GET', '/api/wages/projects', { token: await t.login('employer-xincheng') }), Projects)
  expect(ouhai.projects.map((p) => p.id)).toEqual([ouhaiMall])
  const oujiang = await expectOk(await t.call('GET', '/api/wages/projects', { token: await t.login('employer-demo') }), Projects)
  expect(oujiang.projects.map((p) => p.id).sort()).toEqual([binjiang, oujiangfu].sort())
})

test('an employer cannot upload payroll into another employer’s project, and cannot tell it exists', async () => {
  const t = await createTestContext()
  await addOuhaiEmployer(t)
  const file = utf8(payrollCsv(crewRows('2026-09')))
  const ouhai = await t.login('employer-xincheng')
  const demo = await t.login('employer-demo')
  const refusals = [
    await postPayroll(t, oujiangfu, file, { token: ouhai }),
    await postPayroll(t, ouhaiMall, file, { token: demo }),
    await postPayroll(t, unknownProject, file, { token: demo }),
  ]
  const bodies = []
  for (const response of refusals) {
    const problem = await expectProblem(response, 'not_found')
    bodies.push({ ...problem, requestId: '', instance: '' })
  }
  // Someone else's project and no project at all answer the same.
  expect(bodies[0]).toEqual(bodies[2])
  expect((await auditRows(t)).some((row) => row.action === 'wages.importPayroll')).toBe(false)
})

test('an employer account with no organisation linked cannot register a project, and lists none', async () => {
  const t = await createTestContext()
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(users).values({ id: 'user-employer-new', devAccount: 'employer-new', roles: ['employer'], createdAt: t.clock.now().toISOString() })
  })
  const token = await t.login('employer-new')
  const body = { name: '瓯江府三期', regionCode: '330302', address: '鹿城区江滨西路 90 号', startMonth: '2026-10', endMonth: null }
  await expectProblem(await t.call('POST', '/api/wages/projects', { token, body }), 'forbidden')
  expect(await expectOk(await t.call('GET', '/api/wages/projects', { token }), Projects)).toEqual({ projects: [] })
})

test('a citizen, an officer or an administrator cannot call the employer’s payroll operations', async () => {
  const t = await createTestContext()
  for (const account of ['citizen-zhang', 'officer-liu', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/wages/projects', { token }), 'forbidden', { because: account })
    await expectProblem(await t.call('GET', '/api/wages/payroll-template', { token }), 'forbidden', { because: account })
    await expectProblem(await postPayroll(t, oujiangfu, utf8(payrollCsv(crewRows('2026-10'))), { token }), 'forbidden', { because: account })
  }
})

test('an officer of Ouhai sees no alert of a Lucheng site, and an employer cannot read alerts at all', async () => {
  const t = await createTestContext()
  t.clock.set('2026-12-16T02:00:00.000Z')
  expect(await raisePayrollAlerts(t.deps)).toBe(3)
  const huang = await expectOk(await t.call('GET', '/api/wages/alerts', { token: await t.login('officer-huang') }), Alerts)
  expect(huang.alerts).toEqual([])
  const liu = await expectOk(await t.call('GET', '/api/wages/alerts', { token: await t.login('officer-liu') }), Alerts)
  expect(liu.alerts).toHaveLength(3)
  await expectProblem(await t.call('GET', '/api/wages/alerts', { token: await t.login('employer-demo') }), 'forbidden')
})

test('the names and ID numbers of a payroll file are sealed at rest and never reach the audit log, the logs or the answer', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ logLines })
  const token = await t.login('employer-demo')
  const response = await postPayroll(t, oujiangfu, utf8(payrollCsv(crewRows('2026-10'))), { token })
  const answer = await response.clone().text()
  await expectOk(response, PayrollImport)
  const bad = utf8(payrollCsv([[testCrew[0].name, testCrew[0].idNumber, '2027-01', '1', '1', '2027-01-01']]))
  await expectProblem(await postPayroll(t, oujiangfu, bad, { token }), 'validation_failed')

  const seen = [answer, await databaseDump(t), JSON.stringify(await auditRows(t)), logLines.join('\n')].join('\n')
  for (const worker of testCrew) {
    expect(seen).not.toContain(worker.name)
    expect(seen).not.toContain(worker.idNumber)
    expect(seen).not.toContain(worker.idNumber.slice(6, 14))
  }
})

import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { CaseSummary, Project } from '@renshe/shared/wages/schemas'
import { seededWageIds } from '../../db/seed/wages'
import { days } from '../../platform/clock'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { crewRows, payrollCsv, postPayroll, utf8 } from '../../testing/payroll-files'
import { acted, draftIdOf, fileComplaint, oujiangComplaint, seededCase } from '../../testing/wages-flows'

const Pending = z.object({ items: z.array(PendingItem) })
const Projects = z.object({ projects: z.array(Project) })
const Cases = z.object({ cases: z.array(CaseSummary), awaitingAnswer: z.array(z.string()) })
const { oujiangfu } = seededWageIds.projects

async function homeOf(t: TestContext, token: string): Promise<PendingItem[]> {
  return (await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)).items
}

const employerKinds: readonly PendingItem['kind'][] = ['wages_to_answer', 'payroll_missing']
const employerItems = (items: readonly PendingItem[]) => items.filter((item) => employerKinds.includes(item.kind))

/** What the payroll pages call missing, summed over the employer's projects. */
async function missingOnPayrollPages(t: TestContext, token: string): Promise<number> {
  const { projects } = await expectOk(await t.call('GET', '/api/wages/projects', { token }), Projects)
  return projects.reduce((sum, project) => sum + project.missingMonths.length, 0)
}

function answer(t: TestContext, token: string, caseId: string): Promise<Response> {
  return t.call('POST', `/api/wages/complaints/${caseId}/response`, { token, body: { statement: '十月工资本周发放。', proofIds: [] } })
}

test('the employer’s Home shows the complaint waiting for its answer and the payroll month missing, each leading to its one object', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const complaint = await seededCase(t, 'worker-zhao', 'mediating')
  expect(await homeOf(t, token)).toEqual([
    { kind: 'wages_to_answer', count: 1, caseId: complaint.id },
    { kind: 'payroll_missing', count: 1, projectId: oujiangfu },
  ])
  // The same complaint and the same month as the desk and the payroll pages show.
  const desk = await expectOk(await t.call('GET', '/api/wages/employer/complaints', { token }), Cases)
  expect(desk.cases.filter((c) => c.status !== 'closed').map((c) => c.id)).toEqual([complaint.id])
  expect(desk.awaitingAnswer).toEqual([complaint.id])
  expect(await missingOnPayrollPages(t, token)).toBe(1)
})

test('answering a complaint takes it off the count, and with one left Home leads straight to it', async () => {
  const t = await createTestContext()
  const token = await t.login('employer-demo')
  const seeded = await seededCase(t, 'worker-zhao', 'mediating')
  const filed = await fileComplaint(t, { token: await t.login('worker-zhao') }, { draftId: draftIdOf(1), form: oujiangComplaint() })
  // Filed but not accepted yet: the employer hears of nothing.
  expect(employerItems(await homeOf(t, token))[0]).toEqual({ kind: 'wages_to_answer', count: 1, caseId: seeded.id })

  await acted(t, { token: await t.login('officer-liu') }, filed.id, { kind: 'accept' })
  expect(employerItems(await homeOf(t, token))[0]).toEqual({ kind: 'wages_to_answer', count: 2, caseId: null })

  const desk = async () => (await expectOk(await t.call('GET', '/api/wages/employer/complaints', { token }), Cases)).awaitingAnswer
  expect((await desk()).sort()).toEqual([seeded.id, filed.id].sort())
  expect((await answer(t, token, seeded.id)).status).toBe(200)
  expect(employerItems(await homeOf(t, token))[0]).toEqual({ kind: 'wages_to_answer', count: 1, caseId: filed.id })
  // The desk agrees: the answered complaint is still listed, no longer as waiting.
  expect(await desk()).toEqual([filed.id])
  expect((await answer(t, token, filed.id)).status).toBe(200)
  expect(employerItems(await homeOf(t, token)).map((item) => item.kind)).toEqual(['payroll_missing'])
  expect(await desk()).toEqual([])
})

test('months missing add up over the projects, as the payroll pages count them, and an upload takes its month off', async () => {
  const t = await createTestContext()
  // A month on, November is past its deadline too: 瓯江府二期 misses two months, 滨江商务楼 one.
  t.clock.advance(days(31))
  const token = await t.login('employer-demo')
  expect(employerItems(await homeOf(t, token))[1]).toEqual({ kind: 'payroll_missing', count: 3, projectId: null })
  expect(await missingOnPayrollPages(t, token)).toBe(3)

  const uploaded = await postPayroll(t, seededWageIds.projects.binjiang, utf8(payrollCsv(crewRows('2026-11'))), { token })
  expect(uploaded.status).toBe(200)
  expect(employerItems(await homeOf(t, token))[1]).toEqual({ kind: 'payroll_missing', count: 2, projectId: oujiangfu })

  expect((await postPayroll(t, oujiangfu, utf8(payrollCsv([...crewRows('2026-10'), ...crewRows('2026-11')])), { token })).status).toBe(200)
  expect(await missingOnPayrollPages(t, token)).toBe(0)
  expect(employerItems(await homeOf(t, token)).map((item) => item.kind)).toEqual(['wages_to_answer'])
})

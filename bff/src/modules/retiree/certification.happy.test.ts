import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { pensionCertifications, pensioners, visitTasks } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import type { Actor } from '../../platform/audit'
import { manualClock } from '../../platform/clock'
import { createTestContext, startTestServer, testStart, type TestContext } from '../../testing/harness'
import { auditOf, certificationRows, pensionerRow } from '../../testing/retiree-flows'
import { inboxOf } from '../../testing/wages-flows'
import { auditLast } from './audit-trail'
import { certificationView, certify, revokeCertification } from './certification'
import { pensionerById, type PensionerRow } from './pensioners-repo'
import { insertTask, type VisitTaskRow } from './visits-repo'
import { newTaskRow } from './visits-service'

const officer: Actor = { requestId: 'test', actorUserId: 'officer', subjectUserId: null, viaGrantId: null }
const { wang, sun } = seededRetireeIds.pensioners

async function task(t: TestContext, id: string, pensionerId: string, status: VisitTaskRow['status']): Promise<void> {
  const pensioner = await t.deps.db.read((q) => pensionerById(q, pensionerId))
  if (!pensioner) throw new Error(`no pensioner ${pensionerId}`)
  const row = newTaskRow(t.deps, pensioner, { staffUserId: null, reason: 'officer_assigned', createdByUserId: null, grantId: null })
  await t.deps.db.transaction((tx) => insertTask(tx, { ...row, id, status }))
}

function homeVisit(t: TestContext, pensionerId: string, certifiedOn: string, taskId: string | null) {
  return t.deps.db.transaction((tx) =>
    auditLast(tx, (audit) =>
      certify(tx, audit, t.deps, officer, { pensionerId, certifiedOn, method: 'home_visit', source: null, signalId: null, taskId, review: 'pending' }),
    ),
  )
}

function revoke(t: TestContext, certificationId: string) {
  return t.deps.db.transaction((tx) => auditLast(tx, (audit) => revokeCertification(tx, audit, t.deps, officer, certificationId)))
}

function viewOf(t: TestContext, row: PensionerRow, today: string) {
  return t.deps.db.read((q) => certificationView(q, t.deps, row, today))
}

test('a home visit counts at once; rejected on review, the cycle falls back to the certification before it', async () => {
  const t = await createTestContext()
  const { certificationId, resumed } = await homeVisit(t, wang, '2026-11-29', null)
  expect(resumed).toBeNull()
  expect((await pensionerRow(t, wang)).cycleStart).toBe('2026-11-29')
  expect(await viewOf(t, await pensionerRow(t, wang), '2026-11-29')).toMatchObject({ state: 'certified', lastMethod: 'home_visit' })

  await revoke(t, certificationId)
  expect((await pensionerRow(t, wang)).cycleStart).toBe('2025-12-19')
  const [row] = await t.deps.db.read((q) => q.select().from(pensionCertifications).where(eq(pensionCertifications.id, certificationId)))
  expect(row?.review).toBe('rejected')
  expect(await viewOf(t, await pensionerRow(t, wang), '2026-11-29')).toMatchObject({ state: 'due', lastCertifiedOn: '2025-12-19', lastMethod: 'face' })
  expect(await auditOf(t, 'retiree.revokeCertification')).toEqual([expect.objectContaining({ actorUserId: 'officer', objectId: certificationId })])
  // Rejecting twice changes nothing more.
  await revoke(t, certificationId)
  expect(await auditOf(t, 'retiree.revokeCertification')).toHaveLength(1)
})

test('with no certification left that counts, the cycle starts on the first day of the pension', async () => {
  const t = await createTestContext()
  await revoke(t, `${sun}-certification`)
  expect((await pensionerRow(t, sun)).cycleStart).toBe('2015-04-01')
  expect((await viewOf(t, await pensionerRow(t, sun), '2026-11-29')).state).toBe('suspended')
})

test('a certification dated before the current cycle is recorded but does not move the cycle back', async () => {
  const t = await createTestContext()
  await homeVisit(t, wang, '2025-06-01', null)
  expect((await pensionerRow(t, wang)).cycleStart).toBe('2025-12-19')
  expect(await certificationRows(t, wang)).toHaveLength(2)
})

test('a certification ends the pensioner’s other outstanding visits, leaves the one it was made on to the caller, and tells her', async () => {
  const t = await createTestContext()
  await task(t, 'task-open', wang, 'open')
  await task(t, 'task-reopened', wang, 'rejected')
  await task(t, 'task-visited', wang, 'open')
  await task(t, 'task-other', sun, 'open')
  const { certificationId } = await homeVisit(t, wang, '2026-11-29', 'task-visited')
  const mine = new Set(['task-open', 'task-reopened', 'task-visited', 'task-other'])
  const statuses = Object.fromEntries(
    (await t.deps.db.read((q) => q.select().from(visitTasks)))
      .filter((row) => mine.has(row.id))
      .map((row) => [row.id, [row.status, row.certificationId]]),
  )
  expect(statuses).toEqual({
    'task-open': ['approved', certificationId],
    'task-reopened': ['approved', certificationId],
    'task-visited': ['open', null],
    'task-other': ['open', null],
  })
  const message = (await inboxOf(t, await t.login('elder-wang'))).find((m) => m.template === 'retiree.certified')
  expect(message?.params).toEqual({ method: 'home_visit', certifiedOn: '2026-11-29', nextDueDate: '2027-11-29' })
})

test('a certification of someone who died is a mistake of the caller, not a silent change', async () => {
  const t = await createTestContext()
  await t.deps.db.transaction((tx) => tx.update(pensioners).set({ status: 'stopped', diedOn: '2026-11-01' }).where(eq(pensioners.id, wang)))
  await expect(homeVisit(t, wang, '2026-11-29', null)).rejects.toThrow(/died/)
  expect(await certificationRows(t, wang)).toHaveLength(1)
})

// The server is closed (its jobs stopped, its database closed) by the harness when the file ends.
test('the running server runs the retiree jobs on its own, every RETIREE_JOB_INTERVAL_SECONDS', async () => {
  const server = await startTestServer({ RETIREE_JOB_INTERVAL_SECONDS: '1' }, { clock: manualClock(testStart) })
  const reminded = async () => {
    const [row] = await server.deps.db.read((q) => q.select({ noticeFor: pensioners.dueSoonNoticeFor }).from(pensioners).where(eq(pensioners.id, sun)))
    return row?.noticeFor === '2026-12-09'
  }
  const until = Date.now() + 3000
  while (!(await reminded()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
  expect(await reminded()).toBe(true)
})

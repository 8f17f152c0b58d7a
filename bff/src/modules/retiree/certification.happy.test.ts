import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { pensionCertifications, pensioners, visitTasks } from '../../db/schema'
import { seededRetireeIds } from '../../db/seed/retiree'
import type { Actor } from '../../platform/audit'
import { startServer } from '../../serve'
import { manualClock } from '../../platform/clock'
import { createTestContext, testConfig, testStart, type TestContext } from '../../testing/harness'
import { auditOf, certificationRows, pensionerRow } from '../../testing/retiree-flows'
import { inboxOf } from '../../testing/wages-flows'
import { certificationView, certify, revokeCertification } from './certification'
import { pensionerById } from './pensioners-repo'
import { insertTask, type VisitTaskRow } from './visits-repo'
import { newTaskRow } from './visits-service'

const officer: Actor = { requestId: 'test', actorUserId: 'officer', subjectUserId: null, viaGrantId: null }
const { wang, sun } = seededRetireeIds.pensioners

function task(t: TestContext, id: string, pensionerId: string, status: VisitTaskRow['status']): void {
  const pensioner = pensionerById(t.deps.db, pensionerId)
  if (!pensioner) throw new Error(`no pensioner ${pensionerId}`)
  const row = newTaskRow(t.deps, pensioner, { staffUserId: null, reason: 'officer_assigned', createdByUserId: null, grantId: null })
  insertTask(t.deps.db, { ...row, id, status })
}

function homeVisit(t: TestContext, pensionerId: string, certifiedOn: string, taskId: string | null) {
  return t.deps.db.transaction((tx) =>
    certify(tx, t.deps, officer, { pensionerId, certifiedOn, method: 'home_visit', source: null, signalId: null, taskId, review: 'pending' }),
  )
}

test('a home visit counts at once; rejected on review, the cycle falls back to the certification before it', () => {
  const t = createTestContext()
  const { certificationId, resumed } = homeVisit(t, wang, '2026-11-29', null)
  expect(resumed).toBeNull()
  expect(pensionerRow(t, wang).cycleStart).toBe('2026-11-29')
  expect(certificationView(t.deps, pensionerRow(t, wang), '2026-11-29')).toMatchObject({ state: 'certified', lastMethod: 'home_visit' })

  t.deps.db.transaction((tx) => revokeCertification(tx, t.deps, officer, certificationId))
  expect(pensionerRow(t, wang).cycleStart).toBe('2025-12-19')
  const row = t.deps.db.select().from(pensionCertifications).where(eq(pensionCertifications.id, certificationId)).get()
  expect(row?.review).toBe('rejected')
  expect(certificationView(t.deps, pensionerRow(t, wang), '2026-11-29')).toMatchObject({ state: 'due', lastCertifiedOn: '2025-12-19', lastMethod: 'face' })
  expect(auditOf(t, 'retiree.revokeCertification')).toEqual([expect.objectContaining({ actorUserId: 'officer', objectId: certificationId })])
  // Rejecting twice changes nothing more.
  t.deps.db.transaction((tx) => revokeCertification(tx, t.deps, officer, certificationId))
  expect(auditOf(t, 'retiree.revokeCertification')).toHaveLength(1)
})

test('with no certification left that counts, the cycle starts on the first day of the pension', () => {
  const t = createTestContext()
  t.deps.db.transaction((tx) => revokeCertification(tx, t.deps, officer, `${sun}-certification`))
  expect(pensionerRow(t, sun).cycleStart).toBe('2015-04-01')
  expect(certificationView(t.deps, pensionerRow(t, sun), '2026-11-29').state).toBe('suspended')
})

test('a certification dated before the current cycle is recorded but does not move the cycle back', () => {
  const t = createTestContext()
  homeVisit(t, wang, '2025-06-01', null)
  expect(pensionerRow(t, wang).cycleStart).toBe('2025-12-19')
  expect(certificationRows(t, wang)).toHaveLength(2)
})

test('a certification ends the pensioner’s other outstanding visits, leaves the one it was made on to the caller, and tells her', async () => {
  const t = createTestContext()
  task(t, 'task-open', wang, 'open')
  task(t, 'task-reopened', wang, 'rejected')
  task(t, 'task-visited', wang, 'open')
  task(t, 'task-other', sun, 'open')
  const { certificationId } = homeVisit(t, wang, '2026-11-29', 'task-visited')
  const mine = new Set(['task-open', 'task-reopened', 'task-visited', 'task-other'])
  const statuses = Object.fromEntries(
    t.deps.db
      .select()
      .from(visitTasks)
      .all()
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

test('a certification of someone who died is a mistake of the caller, not a silent change', () => {
  const t = createTestContext()
  t.deps.db.update(pensioners).set({ status: 'stopped', diedOn: '2026-11-01' }).where(eq(pensioners.id, wang)).run()
  expect(() => homeVisit(t, wang, '2026-11-29', null)).toThrow(/died/)
  expect(certificationRows(t, wang)).toHaveLength(1)
})

test('the running server runs the retiree jobs on its own, every RETIREE_JOB_INTERVAL_SECONDS', async () => {
  const server = await startServer(testConfig({ PORT: '0', RETIREE_JOB_INTERVAL_SECONDS: '1' }), { clock: manualClock(testStart) })
  try {
    const reminded = () => server.deps.db.select().from(pensioners).where(eq(pensioners.id, sun)).get()?.dueSoonNoticeFor === '2026-12-09'
    const until = Date.now() + 3000
    while (!reminded() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(reminded()).toBe(true)
  } finally {
    await server.close()
  }
})

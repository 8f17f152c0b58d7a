import { asc, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { caseEvents, cases } from '../../db/schema'
import type { Database } from '../../db/database'
import { manualClock } from '../../platform/clock'
import { startTestServer, testStart } from '../../testing/harness'

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}

async function waitingCase(db: Database) {
  const [waiting] = await db.read((q) => q.select().from(cases).where(eq(cases.status, 'submitted')).orderBy(asc(cases.id)).limit(1))
  return waiting
}

async function escalated(db: Database, caseId?: string): Promise<boolean> {
  const events = await db.read((q) =>
    q
      .select({ kind: caseEvents.kind })
      .from(caseEvents)
      .where(caseId ? eq(caseEvents.caseId, caseId) : undefined),
  )
  return events.some((event) => event.kind === 'escalated')
}

// The server is closed (its jobs stopped, its database closed) by the harness when the file ends.
test('the running server flags overdue cases on its own, every WAGES_JOB_INTERVAL_SECONDS, and stops when closed', async () => {
  const clock = manualClock(testStart)
  const server = await startTestServer({ WAGES_JOB_INTERVAL_SECONDS: '1' }, { clock })
  const { db } = server.deps
  const waiting = await waitingCase(db)
  if (!waiting) throw new Error('the seed has a submitted case')
  clock.set(`${addCalendarDays(waiting.acceptBy, 1)}T02:00:00.000Z`)
  expect(await waitUntil(() => escalated(db, waiting.id), 3000)).toBe(true)
})

test('WAGES_JOB_INTERVAL_SECONDS=0 leaves the job off', async () => {
  const clock = manualClock(testStart)
  const server = await startTestServer({ WAGES_JOB_INTERVAL_SECONDS: '0' }, { clock })
  const { db } = server.deps
  const waiting = await waitingCase(db)
  clock.set(`${addCalendarDays(waiting?.acceptBy ?? '2026-12-31', 1)}T02:00:00.000Z`)
  await new Promise((resolve) => setTimeout(resolve, 1200))
  expect(await escalated(db)).toBe(false)
})

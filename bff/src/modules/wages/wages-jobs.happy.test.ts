import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { caseEvents, cases } from '../../db/schema'
import { manualClock } from '../../platform/clock'
import { startServer } from '../../serve'
import { testConfig, testStart } from '../../testing/harness'

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}

test('the running server flags overdue cases on its own, every WAGES_JOB_INTERVAL_SECONDS, and stops when closed', async () => {
  const clock = manualClock(testStart)
  const server = await startServer(testConfig({ PORT: '0', WAGES_JOB_INTERVAL_SECONDS: '1' }), { clock })
  try {
    const { db } = server.deps
    const waiting = db.select().from(cases).where(eq(cases.status, 'submitted')).get()
    if (!waiting) throw new Error('the seed has a submitted case')
    clock.set(`${addCalendarDays(waiting.acceptBy, 1)}T02:00:00.000Z`)
    const flagged = () => db.select().from(caseEvents).where(eq(caseEvents.caseId, waiting.id)).all().some((event) => event.kind === 'escalated')
    expect(await waitUntil(flagged, 3000)).toBe(true)
  } finally {
    await server.close()
  }
})

test('WAGES_JOB_INTERVAL_SECONDS=0 leaves the job off', async () => {
  const clock = manualClock(testStart)
  const server = await startServer(testConfig({ PORT: '0', WAGES_JOB_INTERVAL_SECONDS: '0' }), { clock })
  try {
    const { db } = server.deps
    const waiting = db.select().from(cases).where(eq(cases.status, 'submitted')).get()
    clock.set(`${addCalendarDays(waiting?.acceptBy ?? '2026-12-31', 1)}T02:00:00.000Z`)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    expect(db.select().from(caseEvents).all().some((event) => event.kind === 'escalated')).toBe(false)
  } finally {
    await server.close()
  }
})

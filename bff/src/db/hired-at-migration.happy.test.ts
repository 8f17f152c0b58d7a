import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { hours } from '../platform/clock'
import { createTestContext } from '../testing/harness'
import { applied, decide, hired, openPost } from '../testing/jobs-application-flows'
import { migrationStatements } from '../testing/migrations'

test('applications hired before the hire time had its column get it from their history; the others stay without one', async () => {
  const t = await createTestContext()
  const postId = await openPost(t)
  const { application: zhao } = await hired(t, 'worker-zhao', postId)
  const hiredAt = t.clock.now().toISOString()
  t.clock.advance(hours(1))
  const { application: wang } = await applied(t, 'elder-wang', postId)
  await decide(t, wang.id, { decision: 'invite' })

  // As written before the column was filled: no hire time anywhere.
  await t.deps.db.rows(sql`update job_applications set hired_at = null`)
  const [, backfill] = migrationStatements(t.deps.db.engine, 'jobs_hired_at')
  if (!backfill) throw new Error('the migration has no backfill')
  await t.deps.db.rows(sql.raw(backfill))

  const rows = await t.deps.db.rows<{ id: string; hired_at: string | null }>(sql`select id, hired_at from job_applications order by id`)
  expect(new Map(rows.map((row) => [row.id, row.hired_at]))).toEqual(new Map([[zhao.id, hiredAt], [wang.id, null]]))
})

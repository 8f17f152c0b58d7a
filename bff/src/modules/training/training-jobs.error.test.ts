import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import type { Database } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { closeSeededProgrammes, openProgramme, programmeRow, realNamedCitizens, runTraining, voucherRows } from '../../testing/training-flows'
import { runTrainingJobs } from './jobs'

/** Zhang (36) and the citizens made here, not the seed's older residents of Lucheng. */
const youngAdults = { minAge: 18, maxAge: 45, groups: [] }

/** The database of `deps`, whose `n`-th transaction dies after doing all its work and before it commits: a process killed there. */
function dyingAt(deps: Deps, n: number): Deps {
  let started = 0
  const db: Database = {
    engine: deps.db.engine,
    read: (work) => deps.db.read(work),
    rows: (statement) => deps.db.rows(statement),
    close: () => deps.db.close(),
    transaction: (work) => {
      started += 1
      if (started !== n) return deps.db.transaction(work)
      return deps.db.transaction(async (tx) => {
        await work(tx)
        throw new Error('killed')
      })
    },
  }
  return { ...deps, db }
}

test('a run killed in the middle leaves no half-done voucher, and the run after it pushes to everyone else once', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const programme = await openProgramme(t, await t.login('officer-liu'), { reach: 'targeted', eligibility: youngAdults })
  await realNamedCitizens(t, 6)
  await expect(runTrainingJobs(dyingAt(t.deps, 4))).rejects.toThrow('killed')

  // Three pushed whole; the fourth left nothing: no voucher, no message, no audit row, nothing taken.
  const pushed = await voucherRows(t)
  expect(pushed).toHaveLength(3)
  expect((await programmeRow(t, programme.id)).issued).toBe(3)
  const offered = await t.deps.db.rows<{ target: string }>(sql`select action_target_id as target from inbox_messages where template = 'training.voucherOffered'`)
  expect(offered.map((row) => row.target).sort()).toEqual(pushed.map((row) => row.id).sort())
  expect((await auditRows(t)).filter((row) => row.action === 'training.pushVoucher')).toHaveLength(3)

  expect(await runTraining(t)).toEqual({ pushed: 4, expired: 0, flagged: 0, paymentsEnded: 0 })
  const all = await voucherRows(t)
  expect(all).toHaveLength(7)
  expect(new Set(all.map((row) => row.holderUserId)).size).toBe(7)
  expect((await programmeRow(t, programme.id)).issued).toBe(7)
  expect(await t.deps.db.rows(sql`select 1 from inbox_messages where template = 'training.voucherOffered'`)).toHaveLength(7)
})

test('a programme closed while the job walks its region gets no further voucher pushed', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const token = await t.login('officer-liu')
  const programme = await openProgramme(t, token, { reach: 'targeted' })
  await realNamedCitizens(t, 4)
  // The officer closes it just as the second voucher is being pushed.
  let started = 0
  const closing: Deps = {
    ...t.deps,
    db: {
      ...t.deps.db,
      engine: t.deps.db.engine,
      read: (work) => t.deps.db.read(work),
      rows: (statement) => t.deps.db.rows(statement),
      close: () => t.deps.db.close(),
      transaction: async (work) => {
        started += 1
        if (started === 2) expect((await t.call('POST', `/api/training/programmes/${programme.id}/close`, { token })).status).toBe(200)
        return t.deps.db.transaction(work)
      },
    },
  }
  expect(await runTrainingJobs(closing)).toEqual({ pushed: 1, expired: 0, flagged: 0, paymentsEnded: 0 })
  expect(await voucherRows(t)).toHaveLength(1)
  expect((await programmeRow(t, programme.id)).issued).toBe(1)
})

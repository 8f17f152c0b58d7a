import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { KeptProfileAnswer } from '@renshe/shared/identity/kept'
import type { Database } from '../../db/database'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { myApplications, tokenFor } from '../../testing/jobs-application-flows'
import { claimKept, keptWithApplications, openDayJob, refuseKept } from '../../testing/kept-application-flows'

/** Makes every change of an application fail, as a full disk would, until the returned function is called. */
async function failApplicationUpdates(db: Database): Promise<() => Promise<void>> {
  if (db.engine === 'sqlite') {
    await db.rows(sql`create trigger refuse_application_update before update on job_applications begin select raise(abort, 'disk full'); end`)
    return async () => {
      await db.rows(sql`drop trigger refuse_application_update`)
    }
  }
  await db.rows(sql.raw(`create function refuse_application_update_fn() returns trigger language plpgsql as 'begin raise exception ''disk full''; end'`))
  await db.rows(sql`create trigger refuse_application_update before update on job_applications for each row execute function refuse_application_update_fn()`)
  return async () => {
    await db.rows(sql`drop trigger refuse_application_update on job_applications`)
    await db.rows(sql`drop function refuse_application_update_fn()`)
  }
}

test('when her applications cannot be withdrawn, nothing of the refusal is made: it is one transaction, and sent again it all happens', async () => {
  const t = await createTestContext()
  const postId = await openDayJob(t, '日结保洁')
  const kept = await keptWithApplications(t, [postId])
  const li = await claimKept(t, 'citizen-li')

  const restore = await failApplicationUpdates(t.deps.db)
  await expectProblem(await t.call('POST', '/api/me/kept-profile/refuse', { token: li.token }), 'internal')
  await restore()
  // Still hers to decide, the staff member still acting for her, the application still waiting.
  expect((await expectOk(await t.call('GET', '/api/me/kept-profile', { token: li.token }), KeptProfileAnswer)).kept).toMatchObject({ status: 'kept', grant: { status: 'active' } })
  expect((await t.call('GET', '/api/jobs/me/profile', { token: await tokenFor(t, 'staff-chen'), actingFor: kept.grantId })).status).toBe(200)
  expect((await myApplications(t, li.token)).map((application) => application.status)).toEqual(['applied'])
  await t.deps.audit.drain()
  expect((await auditRows(t)).filter((row) => row.action === 'identity.refuseKeptProfile' || row.action === 'jobs.withdrawApplication')).toEqual([])

  expect((await refuseKept(t, li.token)).kept).toMatchObject({ status: 'refused' })
  expect((await myApplications(t, li.token)).map((application) => application.status)).toEqual(['withdrawn'])
}, 30_000)

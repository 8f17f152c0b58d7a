import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { Programme } from '@renshe/shared/training/schemas'
import { loadConfig } from '../../config'
import { trainingVouchers } from '../../db/schema'
import { seededTrainingIds } from '../../db/seed/training'
import { days } from '../../platform/clock'
import { manualClock } from '../../platform/clock'
import { portalJobs } from '../../serve'
import { auditRows } from '../../testing/flows'
import { createTestContext, startTestServer, testStart } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { closeSeededProgrammes, myTraining, openProgramme, programmeRow, realNamedCitizens, runTraining, trainingInboxOf, voucherRows } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'
import { trainingJob } from './jobs'

test('the server runs the training job every TRAINING_JOB_INTERVAL_SECONDS, and not at all with 0', () => {
  const every = (env: Record<string, string>) => {
    const loaded = loadConfig(env)
    if (!loaded.ok) throw new Error(loaded.message)
    return portalJobs(loaded.config).find((job) => job.name === trainingJob)?.seconds
  }
  expect(every({})).toBe(3600)
  expect(every({ TRAINING_JOB_INTERVAL_SECONDS: '600' })).toBe(600)
  expect(every({ TRAINING_JOB_INTERVAL_SECONDS: '0' })).toBe(0)
})

test('a targeted programme reaches everyone of its region it is for, once each, with a message whose button accepts; a second run pushes to nobody', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const programme = await openProgramme(t, await t.login('officer-liu'), { reach: 'targeted', eligibility: { minAge: 18, maxAge: 45, groups: [] } })
  const young = await realNamedCitizens(t, 5)
  const [old] = await realNamedCitizens(t, 1, { prefix: 'old', birthDate: '19600101' })
  const [ouhai] = await realNamedCitizens(t, 1, { prefix: 'ouhai', regionCode: '330304' })
  expect(await runTraining(t)).toEqual({ pushed: 6, expired: 0, flagged: 0, paymentsEnded: 0 })
  const zhang = await userIdOf(t, 'citizen-zhang')
  const rows = await voucherRows(t)
  expect(rows.map((row) => row.holderUserId).sort()).toEqual([...young.map((citizen) => citizen.userId), zhang].sort())
  expect(rows.every((row) => row.status === 'issued' && row.programmeId === programme.id && row.claimedAt === null)).toBe(true)
  const [first] = young
  const [message] = await trainingInboxOf(t, first?.token ?? '')
  const voucher = rows.find((row) => row.holderUserId === first?.userId)
  expect(message).toMatchObject({
    template: 'training.voucherOffered',
    params: { programmeName: programme.name, validUntil: '2027-11-30' },
    link: '/features/training/pages/mine/index',
    action: { kind: 'accept_voucher', targetId: voucher?.id, done: false },
  })
  expect(await trainingInboxOf(t, old?.token ?? '')).toEqual([])
  expect(await trainingInboxOf(t, ouhai?.token ?? '')).toEqual([])
  const pushes = (await auditRows(t)).filter((row) => row.action === 'training.pushVoucher')
  expect(pushes.map((row) => [row.actorUserId, row.subjectUserId, row.objectId]).sort()).toEqual(rows.map((row) => [null, row.holderUserId, row.id]).sort())

  t.clock.advance(days(1))
  expect(await runTraining(t)).toEqual({ pushed: 0, expired: 0, flagged: 0, paymentsEnded: 0 })
  expect(await voucherRows(t)).toHaveLength(6)
  expect(await trainingInboxOf(t, await t.login(first?.userId ?? ''))).toHaveLength(1)
  // Someone who comes of the programme's region later is reached by the next run.
  const [newcomer] = await realNamedCitizens(t, 1, { prefix: 'newcomer', from: 5 })
  expect(await runTraining(t)).toEqual({ pushed: 1, expired: 0, flagged: 0, paymentsEnded: 0 })
  expect((await myTraining(t, newcomer?.token ?? '')).vouchers.map((item) => item.programmeId)).toEqual([programme.id])
})

test('the push stops when the programme’s vouchers are all out, and its ledger says so', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const token = await t.login('officer-liu')
  const programme = await openProgramme(t, token, { reach: 'targeted', quantity: 3 })
  await realNamedCitizens(t, 5)
  expect(await runTraining(t)).toEqual({ pushed: 3, expired: 0, flagged: 0, paymentsEnded: 0 })
  expect(await runTraining(t)).toEqual({ pushed: 0, expired: 0, flagged: 0, paymentsEnded: 0 })
  expect((await expectOk(await t.call('GET', `/api/training/programmes/${programme.id}`, { token }), Programme)).ledger).toEqual({
    quantity: 3,
    issued: 3,
    remaining: 0,
    claimed: 0,
    expired: 0,
    withdrawn: 0,
    budgetFen: 540_000,
    appliedFen: 0,
    committedFen: 0,
    paidFen: 0,
  })
})

test('unspent vouchers past their last day are ended by the job, once, each recorded; a spent one would be left alone', async () => {
  const t = await createTestContext()
  await runTraining(t)
  const zhang = await t.login('citizen-zhang')
  await t.call('POST', `/api/training/programmes/${seededTrainingIds.programmes.general}/claim`, { token: zhang, idempotencyKey: 'claim-general-before-expiry' })
  // An enrolled voucher is spent: expiry does not end it.
  const pushed = (await voucherRows(t)).find((row) => row.programmeId === seededTrainingIds.programmes.targeted)
  await t.deps.db.transaction((tx) => tx.update(trainingVouchers).set({ status: 'enrolled' }).where(eq(trainingVouchers.id, pushed?.id ?? '')))
  t.clock.advance(days(365))
  expect(await runTraining(t)).toEqual({ pushed: 0, expired: 0, flagged: 0, paymentsEnded: 0 })
  t.clock.advance(days(1))
  expect(await runTraining(t)).toEqual({ pushed: 0, expired: 1, flagged: 0, paymentsEnded: 0 })
  expect((await voucherRows(t)).map((row) => [row.programmeId, row.status]).sort()).toEqual([
    [seededTrainingIds.programmes.general, 'expired'],
    [seededTrainingIds.programmes.targeted, 'enrolled'],
  ])
  expect(await runTraining(t)).toEqual({ pushed: 0, expired: 0, flagged: 0, paymentsEnded: 0 })
  const expiries = (await auditRows(t)).filter((row) => row.action === 'training.expireVoucher')
  expect(expiries.map((row) => [row.actorUserId, row.subjectUserId])).toEqual([[null, await userIdOf(t, 'citizen-zhang')]])
  expect((await programmeRow(t, seededTrainingIds.programmes.general)).issued).toBe(1)
})

// The server is closed (its jobs stopped, its database closed) by the harness when the file ends.
test('the running server pushes the demo’s targeted voucher to citizen-zhang on its own', async () => {
  const server = await startTestServer({ TRAINING_JOB_INTERVAL_SECONDS: '1' }, { clock: manualClock(testStart) })
  const pushed = async () => (await server.deps.db.read((q) => q.select().from(trainingVouchers))).length === 1
  const until = Date.now() + 5000
  while (!(await pushed()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
  expect(await pushed()).toBe(true)
})

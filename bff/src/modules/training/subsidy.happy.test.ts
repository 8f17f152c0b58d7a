import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { SubsidyApplication } from '@renshe/shared/training/subsidy'
import { trainingCourses } from '../../db/schema'
import { seededTrainingIds } from '../../db/seed/training'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { trainingInboxOf } from '../../testing/training-flows'
import {
  appliedForTrainee,
  appliedMine,
  applyMine,
  approved,
  assessedOnWelding,
  assessedZhang,
  declineApplication,
  institutionSubsidiesOf,
  mySubsidyOf,
  queueOf,
  subsidyRows,
  voucherStatus,
} from '../../testing/training-subsidy-flows'
import { userIdOf } from '../../testing/wages-flows'

test('after her pass the holder applies for her offset voucher’s subsidy: the programme’s amount, the certificate it rests on, her name masked, the voucher moved', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId, enrolmentId } = await assessedZhang(t)
  expect(await mySubsidyOf(t, token, voucherId)).toBeNull()
  const application = await appliedMine(t, token, voucherId)
  expect(application).toMatchObject({
    voucherId,
    enrolmentId,
    programmeId: seededTrainingIds.programmes.general,
    courseName: '养老护理员（五级）初级班',
    traineeMaskedName: '张*',
    occupationCode: '4-10-01-05',
    level: 5,
    certificateIssuedOn: '2026-12-27',
    payee: 'holder',
    amountFen: 150_000,
    status: 'applied',
    appliedAt: t.clock.now().toISOString(),
    decidedAt: null,
    declineReason: null,
  })
  expect(await voucherStatus(t, voucherId)).toBe('subsidy_applied')
  expect(await mySubsidyOf(t, token, voucherId)).toEqual(application)
  const zhang = await userIdOf(t, 'citizen-zhang')
  const written = (await auditRows(t)).filter((row) => ['training.applyForMySubsidy', 'training.submitVoucher'].includes(row.action))
  expect(written.map((row) => ({ action: row.action, subject: row.subjectUserId, object: row.objectId }))).toEqual([
    { action: 'training.applyForMySubsidy', subject: zhang, object: application.id },
    { action: 'training.submitVoucher', subject: zhang, object: voucherId },
  ])
})

test('the same apply sent again with its Idempotency-Key answers with the same application, once', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const first = await appliedMine(t, token, voucherId, 'subsidy-retry-key-0001')
  const again = await applyMine(t, token, voucherId, 'subsidy-retry-key-0001')
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(again, SubsidyApplication, 201)).toEqual(first)
  expect(await subsidyRows(t)).toHaveLength(1)
})

test('the institution applies for a trainee’s face-value voucher after her pass, at most the course’s price, and lists its applications newest first', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, voucherId, institution } = await assessedOnWelding(t)
  // The course was made cheaper than the programme's subsidy for its level: the price is the most paid.
  await t.deps.db.transaction((tx) => tx.update(trainingCourses).set({ priceFen: 160_000 }).where(eq(trainingCourses.id, seededTrainingIds.courses.welding)))
  const application = await appliedForTrainee(t, institution, enrolmentId)
  expect(application).toMatchObject({ voucherId, payee: 'institution', amountFen: 160_000, occupationCode: '6-18-02-04', level: 4, traineeMaskedName: '张*', institutionName: expect.any(String) })
  expect(await voucherStatus(t, voucherId)).toBe('subsidy_applied')
  expect((await institutionSubsidiesOf(t, institution)).items.map((item) => item.id)).toEqual([application.id])
})

test('an officer of the region sees the queue oldest first, approves a batch, and the payee hears of it; the same batch again approves nothing twice', { timeout: 40_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, voucherId: faceValue, institution } = await assessedOnWelding(t)
  const forTrainee = await appliedForTrainee(t, institution, enrolmentId)
  const { token, voucherId: offset } = await assessedZhang(t)
  const mine = await appliedMine(t, token, offset)
  const liu = await t.login('officer-liu')
  expect((await queueOf(t, liu)).items.map((item) => item.id)).toEqual([forTrainee.id, mine.id])
  expect((await queueOf(t, liu, '?limit=1')).nextCursor).not.toBeNull()
  const first = await approved(t, liu, [forTrainee.id, mine.id])
  expect(first.approved.map((item) => ({ id: item.id, status: item.status, decidedAt: item.decidedAt }))).toEqual([
    { id: forTrainee.id, status: 'approved', decidedAt: t.clock.now().toISOString() },
    { id: mine.id, status: 'approved', decidedAt: t.clock.now().toISOString() },
  ])
  expect(first.skipped).toEqual([])
  expect([await voucherStatus(t, faceValue), await voucherStatus(t, offset)]).toEqual(['approved', 'approved'])
  const again = await approved(t, liu, [forTrainee.id, mine.id])
  expect(again).toEqual({ approved: [], skipped: [{ id: forTrainee.id, reason: 'already_decided' }, { id: mine.id, reason: 'already_decided' }] })
  expect((await queueOf(t, liu)).items).toEqual([])
  expect((await queueOf(t, liu, '?status=approved')).items.map((item) => item.id)).toEqual([forTrainee.id, mine.id])
  const toHolder = (await trainingInboxOf(t, token)).filter((message) => message.template === 'training.subsidyApproved')
  expect(toHolder.map((message) => message.params)).toEqual([{ courseName: '养老护理员（五级）初级班', voucherNumber: mine.voucherNumber, paidFen: 150_000 }])
  const toInstitution = (await trainingInboxOf(t, await t.login('institution-demo'))).filter((message) => message.template === 'training.subsidyApproved')
  expect(toInstitution.map((message) => message.params.voucherNumber)).toEqual([forTrainee.voucherNumber])
})

test('a batch retried with its Idempotency-Key answers as it did the first time, the approved ones approved', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const mine = await appliedMine(t, token, voucherId)
  const liu = await t.login('officer-liu')
  const batch = [mine.id, 'zzzzzzzzzzzzzzzzzzzzzzzzzz']
  const first = await approved(t, liu, batch, 'subsidy-batch-retry-01')
  expect(first.approved.map((item) => item.id)).toEqual([mine.id])
  expect(first.skipped).toEqual([{ id: 'zzzzzzzzzzzzzzzzzzzzzzzzzz', reason: 'not_found' }])
  const retry = await t.call('POST', '/api/training/subsidies/approvals', { token: liu, idempotencyKey: 'subsidy-batch-retry-01', body: { applicationIds: batch } })
  expect(retry.headers.get('idempotent-replayed')).toBe('true')
  expect(await retry.json()).toEqual(first)
  expect((await subsidyRows(t)).map((row) => row.status)).toEqual(['approved'])
})

test('an officer declines an application with a reason: the voucher returns to its result, the holder is told, and a corrected one can be made', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const mine = await appliedMine(t, token, voucherId)
  const liu = await t.login('officer-liu')
  const declined = await expectOk(await declineApplication(t, liu, mine.id, '出勤记录待核实'), SubsidyApplication)
  expect(declined).toMatchObject({ id: mine.id, status: 'declined', declineReason: '出勤记录待核实', decidedAt: t.clock.now().toISOString() })
  expect(await voucherStatus(t, voucherId)).toBe('assessed')
  expect((await trainingInboxOf(t, token)).find((message) => message.template === 'training.subsidyDeclined')?.params).toEqual({
    courseName: '养老护理员（五级）初级班',
    voucherNumber: mine.voucherNumber,
    reason: '出勤记录待核实',
  })
  expect(await mySubsidyOf(t, token, voucherId)).toEqual(declined)
  const corrected = await appliedMine(t, token, voucherId)
  expect(corrected.id).not.toBe(mine.id)
  expect(Object.fromEntries((await subsidyRows(t)).map((row) => [row.id, row.status]))).toEqual({ [mine.id]: 'declined', [corrected.id]: 'applied' })
})

import { expect, test } from 'vitest'
import { seededTrainingIds } from '../../db/seed/training'
import { days } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { attendingZhang } from '../../testing/training-assessment-flows'
import { expectRefused } from '../../testing/training-attendance-flows'
import {
  appliedMine,
  applyMine,
  approve,
  approved,
  assessedZhang,
  declineApplication,
  hadSubsidies,
  subsidyRows,
  voucherStatus,
} from '../../testing/training-subsidy-flows'
import { setBudget } from '../../testing/training-subsidy-payments'

test('no subsidy before a result, nor after a fail', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { voucherId } = await attendingZhang(t)
  await expectRefused(await applyMine(t, await t.login('citizen-zhang'), voucherId), 'conflict', 'training.subsidyNotPassed')
  const failed = await createTestContext()
  const zhang = await assessedZhang(failed, { passed: false })
  await expectRefused(await applyMine(failed, zhang.token, zhang.voucherId), 'conflict', 'training.subsidyNotPassed')
  expect([...(await subsidyRows(t)), ...(await subsidyRows(failed))]).toEqual([])
})

test('attendance below the programme’s threshold is refused: 6 of 8 sessions is 75%, under 80%', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t, { sessions: 6 })
  await expectRefused(await applyMine(t, token, voucherId), 'conflict', 'training.attendanceBelow')
  expect(await subsidyRows(t)).toEqual([])
  expect(await voucherStatus(t, voucherId)).toBe('assessed')
})

test('more than 12 months after the certificate was issued, no subsidy can be applied for', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { voucherId } = await assessedZhang(t)
  // Issued 2026-12-27: 2027-12-27 is the last day.
  t.clock.advance(days(366))
  await expectRefused(await applyMine(t, await t.login('citizen-zhang'), voucherId), 'conflict', 'training.claimWindowPassed')
  expect(await subsidyRows(t)).toEqual([])
})

test('three subsidies had this year refuse a fourth; three of another year do not', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId, zhang } = await assessedZhang(t)
  await hadSubsidies(t, zhang, [
    { occupationCode: '4-10-01-06', level: 5, appliedOn: '2025-03-10' },
    { occupationCode: '6-18-02-04', level: 4, appliedOn: '2025-06-10' },
    { occupationCode: '4-03-02-01', level: 4, appliedOn: '2025-09-10' },
    { occupationCode: '4-10-01-06', level: 4, appliedOn: '2026-03-10' },
    { occupationCode: '6-18-02-04', level: 3, appliedOn: '2026-06-10' },
  ])
  await appliedMine(t, token, voucherId)
  const again = await createTestContext()
  const second = await assessedZhang(again)
  await hadSubsidies(again, second.zhang, [
    { occupationCode: '4-10-01-06', level: 5, appliedOn: '2026-03-10' },
    { occupationCode: '6-18-02-04', level: 4, appliedOn: '2026-06-10' },
    { occupationCode: '4-03-02-01', level: 4, appliedOn: '2026-09-10', status: 'applied' },
  ])
  await expectRefused(await applyMine(again, second.token, second.voucherId), 'conflict', 'training.yearlyLimit')
})

test('the same occupation and level is subsidised once, whenever the first was; a declined one does not count', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId, zhang } = await assessedZhang(t)
  await hadSubsidies(t, zhang, [{ occupationCode: '4-10-01-05', level: 5, appliedOn: '2024-05-01', status: 'paid' }])
  await expectRefused(await applyMine(t, token, voucherId), 'conflict', 'training.sameLevelTwice')
  const declinedBefore = await createTestContext()
  const second = await assessedZhang(declinedBefore)
  await hadSubsidies(declinedBefore, second.zhang, [{ occupationCode: '4-10-01-05', level: 5, appliedOn: '2026-05-01', status: 'declined' }])
  await appliedMine(declinedBefore, second.token, second.voucherId)
})

test('a lower level after a higher one of the same occupation is refused', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId, zhang } = await assessedZhang(t)
  await hadSubsidies(t, zhang, [{ occupationCode: '4-10-01-05', level: 4, appliedOn: '2025-05-01' }])
  await expectRefused(await applyMine(t, token, voucherId), 'conflict', 'training.lowerAfterHigher')
  expect((await subsidyRows(t)).map((row) => row.occupationCode)).toEqual(['4-10-01-05'])
})

test('a second application of one voucher, with another key, is refused as applied already', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  await appliedMine(t, token, voucherId)
  await expectRefused(await applyMine(t, token, voucherId), 'conflict', 'training.subsidyApplied')
  expect(await subsidyRows(t)).toHaveLength(1)
})

test('a decline needs a reason, and what is decided already cannot be declined; a batch needs ids', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const mine = await appliedMine(t, token, voucherId)
  const liu = await t.login('officer-liu')
  await expectProblem(await declineApplication(t, liu, mine.id, '   '), 'validation_failed')
  await expectProblem(await approve(t, liu, []), 'validation_failed')
  await approved(t, liu, [mine.id])
  await expectProblem(await declineApplication(t, liu, mine.id), 'conflict')
  expect((await subsidyRows(t)).map((row) => row.status)).toEqual(['approved'])
  expect(await voucherStatus(t, voucherId)).toBe('approved')
})

test('an approval that would take the programme’s approved and paid subsidies over its budget is refused as over budget, and leaves the application waiting', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const application = await appliedMine(t, token, voucherId)
  // 1,500 yuan asked of a programme with 1,499.99 yuan left to commit.
  await setBudget(t, seededTrainingIds.programmes.general, 149_999)
  const liu = await t.login('officer-liu')
  const before = (await auditRows(t)).length
  expect(await approved(t, liu, [application.id])).toEqual({ approved: [], skipped: [{ id: application.id, reason: 'over_budget' }] })
  expect((await subsidyRows(t)).map((row) => row.status)).toEqual(['applied'])
  expect(await voucherStatus(t, voucherId)).toBe('subsidy_applied')
  expect((await auditRows(t)).slice(before)).toEqual([])
  // A budget that holds it exactly approves it.
  await setBudget(t, seededTrainingIds.programmes.general, 150_000)
  expect((await approved(t, liu, [application.id])).approved.map((item) => item.id)).toEqual([application.id])
})

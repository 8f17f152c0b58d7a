import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { trainingVouchers } from '../../db/schema'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { expectRefused } from '../../testing/training-attendance-flows'
import { addInstitution, realNamedCitizens } from '../../testing/training-flows'
import {
  appliedForTrainee,
  appliedMine,
  applyForTrainee,
  applyMine,
  approve,
  approved,
  assessedBeneath,
  assessedOnWelding,
  assessedZhang,
  declineApplication,
  hadSubsidies,
  institutionSubsidiesOf,
  mySubsidy,
  queueOf,
  subsidyRows,
  voucherStatus,
} from '../../testing/training-subsidy-flows'
import { setBudget } from '../../testing/training-subsidy-payments'

const problemKeys = async (responses: readonly Response[]) =>
  Promise.all(responses.map(async (response) => ((await response.json()) as { errors?: { key: string }[] }).errors?.[0]?.key))

test('one subsidy claimed ten times at once is applied for once: one succeeds, the others are told it was applied for', { timeout: 60_000 }, async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '1000' } })
  const { token, voucherId } = await assessedZhang(t)
  const responses = await Promise.all(Array.from({ length: 10 }, () => applyMine(t, token, voucherId)))
  const statuses = responses.map((response) => response.status)
  expect(statuses.filter((status) => status === 201)).toHaveLength(1)
  expect(statuses.filter((status) => status === 409)).toHaveLength(9)
  expect(new Set(await problemKeys(responses.filter((response) => response.status === 409)))).toEqual(new Set(['training.subsidyApplied']))
  expect(await subsidyRows(t)).toHaveLength(1)
  expect(await voucherStatus(t, voucherId)).toBe('subsidy_applied')
})

test('two of her applications at once cannot both be her third of the year: the count is taken under her lock', { timeout: 60_000 }, async () => {
  const t = await createTestContext({ env: { SUBMISSION_RATE_LIMIT: '1000' } })
  const [citizen] = await realNamedCitizens(t, 1)
  if (!citizen) throw new Error('no citizen')
  await hadSubsidies(t, citizen.userId, [
    { occupationCode: '4-10-01-06', level: 5, appliedOn: '2026-03-10' },
    { occupationCode: '6-18-02-04', level: 4, appliedOn: '2026-06-10' },
  ])
  const vouchers = [await assessedBeneath(t, citizen.userId, '4-03-02-01', 4), await assessedBeneath(t, citizen.userId, '4-10-01-05', 5), await assessedBeneath(t, citizen.userId, '6-18-01-01', 5)]
  const responses = await Promise.all(vouchers.flatMap((voucherId) => Array.from({ length: 3 }, () => applyMine(t, citizen.token, voucherId))))
  expect(responses.filter((response) => response.status === 201)).toHaveLength(1)
  expect(new Set(await problemKeys(responses.filter((response) => response.status === 409)))).toEqual(new Set(['training.yearlyLimit', 'training.subsidyApplied']))
  const live = (await subsidyRows(t)).filter((row) => row.holderUserId === citizen.userId && row.appliedOn.startsWith('2026') && row.status !== 'declined')
  expect(live).toHaveLength(3)
})

test('an institution cannot apply for an offset voucher (the holder’s to apply for), nor for another institution’s trainee', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, voucherId } = await assessedZhang(t)
  await expectRefused(await applyForTrainee(t, await t.login('institution-demo'), enrolmentId), 'conflict', 'training.subsidyNotYours')
  await addInstitution(t, 'institution-other', '330302', '温州另一家培训学校')
  await expectProblem(await applyForTrainee(t, await t.login('institution-other'), enrolmentId), 'not_found')
  expect(await subsidyRows(t)).toEqual([])
  expect(await voucherStatus(t, voucherId)).toBe('assessed')
})

test('another institution cannot apply for a face-value trainee it did not teach, and sees none of the applications', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, institution } = await assessedOnWelding(t)
  await addInstitution(t, 'institution-other', '330302', '温州另一家培训学校')
  const other = await t.login('institution-other')
  await expectProblem(await applyForTrainee(t, other, enrolmentId), 'not_found')
  await appliedForTrainee(t, institution, enrolmentId)
  expect((await institutionSubsidiesOf(t, other)).items).toEqual([])
})

test('a holder cannot apply for a face-value voucher (the institution’s to apply for), nor for or read another’s voucher', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { voucherId: faceValue, zhang } = await assessedOnWelding(t)
  const token = await t.login('citizen-zhang')
  await expectRefused(await applyMine(t, token, faceValue), 'conflict', 'training.subsidyNotYours')
  const [stranger] = await realNamedCitizens(t, 1)
  if (!stranger) throw new Error('no citizen')
  await expectProblem(await applyMine(t, stranger.token, faceValue), 'not_found')
  await expectProblem(await mySubsidy(t, stranger.token, faceValue), 'not_found')
  expect(await subsidyRows(t)).toEqual([])
  expect(zhang).not.toBe(stranger.userId)
})

test('an officer of another region neither sees, approves nor declines a Lucheng application: it does not exist for her', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId } = await assessedZhang(t)
  const mine = await appliedMine(t, token, voucherId)
  const huang = await t.login('officer-huang')
  expect((await queueOf(t, huang)).items).toEqual([])
  expect(await approved(t, huang, [mine.id])).toEqual({ approved: [], skipped: [{ id: mine.id, reason: 'not_found' }] })
  await expectProblem(await declineApplication(t, huang, mine.id), 'not_found')
  expect((await subsidyRows(t)).map((row) => row.status)).toEqual(['applied'])
  expect(await voucherStatus(t, voucherId)).toBe('subsidy_applied')
})

test('a citizen, an institution and an assessment body cannot call the officers’ operations; an officer cannot apply', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { token, voucherId, enrolmentId } = await assessedZhang(t)
  const mine = await appliedMine(t, token, voucherId)
  for (const account of ['citizen-zhang', 'institution-demo', 'assessor-demo', 'staff-chen']) {
    const caller = await t.login(account)
    await expectProblem(await approve(t, caller, [mine.id]), 'forbidden', { because: account })
    await expectProblem(await declineApplication(t, caller, mine.id), 'forbidden', { because: account })
    await expectProblem(await t.call('GET', '/api/training/subsidies', { token: caller }), 'forbidden', { because: account })
  }
  const liu = await t.login('officer-liu')
  await expectProblem(await applyMine(t, liu, voucherId), 'forbidden')
  await expectProblem(await applyForTrainee(t, liu, enrolmentId), 'forbidden')
  expect((await subsidyRows(t)).map((row) => row.status)).toEqual(['applied'])
})

test('the institution and the officer see the trainee masked only, and she finds each reading in her log', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, institution, zhang } = await assessedOnWelding(t)
  await appliedForTrainee(t, institution, enrolmentId)
  const before = (await auditRows(t)).length
  for (const [token, path] of [
    [institution, '/api/training/institution/subsidies'],
    [await t.login('officer-liu'), '/api/training/subsidies'],
  ] as const) {
    const text = await (await t.call('GET', path, { token })).text()
    expect(text).not.toContain('张伟')
    expect(text).toContain('张*')
  }
  const read = (await auditRows(t)).slice(before).filter((row) => row.action === 'training.readSubsidyApplication')
  expect(read.map((row) => ({ subject: row.subjectUserId, kind: row.kind }))).toEqual([
    { subject: zhang, kind: 'read' },
    { subject: zhang, kind: 'read' },
  ])
})

async function voucherRow(t: Awaited<ReturnType<typeof createTestContext>>, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(trainingVouchers).where(eq(trainingVouchers.id, id)))
  if (!row) throw new Error(`no voucher ${id}`)
  return row
}

test('two batches at once cannot overspend a programme: its budget is counted under the programme’s lock, one after the other', { timeout: 60_000 }, async () => {
  const t = await createTestContext()
  const citizens = await realNamedCitizens(t, 2)
  const vouchers: string[] = []
  for (const citizen of citizens) vouchers.push(await assessedBeneath(t, citizen.userId, '4-10-01-05', 5))
  // Both vouchers of one programme, with room for one subsidy of 1,200 yuan.
  const [first, second] = vouchers
  if (!first || !second) throw new Error('no vouchers')
  const programmeId = (await voucherRow(t, first)).programmeId
  await t.deps.db.transaction((tx) => tx.update(trainingVouchers).set({ programmeId }).where(eq(trainingVouchers.id, second)))
  await setBudget(t, programmeId, 200_000)
  const applications = await Promise.all(citizens.map((citizen, index) => appliedMine(t, citizen.token, vouchers[index] ?? '')))
  expect(applications.map((application) => [application.programmeId, application.amountFen])).toEqual([
    [programmeId, 120_000],
    [programmeId, 120_000],
  ])
  const liu = await t.login('officer-liu')
  const results = await Promise.all(applications.map((application) => approved(t, liu, [application.id])))
  expect(results.flatMap((result) => result.approved)).toHaveLength(1)
  expect(results.flatMap((result) => result.skipped.map((skip) => skip.reason))).toEqual(['over_budget'])
  expect((await subsidyRows(t)).filter((row) => row.programmeId === programmeId && row.status === 'approved')).toHaveLength(1)
})

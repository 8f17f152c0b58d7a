import { expect, test } from 'vitest'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { Programme, Voucher } from '@renshe/shared/training/schemas'
import { seededTrainingIds } from '../../db/seed/training'
import { days } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { sampleSeekerProfile } from '../../testing/jobs-samples'
import { paidFlexibleWorker } from '../../testing/jobs-subsidy-samples'
import { claim, claimed, closeSeededProgrammes, myTraining, openProgramme, realNamedCitizens, runTraining, trainingInboxOf, voucherRows } from '../../testing/training-flows'
import { userIdOf } from '../../testing/wages-flows'
import { lastFullMonth, trainingFactsOf } from './eligibility'
import { personFactsOf } from './people-repo'

const general = seededTrainingIds.programmes.general

test('zhang sees the general programme she qualifies for, claims a voucher of it with one tap, and finds it under My training', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const before = await myTraining(t, token)
  expect(before.vouchers).toEqual([])
  expect(before.claimable).toEqual([
    expect.objectContaining({ id: general, name: '温州市鹿城区职业技能培训券（通用）', kind: 'basic', payment: 'offset', remaining: 200 }),
  ])
  expect(before.claimable[0]?.covered).toContainEqual({ occupationCode: '4-10-01-05', level: 3, subsidyFen: 240_000 })

  const voucher = await claimed(t, token, general)
  const today = chinaDate(t.clock.now())
  expect(voucher).toEqual({
    id: expect.any(String) as string,
    number: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{12}$/) as string,
    programmeId: general,
    programmeName: '温州市鹿城区职业技能培训券（通用）',
    kind: 'basic',
    payment: 'offset',
    reach: 'general',
    covered: before.claimable[0]?.covered,
    institutions: [{ id: await userIdOf(t, 'institution-demo'), name: '温州技师培训学校', regionCode: '330302' }],
    status: 'claimed',
    issuedAt: t.clock.now().toISOString(),
    claimedAt: t.clock.now().toISOString(),
    validFrom: today,
    validUntil: expect.any(String) as string,
    enrolment: null,
  })
  expect(await myTraining(t, token)).toEqual({ vouchers: [voucher], claimable: [] })
  expect(await trainingInboxOf(t, token)).toEqual([
    expect.objectContaining({ template: 'training.voucherClaimed', params: { programmeName: voucher.programmeName, number: voucher.number, validUntil: voucher.validUntil }, link: '/features/training/pages/mine/index', action: null }),
  ])
  const ledger = (await expectOk(await t.call('GET', `/api/training/programmes/${general}`, { token: await t.login('officer-liu') }), Programme)).ledger
  expect(ledger).toEqual({ quantity: 200, issued: 1, remaining: 199, claimed: 1, expired: 0, withdrawn: 0, budgetFen: 200 * 240_000, appliedFen: 0, committedFen: 0, paidFen: 0 })
  const zhang = await userIdOf(t, 'citizen-zhang')
  const rows = (await auditRows(t)).filter((row) => row.action.startsWith('training.') && row.subjectUserId === zhang)
  expect(rows.map((row) => [row.action, row.kind, row.objectId])).toEqual([
    ['training.getMine', 'read', zhang],
    ['training.claimVoucher', 'write', voucher.id],
    ['training.getMine', 'read', zhang],
  ])
})

test('a second claim is her voucher again: the same key replays it, another key finds it, and one voucher is taken', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, general, 'claim-general-0001')
  const replayed = await claim(t, token, general, 'claim-general-0001')
  expect(replayed.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(replayed, Voucher, 201)).toEqual(voucher)
  expect(await claimed(t, token, general, 'claim-general-0002')).toEqual(voucher)
  expect(await voucherRows(t)).toHaveLength(1)
  expect(await trainingInboxOf(t, token)).toHaveLength(1)
})

test('a voucher pushed to her is accepted with one tap in the inbox: hers to spend, the button done, a second tap changes nothing', async () => {
  const t = await createTestContext()
  expect(await runTraining(t)).toEqual({ pushed: 1, expired: 0, flagged: 0, paymentsEnded: 0 })
  const token = await t.login('citizen-zhang')
  const [offer] = await trainingInboxOf(t, token)
  const pushed = (await myTraining(t, token)).vouchers[0]
  expect(pushed).toMatchObject({ programmeId: seededTrainingIds.programmes.targeted, reach: 'targeted', status: 'issued', claimedAt: null, payment: 'face_value' })
  expect(offer).toMatchObject({ template: 'training.voucherOffered', link: '/features/training/pages/mine/index', action: { kind: 'accept_voucher', targetId: pushed?.id, done: false } })

  t.clock.advance(days(1))
  const again = await t.login('citizen-zhang')
  const accepted = await expectOk(await t.call('POST', `/api/training/vouchers/${pushed?.id}/accept`, { token: again }), Voucher)
  expect(accepted).toEqual({ ...pushed, status: 'claimed', claimedAt: t.clock.now().toISOString() })
  const inbox = await trainingInboxOf(t, again)
  expect(inbox.find((message) => message.template === 'training.voucherOffered')?.action?.done).toBe(true)
  expect(inbox.filter((message) => message.template === 'training.voucherClaimed')).toHaveLength(1)
  expect(await expectOk(await t.call('POST', `/api/training/vouchers/${pushed?.id}/accept`, { token: again }), Voucher)).toEqual(accepted)
  expect((await auditRows(t)).map((row) => row.action)).toEqual(expect.arrayContaining(['training.pushVoucher', 'training.acceptVoucher', 'inbox.taskDone']))
})

test('a voucher past its last day shows expired to its holder before the job has ended it, and its programme is claimable no more', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const programme = await openProgramme(t, await t.login('officer-liu'), { validFrom: '2026-11-29', validUntil: '2026-11-30' })
  const [holder] = await realNamedCitizens(t, 1)
  if (!holder) throw new Error('no citizen')
  const voucher = await claimed(t, holder.token, programme.id)
  t.clock.advance(days(1))
  expect((await myTraining(t, await t.login(holder.userId))).vouchers.map((item) => item.status)).toEqual(['claimed'])
  t.clock.advance(days(1))
  expect((await myTraining(t, await t.login(holder.userId))).vouchers).toEqual([{ ...voucher, status: 'expired' }])
  expect((await voucherRows(t)).map((row) => row.status)).toEqual(['claimed'])
  const [later] = await realNamedCitizens(t, 1, { prefix: 'later', from: 1 })
  expect((await myTraining(t, later?.token ?? '')).claimable).toEqual([])
})

test('the facts a programme looks at come from the other modules’ tables: age on today’s date, region, insured, job seeker, unemployed, flexible worker', async () => {
  const t = await createTestContext()
  const today = chinaDate(t.clock.now())
  const factsOf = async (account: string) => {
    const userId = await userIdOf(t, account)
    const row = await t.deps.db.read((q) => personFactsOf(q, userId, lastFullMonth(today)))
    return row ? trainingFactsOf(t.deps, row, today) : null
  }
  // Born 1990-03-15, paid for by his employer every month.
  expect(await factsOf('citizen-zhang')).toEqual({ age: 36, regionCode: '330302', insured: true, jobSeeker: false, unemployed: false, flexibleWorker: false })
  // Registered as a seeker, no employer since mid-2025; then enrolled as a flexible worker.
  const zhao = await t.login('worker-zhao')
  await t.call('PUT', '/api/jobs/me/profile', { token: zhao, body: sampleSeekerProfile })
  expect(await factsOf('worker-zhao')).toEqual({ age: 38, regionCode: '511321', insured: true, jobSeeker: true, unemployed: true, flexibleWorker: false })
  await paidFlexibleWorker(t)
  expect(await factsOf('worker-zhao')).toMatchObject({ flexibleWorker: true, unemployed: true })
  // A seeker whose employer paid last month is not unemployed.
  await t.call('PUT', '/api/jobs/me/profile', { token: await t.login('citizen-zhang'), body: sampleSeekerProfile })
  expect(await factsOf('citizen-zhang')).toMatchObject({ jobSeeker: true, unemployed: false })
  // A person not in the register.
  const [citizen] = await realNamedCitizens(t, 1, { birthDate: '20101130' })
  const row = await t.deps.db.read((q) => personFactsOf(q, citizen?.userId ?? '', lastFullMonth(today)))
  expect(row && trainingFactsOf(t.deps, row, today)).toEqual({ age: 15, regionCode: '330302', insured: false, jobSeeker: false, unemployed: false, flexibleWorker: false })
})

test('a programme for the unemployed reaches a registered seeker no employer paid, and not an employee', async () => {
  const t = await createTestContext()
  await closeSeededProgrammes(t)
  const [seeker, employee] = await realNamedCitizens(t, 2)
  if (!seeker || !employee) throw new Error('no citizens')
  await t.call('PUT', '/api/jobs/me/profile', { token: seeker.token, body: sampleSeekerProfile })
  const programme = await openProgramme(t, await t.login('officer-liu'), { eligibility: { minAge: null, maxAge: null, groups: ['unemployed'] } })
  expect((await myTraining(t, seeker.token)).claimable.map((item) => item.id)).toEqual([programme.id])
  expect((await myTraining(t, employee.token)).claimable).toEqual([])
  await claimed(t, seeker.token, programme.id)
})

import { asc, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { AccessLogEntry } from '@renshe/shared/identity/schemas'
import { Page as PageOf } from '@renshe/shared/platform/primitives'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { DeathRecordForReview, PartnerReceipt } from '@renshe/shared/retiree/schemas'
import { deathRecords, overpayments, partnerSignals } from '../../db/schema'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import {
  accountOf,
  auditOf,
  certificationRows,
  confirmedDeath,
  deathRecord,
  decideDeathRecord,
  faceCheck,
  lifeSignal,
  paymentRows,
  pendingDeathRecordOf,
  pensionerRow,
  registeredPartner,
  runJobs,
  sentDeathRecord,
  sentLifeSignal,
  setChinaDate,
} from '../../testing/retiree-flows'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const wang = { id: seededRetireeIds.pensioners.wang, idNumber: '330302194406080025' }
const sun = { id: seededRetireeIds.pensioners.sun, idNumber: '33030219550312301X' }
const wu = { id: seededRetireeIds.pensioners.wu, idNumber: '330302194807214020' }
const zhou = { id: seededRetireeIds.pensioners.zhou, idNumber: '330302193809031012' }
const Pending = z.object({ items: z.array(PendingItem) })

test('a hospital visit certifies elder-wang on the day she was seen, tells her, and is recorded as the hospital’s act', async () => {
  const t = await createTestContext()
  const receipt = await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'HOSP-1', idNumber: wang.idNumber, observedAt: '2026-11-28T01:30:00.000Z' })
  expect(receipt).toEqual({ received: true, reference: 'HOSP-1', replayed: false })

  const token = await t.login('elder-wang')
  const { certification } = await accountOf(t, { token })
  expect(certification).toMatchObject({ state: 'certified', cycleStart: '2026-11-28', dueDate: '2027-11-28', lastMethod: 'partner_signal', lastSource: 'hospital' })
  const certified = (await inboxOf(t, token)).find((m) => m.template === 'retiree.certified')
  expect(certified?.params).toEqual({ method: 'partner_signal', source: 'hospital', certifiedOn: '2026-11-28', nextDueDate: '2027-11-28' })
  expect(certified?.link).toBe('/features/retiree/pages/account/index')

  const elder = await userIdOf(t, 'elder-wang')
  for (const action of ['partner.sendLifeSignal', 'retiree.certify']) {
    expect(await auditOf(t, action), action).toEqual([expect.objectContaining({ kind: 'write', actorUserId: 'partner:partner-hospital', subjectUserId: elder, viaGrantId: null })])
  }
})

test('the same signal sent twice certifies once and answers the same receipt, marked as a replay', async () => {
  const t = await createTestContext()
  const signal = { signalId: 'BANK-7', idNumber: wang.idNumber }
  const first = await sentLifeSignal(t, devPartnerKeys.bank, signal)
  t.clock.advance(60_000)
  const second = await sentLifeSignal(t, devPartnerKeys.bank, signal)
  expect(second).toEqual({ ...first, replayed: true })
  // Even with another body: the reference is what makes it the same signal.
  const third = await sentLifeSignal(t, devPartnerKeys.bank, { ...signal, idNumber: sun.idNumber })
  expect(third).toEqual(second)
  expect((await certificationRows(t, wang.id)).filter((c) => c.method === 'partner_signal' && c.source === 'bank')).toHaveLength(1)
  expect(await certificationRows(t, sun.id)).toHaveLength(1)
  expect(await t.deps.db.read((q) => q.select().from(partnerSignals).where(eq(partnerSignals.reference, 'BANK-7')))).toHaveLength(1)
  expect(await auditOf(t, 'partner.sendLifeSignal')).toHaveLength(3)
})

test('the same reference from two partners is two signals', async () => {
  const t = await createTestContext()
  const a = await sentLifeSignal(t, devPartnerKeys.bank, { signalId: 'S-1', idNumber: wang.idNumber })
  const b = await sentLifeSignal(t, devPartnerKeys.transit, { signalId: 'S-1', idNumber: wang.idNumber, kind: 'transit_ride' })
  expect([a.replayed, b.replayed]).toEqual([false, false])
})

test('a signal from before the current cycle began, or from the future, certifies nobody', async () => {
  const t = await createTestContext()
  const before = await certificationRows(t, wang.id)
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'OLD', idNumber: wang.idNumber, observedAt: '2025-12-18T10:00:00.000Z' })
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'START', idNumber: wang.idNumber, observedAt: '2025-12-19T03:00:00.000Z' })
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'LATER', idNumber: wang.idNumber, observedAt: '2026-11-30T01:00:00.000Z' })
  expect(await certificationRows(t, wang.id)).toEqual(before)
  expect((await pensionerRow(t, wang.id)).cycleStart).toBe('2025-12-19')
  const outcomes = await t.deps.db.read((q) =>
    q.select({ reference: partnerSignals.reference, outcome: partnerSignals.outcome }).from(partnerSignals).orderBy(asc(partnerSignals.occurredAt)),
  )
  expect(outcomes).toEqual([
    { reference: 'OLD', outcome: 'outside_cycle' },
    { reference: 'START', outcome: 'already_certified' },
    { reference: 'LATER', outcome: 'outside_cycle' },
  ])
})

test('a signal counts on its date in China: 23:30 UTC is already the next day', async () => {
  const t = await createTestContext()
  await sentLifeSignal(t, devPartnerKeys.transit, { signalId: 'T-1', idNumber: wang.idNumber, kind: 'transit_ride', observedAt: '2026-11-27T23:30:00.000Z' })
  expect((await pensionerRow(t, wang.id)).cycleStart).toBe('2026-11-28')
})

test('a signal for a suspended pensioner resumes her pension and pays the held months at once', async () => {
  const t = await createTestContext()
  await sentLifeSignal(t, devPartnerKeys.bank, { signalId: 'BANK-WU', idNumber: wu.idNumber, kind: 'bank_counter' })
  const token = await t.login('retiree-wu')
  const account = await accountOf(t, { token })
  expect(account.status).toBe('active')
  expect(account.certification.state).toBe('certified')
  expect(account.heldFen).toBe(0)
  expect(account.payments.slice(0, 2)).toEqual([
    { month: '2026-11', amountFen: 251_000, status: 'paid', paidOn: '2026-11-29', arrears: true },
    { month: '2026-10', amountFen: 251_000, status: 'paid', paidOn: '2026-11-29', arrears: true },
  ])
  const resumed = (await inboxOf(t, token)).find((m) => m.template === 'retiree.resumed')
  expect(resumed?.params).toEqual({ months: 2, fromMonth: '2026-10', toMonth: '2026-11', amountFen: 502_000 })
  const { items } = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
  expect(items).toContainEqual({ kind: 'retiree_certification', state: 'certified', dueDate: '2027-11-29', daysLeft: 365, deathRecordUnderReview: false })
})

test('a death record from civil affairs holds the pension at once and asks the region’s officers to check it; nothing else changes yet', async () => {
  const t = await createTestContext()
  const receipt = await sentDeathRecord(t, { recordId: 'MZ-1', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  expect(receipt).toEqual({ received: true, reference: 'MZ-1', replayed: false })

  const held = await pensionerRow(t, sun.id)
  expect(held).toMatchObject({ status: 'active', diedOn: null })
  expect(held.deathHoldId).not.toBeNull()
  expect(await t.deps.db.read((q) => q.select().from(overpayments).where(eq(overpayments.pensionerId, sun.id)))).toEqual([])
  const record = await pendingDeathRecordOf(t, sun.id)
  expect(record).toMatchObject({ status: 'pending', diedOn: '2026-09-17', partnerName: '温州市民政局', secondPartnerName: null, confirmedVia: null })
  const liu = (await inboxOf(t, await t.login('officer-liu'))).filter((m) => m.template === 'retiree.deathRecordToReview')
  expect(liu).toEqual([expect.objectContaining({ link: `/features/retiree/pages/deaths/index?id=${record.id}` })])
  expect((await inboxOf(t, await t.login('officer-huang'))).map((m) => m.template)).not.toContain('retiree.deathRecordToReview')
  expect(await auditOf(t, 'retiree.holdForDeathRecord')).toEqual([expect.objectContaining({ actorUserId: 'partner:partner-civil-affairs', subjectUserId: await userIdOf(t, 'retiree-sun') })])

  // Held, not stopped: the account says why, December is held, and no reminder goes out meanwhile.
  let token = await t.login('retiree-sun')
  expect((await inboxOf(t, token)).map((m) => m.template)).toContain('retiree.deathRecordHeld')
  setChinaDate(t, '2026-12-10')
  await runJobs(t)
  expect((await paymentRows(t, sun.id)).at(-1)).toMatchObject({ month: '2026-12', status: 'held' })
  token = await t.login('retiree-sun')
  expect((await inboxOf(t, token)).map((m) => m.template).filter((template) => /dueSoon|overdue|suspended/.test(template))).toEqual([])
  expect(await accountOf(t, { token })).toMatchObject({ status: 'active', deathRecordUnderReview: true, heldFen: 412_500 })
})

test('an officer confirms the death of 17 September: the pension stops from October, October and November go to recovery, the held December is cancelled, and nothing is due again', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-1', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  setChinaDate(t, '2026-12-10')
  await runJobs(t)
  const liuToken = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, sun.id, liuToken)
  const confirmed = await expectOk(await decideDeathRecord(t, liuToken, pending.id, { confirm: true }), DeathRecordForReview)
  expect(confirmed).toMatchObject({ status: 'confirmed', confirmedVia: 'officer', decidedAt: '2026-12-10T02:00:00.000Z', heldFen: 0 })

  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'stopped', diedOn: '2026-09-17', deathHoldId: null })
  const [overpaid] = await t.deps.db.read((q) => q.select().from(overpayments).where(eq(overpayments.pensionerId, sun.id)))
  expect(overpaid).toMatchObject({ months: ['2026-10', '2026-11'], amountFen: 2 * 412_500, status: 'open', regionCode: '330302', partnerId: seededRetireeIds.partners.civilAffairs })
  expect((await paymentRows(t, sun.id)).at(-1)).toMatchObject({ month: '2026-12', status: 'cancelled' })
  const liu = (await inboxOf(t, liuToken)).filter((m) => m.template === 'retiree.overpayment')
  expect(liu).toEqual([expect.objectContaining({ params: { months: 2, amountFen: 825_000 }, link: '/features/retiree/pages/overpayments/index' })])
  expect((await inboxOf(t, await t.login('officer-huang'))).map((m) => m.template)).not.toContain('retiree.overpayment')
  const sunUser = await userIdOf(t, 'retiree-sun')
  expect(await auditOf(t, 'retiree.stopPension')).toEqual([expect.objectContaining({ actorUserId: await userIdOf(t, 'officer-liu'), subjectUserId: sunUser })])
  expect(await auditOf(t, 'retiree.confirmDeathRecord')).toEqual([expect.objectContaining({ objectId: pending.id, subjectUserId: sunUser })])

  setChinaDate(t, '2027-01-12')
  await runJobs(t)
  expect((await paymentRows(t, sun.id)).at(-1)?.month).toBe('2026-12')
  const token = await t.login('retiree-sun')
  expect((await inboxOf(t, token)).map((m) => m.template).filter((template) => /dueSoon|overdue|suspended/.test(template))).toEqual([])
  const { items } = await expectOk(await t.call('GET', '/api/inbox/pending', { token }), Pending)
  expect(items.map((item) => item.kind)).not.toContain('retiree_certification')
  const account = await accountOf(t, { token })
  expect(account).toMatchObject({ status: 'stopped', diedOn: '2026-09-17', deathRecordUnderReview: false, certification: { state: 'stopped' } })
})

test('a second, independent partner recording the same date confirms the death on its own; the same partner again does not', async () => {
  const t = await createTestContext()
  const record = { idNumber: sun.idNumber, diedOn: '2026-09-17' }
  await sentDeathRecord(t, { ...record, recordId: 'MZ-1' })
  await sentDeathRecord(t, { ...record, recordId: 'MZ-1-AGAIN' })
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'active', diedOn: null })

  const hospital = await registeredPartner(t, { name: '温州医科大学附属第一医院', kind: 'hospital', dataLevel: 2 })
  await sentDeathRecord(t, { ...record, recordId: 'YY-DEATH-9' }, hospital.key)
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'stopped', diedOn: '2026-09-17', deathHoldId: null })
  const [row] = await t.deps.db.read((q) => q.select().from(deathRecords).where(eq(deathRecords.pensionerId, sun.id)))
  expect(row).toMatchObject({ status: 'confirmed', confirmedVia: 'second_source', partnerId: seededRetireeIds.partners.civilAffairs, secondPartnerId: hospital.id, decidedByUserId: null })
  const [signal] = await t.deps.db.read((q) => q.select().from(partnerSignals).where(eq(partnerSignals.reference, 'YY-DEATH-9')))
  expect(signal?.outcome).toBe('confirmed')
  expect(await auditOf(t, 'retiree.stopPension')).toEqual([expect.objectContaining({ actorUserId: `partner:${hospital.id}` })])
})

test('a second partner giving another date, or a certification after the recorded death, leaves the decision to an officer', async () => {
  const t = await createTestContext()
  const hospital = await registeredPartner(t, { name: '温州医科大学附属第一医院', kind: 'hospital', dataLevel: 2 })
  await sentDeathRecord(t, { recordId: 'MZ-1', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  await sentDeathRecord(t, { recordId: 'YY-1', idNumber: sun.idNumber, diedOn: '2026-09-18' }, hospital.key)
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'active', diedOn: null })
  expect(await pendingDeathRecordOf(t, sun.id)).toMatchObject({ secondPartnerName: '温州医科大学附属第一医院', secondDiedOn: '2026-09-18' })

  // Wang did her face check after the date her record gives: a second record agreeing on it is not enough.
  await sentDeathRecord(t, { recordId: 'MZ-2', idNumber: wang.idNumber, diedOn: '2026-11-01' })
  await faceCheck(t, await t.login('elder-wang'), 'pass')
  await sentDeathRecord(t, { recordId: 'YY-2', idNumber: wang.idNumber, diedOn: '2026-11-01' }, hospital.key)
  expect(await pensionerRow(t, wang.id)).toMatchObject({ status: 'active', diedOn: null })
  expect(await pendingDeathRecordOf(t, wang.id)).toMatchObject({ certifiedSince: { on: '2026-11-29', method: 'face' } })
})

test('a death in the month of the record overpays nothing; a replay of the record changes nothing', async () => {
  const t = await createTestContext()
  const record = { recordId: 'MZ-2', idNumber: zhou.idNumber, diedOn: '2026-11-20' }
  await confirmedDeath(t, record, zhou.id)
  const replay = await sentDeathRecord(t, { ...record, diedOn: '2026-08-01' })
  expect(replay).toEqual({ received: true, reference: 'MZ-2', replayed: true })
  expect(await pensionerRow(t, zhou.id)).toMatchObject({ status: 'stopped', diedOn: '2026-11-20' })
  expect(await t.deps.db.read((q) => q.select().from(overpayments).where(eq(overpayments.pensionerId, zhou.id)))).toEqual([])
})

test('a held month after the death is cancelled, not paid later', async () => {
  const t = await createTestContext()
  await confirmedDeath(t, { recordId: 'MZ-3', idNumber: wu.idNumber, diedOn: '2026-10-05' }, wu.id)
  expect((await paymentRows(t, wu.id)).slice(-2).map((p) => [p.month, p.status])).toEqual([
    ['2026-10', 'held'],
    ['2026-11', 'cancelled'],
  ])
})

test('after a death, a sign of life changes nothing', async () => {
  const t = await createTestContext()
  await confirmedDeath(t, { recordId: 'MZ-4', idNumber: zhou.idNumber, diedOn: '2026-11-01' }, zhou.id)
  const before = await certificationRows(t, zhou.id)
  await sentLifeSignal(t, devPartnerKeys.bank, { signalId: 'BANK-Z', idNumber: zhou.idNumber })
  expect(await certificationRows(t, zhou.id)).toEqual(before)
  expect((await pensionerRow(t, zhou.id)).status).toBe('stopped')
})

test('partners’ signals are answered at once with 201, whatever came of them', async () => {
  const t = await createTestContext()
  const response = await lifeSignal(t, devPartnerKeys.hospital, { signalId: 'H-201', idNumber: wang.idNumber })
  expect(response.status).toBe(201)
})

test('a bank visit early in the cycle is recorded but neither restarts the cycle nor sends a message; one inside the reminder window certifies', async () => {
  const t = await createTestContext()
  // 周德明 certified 100 days ago: months before his reminder window.
  const before = await pensionerRow(t, zhou.id)
  await sentLifeSignal(t, devPartnerKeys.bank, { signalId: 'BANK-EARLY', idNumber: zhou.idNumber, observedAt: '2026-11-28T01:30:00.000Z' })
  expect((await pensionerRow(t, zhou.id))?.cycleStart).toBe(before?.cycleStart)
  expect((await certificationRows(t, zhou.id)).filter((c) => c.source === 'bank')).toEqual([])
  const [early] = await t.deps.db.read((q) => q.select().from(partnerSignals).where(eq(partnerSignals.reference, 'BANK-EARLY')))
  expect(early?.outcome).toBe('already_certified')

  // 孙建国 is 10 days from his due date: the same kind of signal certifies him.
  await sentLifeSignal(t, devPartnerKeys.bank, { signalId: 'BANK-DUE', idNumber: sun.idNumber, observedAt: '2026-11-28T01:30:00.000Z' })
  expect((await pensionerRow(t, sun.id))?.cycleStart).toBe('2026-11-28')
})

test('the pensioner sees in "who accessed my data" that the hospital certified her, named, not as an id', async () => {
  const t = await createTestContext()
  await sentLifeSignal(t, devPartnerKeys.hospital, { signalId: 'HOSP-LOG', idNumber: wang.idNumber, observedAt: '2026-11-28T01:30:00.000Z' })
  const log = await expectOk(await t.call('GET', '/api/me/access-log', { token: await t.login('elder-wang') }), PageOf(AccessLogEntry))
  const byHospital = log.items.filter((entry) => entry.operation === 'partner.sendLifeSignal')
  expect(byHospital).toEqual([expect.objectContaining({ kind: 'write', actor: { self: false, maskedName: '温州市人民医院', name: null, role: null, staffCode: null, system: false }, byProxy: false })])
})

test('the same signal sent twice at once (two instances taking one retry each) certifies once: one receipt is the first, the other its replay', async () => {
  const t = await createTestContext()
  const signal = { signalId: 'BANK-TWICE', idNumber: wang.idNumber }
  const receipts = await Promise.all([sentLifeSignal(t, devPartnerKeys.bank, signal), sentLifeSignal(t, devPartnerKeys.bank, signal)])
  expect(receipts.map((receipt) => receipt.replayed).sort()).toEqual([false, true])
  expect((await certificationRows(t, wang.id)).filter((c) => c.method === 'partner_signal' && c.source === 'bank')).toHaveLength(1)
  expect(await t.deps.db.read((q) => q.select().from(partnerSignals).where(eq(partnerSignals.reference, 'BANK-TWICE')))).toHaveLength(1)
  expect((await inboxOf(t, await t.login('elder-wang'))).filter((m) => m.template === 'retiree.certified')).toHaveLength(1)
})

test('two records of one death arriving at once hold the pension once: one record to check, one message to each officer', async () => {
  const t = await createTestContext()
  const records = ['MZ-AT-ONCE-1', 'MZ-AT-ONCE-2'].map((recordId) => deathRecord(t, devPartnerKeys.civilAffairs, { recordId, idNumber: sun.idNumber, diedOn: '2026-09-17' }))
  for (const response of await Promise.all(records)) await expectOk(response, PartnerReceipt, 201)
  expect(await t.deps.db.read((q) => q.select().from(deathRecords).where(eq(deathRecords.pensionerId, sun.id)))).toHaveLength(1)
  expect(await auditOf(t, 'retiree.holdForDeathRecord')).toHaveLength(1)
  expect((await inboxOf(t, await t.login('officer-liu'))).filter((m) => m.template === 'retiree.deathRecordToReview')).toHaveLength(1)
})

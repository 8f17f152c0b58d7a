import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { PendingItem } from '@renshe/shared/inbox/schemas'
import { DeathRecordForReview, Overpayment } from '@renshe/shared/retiree/schemas'
import { deathRecords, overpayments } from '../../db/schema'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import {
  accountOf,
  auditOf,
  confirmedDeath,
  decideDeathRecord,
  faceCheck,
  paymentRows,
  pendingDeathRecordOf,
  pensionerRow,
  runJobs,
  sentDeathRecord,
  sentLifeSignal,
  setChinaDate,
} from '../../testing/retiree-flows'
import { coverageOf } from '../../testing/retiree-visit-flows'
import { inboxOf, userIdOf } from '../../testing/wages-flows'

const wang = { id: seededRetireeIds.pensioners.wang, idNumber: '330302194406080025' }
const sun = { id: seededRetireeIds.pensioners.sun, idNumber: '33030219550312301X' }
const wu = { id: seededRetireeIds.pensioners.wu, idNumber: '330302194807214020' }
const Records = z.object({ items: z.array(DeathRecordForReview) })
const Overpayments = z.object({ items: z.array(Overpayment) })

test('an officer finds a pending record wrong: the hold ends, the month held meanwhile is paid at once, and the pensioner is told', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-WRONG', idNumber: wang.idNumber, diedOn: '2026-11-02' })
  setChinaDate(t, '2026-12-10')
  await runJobs(t)
  expect((await paymentRows(t, wang.id)).at(-1)).toMatchObject({ month: '2026-12', status: 'held' })

  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, wang.id, liu)
  expect(pending).toMatchObject({ pensionerMaskedName: '王**', age: 82, diedOn: '2026-11-02', heldFen: 326_800, status: 'pending' })
  // Her Home says the pension is held for the check, and says so no more once it is decided.
  const wangToken = await t.login('elder-wang')
  const wangHome = async () => (await expectOk(await t.call('GET', '/api/inbox/pending', { token: wangToken }), z.object({ items: z.array(PendingItem) }))).items
  expect(await wangHome()).toContainEqual(expect.objectContaining({ kind: 'retiree_certification', deathRecordUnderReview: true }))
  expect((await coverageOf(t, liu)).deathRecordsPending).toBe(1)
  const officerHome = await expectOk(await t.call('GET', '/api/inbox/pending', { token: liu }), z.object({ items: z.array(PendingItem) }))
  expect(officerHome.items).toContainEqual({ kind: 'retiree_death_records', count: 1 })
  const note = '本人今日到鹿城区社保窗口办理业务，民政记录为同名错配'
  const reversed = await expectOk(await decideDeathRecord(t, liu, pending.id, { reverse: note }), DeathRecordForReview)
  expect(reversed).toMatchObject({ status: 'reversed', reversalNote: note, heldFen: 0, decidedAt: '2026-12-10T02:00:00.000Z' })

  expect(await pensionerRow(t, wang.id)).toMatchObject({ status: 'active', diedOn: null, deathHoldId: null })
  expect(await wangHome()).toContainEqual(expect.objectContaining({ kind: 'retiree_certification', deathRecordUnderReview: false }))
  expect((await paymentRows(t, wang.id)).at(-1)).toMatchObject({ month: '2026-12', status: 'paid', paidOn: '2026-12-10', arrears: true })
  const token = await t.login('elder-wang')
  const restored = (await inboxOf(t, token)).filter((m) => m.template === 'retiree.pensionRestored')
  expect(restored).toEqual([expect.objectContaining({ params: { months: 1, amountFen: 326_800 } })])
  expect(await accountOf(t, { token })).toMatchObject({ deathRecordUnderReview: false, heldFen: 0 })
  const wangUser = await userIdOf(t, 'elder-wang')
  const liuUser = await userIdOf(t, 'officer-liu')
  for (const action of ['retiree.reverseDeathRecord', 'retiree.restorePension', 'inbox.taskDone']) {
    expect(await auditOf(t, action)).toEqual([expect.objectContaining({ actorUserId: liuUser, subjectUserId: wangUser })])
  }
  expect((await coverageOf(t, liu)).deathRecordsPending).toBe(0)
  // Decided, the record waits for no officer of the region: "a record to review" is done and read.
  const toReview = (await inboxOf(t, liu)).filter((message) => message.template === 'retiree.deathRecordToReview')
  expect(toReview).toEqual([expect.objectContaining({ readAt: '2026-12-10T02:00:00.000Z', action: { kind: 'review_death_record', targetId: pending.id, done: true } })])
  const homeAfter = await expectOk(await t.call('GET', '/api/inbox/pending', { token: liu }), z.object({ items: z.array(PendingItem) }))
  expect(homeAfter.items.map((item) => item.kind)).not.toContain('retiree_death_records')
  const { items } = await expectOk(await t.call('GET', '/api/retiree/office/deaths?status=reversed', { token: liu }), Records)
  expect(items.map((item) => item.id)).toEqual([pending.id])

  // January is paid on its day again.
  setChinaDate(t, '2027-01-10')
  await runJobs(t)
  expect((await paymentRows(t, wang.id)).at(-1)).toMatchObject({ month: '2027-01', status: 'paid', arrears: false })
})

test('a confirmed death found wrong restores the pension: the overpayment is withdrawn and the month cancelled after the death is paid', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-SUN', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  setChinaDate(t, '2026-12-10')
  await runJobs(t)
  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, sun.id, liu)
  await expectOk(await decideDeathRecord(t, liu, pending.id, { confirm: true }), DeathRecordForReview)
  expect((await coverageOf(t, liu)).overpaymentsOpen).toBeGreaterThan(0)
  const openBefore = (await coverageOf(t, liu)).overpaymentsOpen

  const reversed = await expectOk(await decideDeathRecord(t, liu, pending.id, { reverse: '孙建国本人来电并视频核验，民政局已撤回该记录' }), DeathRecordForReview)
  expect(reversed).toMatchObject({ status: 'reversed', confirmedVia: 'officer' })
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'active', diedOn: null, deathHoldId: null })
  const months = (await paymentRows(t, sun.id)).slice(-3).map((p) => [p.month, p.status, p.arrears])
  expect(months).toEqual([
    ['2026-10', 'paid', false],
    ['2026-11', 'paid', false],
    ['2026-12', 'paid', true],
  ])
  const [overpaid] = await t.deps.db.read((q) => q.select().from(overpayments).where(eq(overpayments.pensionerId, sun.id)))
  expect(overpaid?.status).toBe('withdrawn')
  expect((await coverageOf(t, liu)).overpaymentsOpen).toBe(openBefore - 1)
  const listed = (await expectOk(await t.call('GET', '/api/retiree/office/overpayments', { token: liu }), Overpayments)).items
  expect(listed.find((item) => item.id === overpaid?.id)?.status).toBe('withdrawn')
  expect(await auditOf(t, 'retiree.withdrawOverpayment')).toEqual([expect.objectContaining({ objectId: overpaid?.id, actorUserId: await userIdOf(t, 'officer-liu') })])

  // Sun is as he was: certified, due again in his own time, reminded as anyone else.
  expect((await accountOf(t, { token: await t.login('retiree-sun') })).certification.state).toBe('overdue')
})

test('a suspended pensioner wrongly recorded dead is suspended again, her held months waiting for her certification, which then pays them all', async () => {
  const t = await createTestContext()
  await confirmedDeath(t, { recordId: 'MZ-WU', idNumber: wu.idNumber, diedOn: '2026-10-05' }, wu.id)
  expect((await paymentRows(t, wu.id)).slice(-2).map((p) => p.status)).toEqual(['held', 'cancelled'])
  const liu = await t.login('officer-liu')
  const [record] = await t.deps.db.read((q) => q.select().from(deathRecords).where(eq(deathRecords.pensionerId, wu.id)))
  await expectOk(await decideDeathRecord(t, liu, record?.id ?? '', { reverse: '吴女士由网格员陪同到窗口核验身份' }), DeathRecordForReview)
  expect(await pensionerRow(t, wu.id)).toMatchObject({ status: 'suspended', diedOn: null })
  expect((await paymentRows(t, wu.id)).slice(-2).map((p) => p.status)).toEqual(['held', 'held'])

  await sentLifeSignal(t, devPartnerKeys.bank, { signalId: 'BANK-WU-BACK', idNumber: wu.idNumber, kind: 'bank_counter' })
  expect((await paymentRows(t, wu.id)).slice(-2).map((p) => [p.status, p.arrears])).toEqual([
    ['paid', true],
    ['paid', true],
  ])
})

test('a pensioner certified while her record is checked is no longer suspended, but her money waits for the officer; the record shows the certification', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-WU-2', idNumber: wu.idNumber, diedOn: '2026-11-20' })
  const outcome = await faceCheck(t, await t.login('retiree-wu'), 'pass')
  expect(outcome.outcome).toBe('certified')
  expect(await pensionerRow(t, wu.id)).toMatchObject({ status: 'active' })
  expect((await paymentRows(t, wu.id)).slice(-2).map((p) => p.status)).toEqual(['held', 'held'])
  expect((await inboxOf(t, await t.login('retiree-wu'))).map((m) => m.template)).not.toContain('retiree.resumed')

  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, wu.id, liu)
  expect(pending.certifiedSince).toEqual({ on: '2026-11-29', method: 'face' })
  await expectOk(await decideDeathRecord(t, liu, pending.id, { reverse: '记录的死亡日期之后本人完成了刷脸认证' }), DeathRecordForReview)
  expect((await paymentRows(t, wu.id)).slice(-2).map((p) => [p.status, p.arrears])).toEqual([
    ['paid', true],
    ['paid', true],
  ])
})

test('after a wrong record is reversed, a later true one holds and stops the pension again, with an overpayment of its own', async () => {
  const t = await createTestContext()
  const first = await confirmedDeath(t, { recordId: 'MZ-A', idNumber: sun.idNumber, diedOn: '2026-09-17' }, sun.id)
  const liu = await t.login('officer-liu')
  await expectOk(await decideDeathRecord(t, liu, first.id, { reverse: '同名同姓，身份证号录入错误' }), DeathRecordForReview)
  const second = await confirmedDeath(t, { recordId: 'MZ-B', idNumber: sun.idNumber, diedOn: '2026-10-08' }, sun.id)
  expect(second.id).not.toBe(first.id)
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'stopped', diedOn: '2026-10-08' })
  const rows = await t.deps.db.read((q) => q.select().from(overpayments).where(eq(overpayments.pensionerId, sun.id)))
  expect(rows.map((row) => [row.status, row.months])).toEqual(
    expect.arrayContaining([
      ['withdrawn', ['2026-10', '2026-11']],
      ['open', ['2026-11']],
    ]),
  )
})

test('a confirmation sent again with its key answers the same record and decides nothing more; two officers confirming at once confirm once', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-TWICE', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, sun.id, liu)
  const first = await expectOk(await decideDeathRecord(t, liu, pending.id, { confirm: true }, 'death-confirm-00000001'), DeathRecordForReview)
  const again = await expectOk(await decideDeathRecord(t, liu, pending.id, { confirm: true }, 'death-confirm-00000001'), DeathRecordForReview)
  expect(again).toEqual(first)
  expect(await auditOf(t, 'retiree.stopPension')).toHaveLength(1)

  await sentDeathRecord(t, { recordId: 'MZ-RACE', idNumber: wang.idNumber, diedOn: '2026-11-02' })
  const other = await t.login('officer-liu')
  const race = await pendingDeathRecordOf(t, wang.id, liu)
  const answers = await Promise.all([decideDeathRecord(t, liu, race.id, { confirm: true }), decideDeathRecord(t, other, race.id, { confirm: true })])
  expect(answers.map((response) => response.status).sort()).toEqual([200, 409])
  expect(await auditOf(t, 'retiree.stopPension')).toHaveLength(2)
  expect(await auditOf(t, 'retiree.confirmDeathRecord')).toHaveLength(2)
})

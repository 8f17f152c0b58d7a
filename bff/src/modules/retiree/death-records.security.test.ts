import { expect, test } from 'vitest'
import { z } from 'zod'
import { DeathRecordForReview } from '@renshe/shared/retiree/schemas'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { auditOf, deathRecord, decideDeathRecord, pendingDeathRecordOf, pensionerRow, registeredPartner, sentDeathRecord } from '../../testing/retiree-flows'
import { userIdOf } from '../../testing/wages-flows'

const sun = { id: seededRetireeIds.pensioners.sun, idNumber: '33030219550312301X' }
const Records = z.object({ items: z.array(DeathRecordForReview) })

test('an officer of another district neither sees, confirms nor reverses a record of Lucheng: not found, and nothing changes', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-S1', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  const pending = await pendingDeathRecordOf(t, sun.id)
  const huang = await t.login('officer-huang')
  await expectProblem(await t.call('GET', `/api/retiree/office/deaths/${pending.id}`, { token: huang }), 'not_found')
  await expectProblem(await decideDeathRecord(t, huang, pending.id, { confirm: true }), 'not_found')
  await expectProblem(await decideDeathRecord(t, huang, pending.id, { reverse: '跨区撤销尝试' }), 'not_found')
  expect((await expectOk(await t.call('GET', '/api/retiree/office/deaths', { token: huang }), Records)).items).toEqual([])
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'active', diedOn: null, deathHoldId: pending.id })
  // The district's supervisor and its officer both see it.
  const supervisor = await t.login('supervisor-wu')
  expect((await expectOk(await t.call('GET', '/api/retiree/office/deaths', { token: supervisor }), Records)).items.map((item) => item.id)).toEqual([pending.id])
})

test('the pensioner, the grid staff, an employer and the administrator cannot read or decide death records', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-S2', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  const pending = await pendingDeathRecordOf(t, sun.id)
  for (const account of ['retiree-sun', 'staff-chen', 'employer-demo', 'admin']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/retiree/office/deaths', { token }), 'forbidden')
    await expectProblem(await decideDeathRecord(t, token, pending.id, { reverse: '我还活着，这条记录有误' }), 'forbidden')
  }
  expect((await pensionerRow(t, sun.id)).deathHoldId).toBe(pending.id)
})

test('one partner cannot confirm its own record by sending it again, with another reference or a rotated key: only another partner counts', async () => {
  const t = await createTestContext()
  const civil = await registeredPartner(t, { name: '温州市鹿城区民政局', kind: 'civil_affairs', dataLevel: 2 })
  await sentDeathRecord(t, { recordId: 'LC-1', idNumber: sun.idNumber, diedOn: '2026-09-17' }, civil.key)
  const rotated = await expectOk(
    await t.call('POST', `/api/retiree/partner-keys/${civil.keyId}/rotate`, { token: await t.login('admin') }),
    z.object({ key: z.string() }),
    201,
  )
  await sentDeathRecord(t, { recordId: 'LC-2', idNumber: sun.idNumber, diedOn: '2026-09-17' }, civil.key)
  await sentDeathRecord(t, { recordId: 'LC-3', idNumber: sun.idNumber, diedOn: '2026-09-17' }, rotated.key)
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'active', diedOn: null })
  expect((await pendingDeathRecordOf(t, sun.id)).secondPartnerName).toBeNull()
})

test('a bank, even at data level 2 for its card counter, cannot record a death: only civil affairs and hospitals do', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-B1', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  for (const [name, kind] of [['温州农商银行', 'bank'], ['温州公交', 'transit']] as const) {
    const partner = await registeredPartner(t, { name, kind, dataLevel: 2 })
    await expectProblem(await deathRecord(t, partner.key, { recordId: `B-${kind}`, idNumber: sun.idNumber, diedOn: '2026-09-17' }), 'forbidden')
  }
  await expectProblem(await deathRecord(t, devPartnerKeys.icbc, { recordId: 'ICBC-1', idNumber: sun.idNumber, diedOn: '2026-09-17' }), 'forbidden')
  // The civil affairs record alone still waits for an officer or a second registry.
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'active', diedOn: null })
  expect((await pendingDeathRecordOf(t, sun.id)).secondPartnerName).toBeNull()
})

test('the reason for a reversal is sealed at rest; names are masked in the list; each record read is recorded about the pensioner', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-S4', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, sun.id, liu)
  const note = '孙建国本人持身份证到五马街道服务中心办理，REVERSAL-MARKER-5521'
  await expectOk(await decideDeathRecord(t, liu, pending.id, { reverse: note }), DeathRecordForReview)
  expect(await databaseDump(t)).not.toContain('REVERSAL-MARKER-5521')
  const { items } = await expectOk(await t.call('GET', '/api/retiree/office/deaths?status=reversed', { token: liu }), Records)
  expect(items).toEqual([expect.objectContaining({ pensionerMaskedName: '孙**', reversalNote: note })])
  expect(JSON.stringify(items)).not.toContain('孙建国,')
  expect(await auditOf(t, 'retiree.getDeathRecord')).toEqual([expect.objectContaining({ kind: 'read', objectId: pending.id, subjectUserId: await userIdOf(t, 'retiree-sun') })])
  expect((await auditOf(t, 'retiree.listDeathRecords')).at(-1)).toMatchObject({ kind: 'read', objectType: 'region', objectId: '330302' })
})

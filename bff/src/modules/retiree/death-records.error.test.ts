import { expect, test } from 'vitest'
import { z } from 'zod'
import { DeathRecordForReview } from '@renshe/shared/retiree/schemas'
import { seededRetireeIds } from '../../db/seed/retiree'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { decideDeathRecord, pendingDeathRecordOf, pensionerRow, sentDeathRecord } from '../../testing/retiree-flows'

const sun = { id: seededRetireeIds.pensioners.sun, idNumber: '33030219550312301X' }
const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

test('a record is decided once: confirming it again, or reversing a reversed one, is an illegal transition that changes nothing', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-E1', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, sun.id, liu)
  await expectOk(await decideDeathRecord(t, liu, pending.id, { confirm: true }), DeathRecordForReview)
  await expectProblem(await decideDeathRecord(t, liu, pending.id, { confirm: true }), 'illegal_transition')
  await expectOk(await decideDeathRecord(t, liu, pending.id, { reverse: '本人到窗口核验，记录有误' }), DeathRecordForReview)
  await expectProblem(await decideDeathRecord(t, liu, pending.id, { reverse: '再次撤销' }), 'illegal_transition')
  await expectProblem(await decideDeathRecord(t, liu, pending.id, { confirm: true }), 'illegal_transition')
  expect(await pensionerRow(t, sun.id)).toMatchObject({ status: 'active', diedOn: null, deathHoldId: null })
})

test('a reversal without a reason, or with one too long, is refused at its field and the record stays pending', async () => {
  const t = await createTestContext()
  await sentDeathRecord(t, { recordId: 'MZ-E2', idNumber: sun.idNumber, diedOn: '2026-09-17' })
  const liu = await t.login('officer-liu')
  const pending = await pendingDeathRecordOf(t, sun.id, liu)
  const path = `/api/retiree/office/deaths/${pending.id}/reverse`
  expect(await expectFieldErrors(await t.call('POST', path, { token: liu, body: { note: '   ' } }))).toEqual({ 'body.note': 'field.tooShort' })
  expect(await expectFieldErrors(await t.call('POST', path, { token: liu, body: { note: '有'.repeat(501) } }))).toEqual({ 'body.note': 'field.tooLong' })
  expect(await expectFieldErrors(await t.call('POST', path, { token: liu, body: {} }))).toEqual({ 'body.note': 'field.required' })
  expect((await pendingDeathRecordOf(t, sun.id, liu)).status).toBe('pending')
})

test('an unknown record is not found, and a status no record has is refused at its field', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  await expectProblem(await t.call('GET', `/api/retiree/office/deaths/${unknownId}`, { token: liu }), 'not_found')
  await expectProblem(await decideDeathRecord(t, liu, unknownId, { confirm: true }), 'not_found')
  await expectProblem(await decideDeathRecord(t, liu, unknownId, { reverse: '记录有误，本人在世' }), 'not_found')
  expect(await expectFieldErrors(await t.call('GET', '/api/retiree/office/deaths?status=buried', { token: liu }))).toEqual({ 'query.status': expect.any(String) })
  const { items } = await expectOk(await t.call('GET', '/api/retiree/office/deaths', { token: liu }), z.object({ items: z.array(DeathRecordForReview) }))
  expect(items).toEqual([])
})

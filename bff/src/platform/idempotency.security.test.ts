import { expect, test } from 'vitest'
import { Certificate } from '@renshe/shared/records/schemas'
import { certificateRequest, seededGrantOf } from '../testing/flows'
import { createTestContext } from '../testing/harness'
import { expectOk } from '../testing/http'

const key = 'shared-key-000000000003'

test('two people who happen to send the same key each get their own certificate, never the other’s', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const elder = await t.login('elder-wang')
  const mine = await expectOk(await t.call('POST', '/api/records/certificates', { token: zhang, idempotencyKey: key, body: certificateRequest }), Certificate, 201)
  const hers = await t.call('POST', '/api/records/certificates', { token: elder, idempotencyKey: key, body: certificateRequest })
  expect(hers.headers.get('idempotent-replayed')).toBeNull()
  const theirs = await expectOk(hers, Certificate, 201)
  expect(theirs.id).not.toBe(mine.id)
  expect(theirs.holder.maskedName).toBe('王**')
  expect(mine.holder.maskedName).toBe('张*')
})

test('a grid staff member’s key for himself and the same key acting for a client, or the client’s own, are three different submissions', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const own = await expectOk(await t.call('POST', '/api/records/certificates', { token: chen, idempotencyKey: key, body: certificateRequest }), Certificate, 201)
  const forElder = await expectOk(
    await t.call('POST', '/api/records/certificates', { token: chen, actingFor: grantId, idempotencyKey: key, body: certificateRequest }),
    Certificate,
    201,
  )
  const byElder = await expectOk(
    await t.call('POST', '/api/records/certificates', { token: await t.login('elder-wang'), idempotencyKey: key, body: certificateRequest }),
    Certificate,
    201,
  )
  expect(new Set([own.id, forElder.id, byElder.id]).size).toBe(3)
  expect([own.holder.maskedName, forElder.holder.maskedName, byElder.holder.maskedName]).toEqual(['陈**', '王**', '王**'])
})

test('a replay after logging in again still reaches only its owner’s stored answer', async () => {
  const t = await createTestContext()
  const first = await expectOk(
    await t.call('POST', '/api/records/certificates', { token: await t.login('citizen-zhang'), idempotencyKey: key, body: certificateRequest }),
    Certificate,
    201,
  )
  const again = await t.call('POST', '/api/records/certificates', { token: await t.login('citizen-zhang'), idempotencyKey: key, body: certificateRequest })
  expect(again.headers.get('idempotent-replayed')).toBe('true')
  expect((await expectOk(again, Certificate, 201)).id).toBe(first.id)
})

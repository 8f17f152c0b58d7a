import { expect, test } from 'vitest'
import { PartnerKey } from '@renshe/shared/retiree/schemas'
import { seededRetireeIds } from '../../db/seed/retiree'
import { hours, minutes } from '../../platform/clock'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { keyOfPartner, partnerKeysAs, revokeKey, rotateKey, rotatedKey } from '../../testing/partner-keys'

const { bank } = seededRetireeIds.partners
const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

test('rotating or revoking a key that does not exist is not found', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  await expectProblem(await rotateKey(t, admin, unknownId), 'not_found')
  await expectProblem(await revokeKey(t, admin, unknownId), 'not_found')
})

test('only a working key not already being replaced can be rotated: an expiring, expired or revoked one is refused and nothing is issued', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const old = await keyOfPartner(t, admin, bank)
  const first = await rotatedKey(t, admin, old.id)
  const conflict = await expectProblem(await rotateKey(t, admin, old.id), 'conflict')
  expect(conflict.detail).toMatch(/expiring/)
  t.clock.advance(hours(24))
  const nextDay = await t.login('admin')
  await expectProblem(await rotateKey(t, nextDay, old.id), 'conflict')
  await revokeKey(t, nextDay, first.issued.id)
  await expectProblem(await rotateKey(t, nextDay, first.issued.id), 'conflict')
  expect((await partnerKeysAs(t, nextDay)).filter((key) => key.partnerId === bank)).toHaveLength(2)
})

test('revoking a revoked key answers it as it is, and records nothing more', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const key = await keyOfPartner(t, admin, bank)
  const first = await expectOk(await revokeKey(t, admin, key.id), PartnerKey)
  const before = (await auditRows(t)).length
  t.clock.advance(minutes(5))
  expect(await expectOk(await revokeKey(t, admin, key.id), PartnerKey)).toEqual(first)
  expect((await auditRows(t)).length).toBe(before)
})

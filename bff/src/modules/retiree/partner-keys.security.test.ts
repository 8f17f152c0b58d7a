import { expect, test } from 'vitest'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { hours } from '../../platform/clock'
import { auditRows, databaseDump } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { keyOfPartner, partnerKeysAs, revokeKey, rotateKey, rotatedKey, secondInstance, signalWith } from '../../testing/partner-keys'

const { hospital, civilAffairs } = seededRetireeIds.partners
const notAdmins = ['citizen-zhang', 'staff-chen', 'employer-demo', 'institution-demo', 'officer-liu', 'supervisor-wu']

test('nobody but an admin may list, rotate or revoke partner keys, and a refused try changes nothing', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const key = await keyOfPartner(t, admin, hospital)
  const before = (await auditRows(t)).length
  for (const account of notAdmins) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/retiree/partner-keys', { token }), 'forbidden', { because: account })
    await expectProblem(await rotateKey(t, token, key.id), 'forbidden', { because: account })
    await expectProblem(await revokeKey(t, token, key.id), 'forbidden', { because: account })
  }
  expect(await keyOfPartner(t, admin, hospital)).toEqual(key)
  expect((await auditRows(t)).slice(before).filter((row) => row.action.includes('PartnerKey'))).toEqual([])
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(201)
})

test('a partner key cannot manage partner keys, not even its own, not even with the highest data level', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const own = await keyOfPartner(t, admin, civilAffairs)
  const partnerKey = devPartnerKeys.civilAffairs
  const asPartner = (method: string, path: string) => t.call(method, path, { partnerKey })
  await expectProblem(await asPartner('GET', '/api/retiree/partner-keys'), 'unauthenticated')
  await expectProblem(await asPartner('POST', `/api/retiree/partner-keys/${own.id}/rotate`), 'unauthenticated')
  await expectProblem(await asPartner('POST', `/api/retiree/partner-keys/${own.id}/revoke`), 'unauthenticated')
  expect((await partnerKeysAs(t, admin)).filter((key) => key.partnerId === civilAffairs).map((key) => key.state)).toEqual(['active'])
})

test('a revoked key is refused at its very next call, on this instance and on another one that accepted it a moment before', async () => {
  const t = await createTestContext()
  const other = secondInstance(t)
  expect((await signalWith(other, devPartnerKeys.hospital)).status).toBe(201)
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(201)

  const admin = await t.login('admin')
  expect((await revokeKey(t, admin, (await keyOfPartner(t, admin, hospital)).id)).status).toBe(200)
  await expectProblem(await signalWith(other, devPartnerKeys.hospital), 'unauthenticated')
  await expectProblem(await signalWith(t, devPartnerKeys.hospital), 'unauthenticated')
})

test('someone holding a rotated key loses it when the grace ends, and the grace cannot be stretched by rotating that key again', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const old = await keyOfPartner(t, admin, hospital)
  await rotatedKey(t, admin, old.id)
  await expectProblem(await rotateKey(t, admin, old.id), 'conflict')
  t.clock.advance(hours(24))
  await expectProblem(await signalWith(t, devPartnerKeys.hospital), 'unauthenticated')
  await expectProblem(await rotateKey(t, await t.login('admin'), old.id), 'conflict')
  await expectProblem(await signalWith(t, devPartnerKeys.hospital), 'unauthenticated')
})

test('a key is shown once: the new key of a rotation is in neither the list, the database, the log nor the audit log', async () => {
  const lines: string[] = []
  const t = await createTestContext({ logLines: lines })
  const admin = await t.login('admin')
  const rotated = await rotatedKey(t, admin, (await keyOfPartner(t, admin, hospital)).id)
  expect((await signalWith(t, rotated.key)).status).toBe(201)
  const list = await (await t.call('GET', '/api/retiree/partner-keys', { token: admin })).text()
  const everything = `${list}\n${await databaseDump(t)}\n${lines.join('\n')}`
  expect(everything).not.toContain(rotated.key)
})

test('two rotations of one key sent at once issue one new key: the other is refused', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const old = await keyOfPartner(t, admin, hospital)
  const answers = await Promise.all([rotateKey(t, admin, old.id), rotateKey(t, admin, old.id)])
  expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
  expect((await partnerKeysAs(t, admin)).filter((key) => key.partnerId === hospital).map((key) => key.state).sort()).toEqual(['active', 'expiring'])
})

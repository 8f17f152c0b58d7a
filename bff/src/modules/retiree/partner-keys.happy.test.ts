import { expect, test } from 'vitest'
import { PartnerKey, RegisteredPartner } from '@renshe/shared/retiree/schemas'
import { devPartnerKeys, seededRetireeIds } from '../../db/seed/retiree'
import { hours, minutes } from '../../platform/clock'
import { partnerKeyHash } from '../../platform/partner-access'
import { verifyAuditChain } from '../../platform/audit'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { keyOfPartner, partnerKeysAs, revokeKey, rotatedKey, signalWith } from '../../testing/partner-keys'
import { userIdOf } from '../../testing/wages-flows'

const { hospital, bank, civilAffairs } = seededRetireeIds.partners

test('an admin lists every partner key with its department, level, dates and state, and when it was last used', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const before = await partnerKeysAs(t, admin)
  expect(before.map((key) => [key.partnerName, key.partnerKind, key.dataLevel, key.state, key.lastUsedAt]).sort()).toEqual([
    ['中国工商银行温州分行', 'bank', 2, 'active', null],
    ['温州市人民医院', 'hospital', 1, 'active', null],
    ['温州市民卡', 'transit', 1, 'active', null],
    ['温州市民政局', 'civil_affairs', 2, 'active', null],
    ['温州银行', 'bank', 2, 'active', null],
  ])
  expect(before.every((key) => key.createdAt === t.clock.now().toISOString() && key.expiresAt === null && key.revokedAt === null)).toBe(true)

  t.clock.advance(minutes(5))
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(201)
  const after = await partnerKeysAs(t, admin)
  expect(after.find((key) => key.partnerId === hospital)?.lastUsedAt).toBe(t.clock.now().toISOString())
  expect(after.find((key) => key.partnerId === bank)?.lastUsedAt).toBeNull()
})

test('the list shows neither a key nor its hash', async () => {
  const t = await createTestContext()
  const text = await (await t.call('GET', '/api/retiree/partner-keys', { token: await t.login('admin') })).text()
  for (const key of Object.values(devPartnerKeys)) {
    expect(text).not.toContain(key)
    expect(text).not.toContain(partnerKeyHash(key))
  }
})

test('an admin rotates a key: the new key is shown once and works at once, the old one works on for 24 hours, then stops', async () => {
  const t = await createTestContext()
  const old = await keyOfPartner(t, await t.login('admin'), hospital)
  const rotated = await rotatedKey(t, await t.login('admin'), old.id)
  expect(rotated.key).toMatch(/^rp_[A-Za-z0-9_-]{43}$/)
  expect(rotated.issued).toMatchObject({ partnerId: hospital, state: 'active', expiresAt: null, createdAt: t.clock.now().toISOString() })
  expect(rotated.rotated).toMatchObject({ id: old.id, state: 'expiring', expiresAt: new Date(t.clock.now().getTime() + hours(24)).toISOString() })
  expect((await signalWith(t, rotated.key)).status).toBe(201)
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(201)

  t.clock.advance(hours(24) - minutes(1))
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(201)
  t.clock.advance(minutes(1))
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(401)
  expect((await signalWith(t, rotated.key)).status).toBe(201)
  // A day later: the admin logs in again (sessions end after 30 idle minutes).
  const states = (await partnerKeysAs(t, await t.login('admin'))).filter((key) => key.partnerId === hospital).map((key) => [key.id, key.state])
  expect(states).toEqual([
    [rotated.issued.id, 'active'],
    [old.id, 'expired'],
  ])
})

test('the grace of a rotated key follows PARTNER_KEY_GRACE_HOURS; with 0 the old key stops at once', async () => {
  const t = await createTestContext({ env: { PARTNER_KEY_GRACE_HOURS: '2' } })
  const admin = await t.login('admin')
  const rotated = await rotatedKey(t, admin, (await keyOfPartner(t, admin, bank)).id)
  expect(rotated.rotated.expiresAt).toBe(new Date(t.clock.now().getTime() + hours(2)).toISOString())

  const now = await createTestContext({ env: { PARTNER_KEY_GRACE_HOURS: '0' } })
  const nowAdmin = await now.login('admin')
  const cut = await rotatedKey(now, nowAdmin, (await keyOfPartner(now, nowAdmin, bank)).id)
  expect(cut.rotated.state).toBe('expired')
  expect((await signalWith(now, devPartnerKeys.bank)).status).toBe(401)
  expect((await signalWith(now, cut.key)).status).toBe(201)
})

test('an admin revokes a key: its next call is refused, and every other partner goes on', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(201)
  const key = await keyOfPartner(t, admin, hospital)
  const revoked = await expectOk(await revokeKey(t, admin, key.id), PartnerKey)
  expect(revoked).toMatchObject({ id: key.id, state: 'revoked', revokedAt: t.clock.now().toISOString() })
  expect((await signalWith(t, devPartnerKeys.hospital)).status).toBe(401)
  expect((await signalWith(t, devPartnerKeys.bank)).status).toBe(201)
})

test('every change of a key is in the audit log, under the admin, in the request that made it', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const adminId = await userIdOf(t, 'admin')
  const key = await keyOfPartner(t, admin, civilAffairs)
  const before = (await auditRows(t)).length
  const rotation = await rotatedKey(t, admin, key.id)
  const revocation = await revokeKey(t, admin, rotation.issued.id)
  const rotationRows = (await auditRows(t)).slice(before)
  expect(rotationRows.map((row) => [row.action, row.objectType, row.objectId, row.actorUserId, row.subjectUserId, row.kind])).toEqual([
    ['retiree.rotatePartnerKey', 'partner_key', key.id, adminId, adminId, 'write'],
    ['retiree.issuePartnerKey', 'partner_key', rotation.issued.id, adminId, adminId, 'write'],
    ['retiree.revokePartnerKey', 'partner_key', rotation.issued.id, adminId, adminId, 'write'],
  ])
  expect(rotationRows[2]?.requestId).toBe(revocation.headers.get('x-request-id'))
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: (await auditRows(t)).length })
})

test('a partner an admin registers gets a key that works at once, named by its id in the list, where it can be rotated', async () => {
  const t = await createTestContext()
  const admin = await t.login('admin')
  const body = { name: '温州医科大学附属第一医院', kind: 'hospital', dataLevel: 1 }
  const registered = await expectOk(await t.call('POST', '/api/retiree/partners', { token: admin, body }), RegisteredPartner, 201)
  expect((await signalWith(t, registered.key)).status).toBe(201)
  expect(await keyOfPartner(t, admin, registered.id)).toMatchObject({ id: registered.keyId, partnerName: body.name, state: 'active' })
  const rotated = await rotatedKey(t, admin, registered.keyId)
  expect((await signalWith(t, rotated.key)).status).toBe(201)
})

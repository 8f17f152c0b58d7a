import { expect, test } from 'vitest'
import { auditRows, databaseDump } from '../testing/flows'
import { expectProblem } from '../testing/http'
import { createPartnerTestContext, ping } from '../testing/partner-operation'
import { registerTestPartner, revokeTestPartner } from '../testing/partners'
import { verifyAuditChain } from './audit'

const from = (address: string) => ({ 'x-forwarded-for': address })

test('a key below the operation’s data level is forbidden, audited in the partner’s name, and reaches nothing', async () => {
  const t = await createPartnerTestContext()
  const hospital = await registerTestPartner(t, { kind: 'hospital', dataLevel: 1 })
  const before = (await auditRows(t)).length
  const response = await ping(t, { key: hospital.key })
  await expectProblem(response, 'forbidden')
  expect(t.handled()).toBe(0)
  const added = (await auditRows(t)).slice(before)
  expect(added.map((row) => ({ action: row.action, actor: row.actorUserId, subject: row.subjectUserId, via: row.viaGrantId, object: row.objectId, requestId: row.requestId }))).toEqual([
    { action: 'partner.refused', actor: `partner:${hospital.id}`, subject: null, via: null, object: 'test.partnerPing', requestId: response.headers.get('x-request-id') },
  ])
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: (await auditRows(t)).length })
})

test('unknown keys are limited per address: once over the limit, that address is refused any unknown key, while good keys still pass', async () => {
  const t = await createPartnerTestContext({ env: { TRUST_PROXY: 'true', VERIFY_RATE_LIMIT: '3', RATE_LIMIT_WINDOW_SECONDS: '60' } })
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  for (let i = 0; i < 3; i += 1) await expectProblem(await ping(t, { key: `rp_guess_${i}`, headers: from('203.0.113.7') }), 'unauthenticated')
  const limited = await ping(t, { key: 'rp_guess_3', headers: from('203.0.113.7') })
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  await expectProblem(limited, 'rate_limited')
  await expectProblem(await ping(t, { key: 'rp_guess_4', headers: from('203.0.113.7') }), 'rate_limited')
  expect((await ping(t, { key: civil.key, headers: from('203.0.113.7') })).status).toBe(201)
  await expectProblem(await ping(t, { key: 'rp_guess_5', headers: from('198.51.100.2') }), 'unauthenticated')

  t.clock.advance(60_000)
  await expectProblem(await ping(t, { key: 'rp_guess_6', headers: from('203.0.113.7') }), 'unauthenticated')
})

test('a flood of bad keys from one address locks no partner out, even behind one shared proxy address, and spends none of a partner’s own limit', async () => {
  // No proxy setting: every caller is the proxy's one address, the case that used to lock every partner out at once.
  const t = await createPartnerTestContext({ env: { VERIFY_RATE_LIMIT: '3', PARTNER_RATE_LIMIT: '4' } })
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const other = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const revoked = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  await revokeTestPartner(t, revoked.id)
  for (let i = 0; i < 50; i += 1) {
    const flood = await ping(t, { key: i % 5 === 0 ? revoked.key : `rp_flood_${i}_${'x'.repeat(i)}` })
    expect([401, 429], `bad key ${i}`).toContain(flood.status)
  }
  for (let i = 0; i < 4; i += 1) expect((await ping(t, { key: civil.key })).status, `good call ${i + 1}`).toBe(201)
  expect((await ping(t, { key: other.key })).status).toBe(201)
  expect(t.handled()).toBe(5)
  // The partner's own limit is all its own: its fifth call is the one refused, not its first.
  await expectProblem(await ping(t, { key: civil.key }), 'rate_limited')
  await expectProblem(await ping(t, { key: 'rp_flood_last' }), 'rate_limited')
})

test('a good key does not count against its address: a busy partner is never locked out by its own calls', async () => {
  const t = await createPartnerTestContext({ env: { TRUST_PROXY: 'true', VERIFY_RATE_LIMIT: '2', PARTNER_RATE_LIMIT: '50' } })
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  for (let i = 0; i < 10; i += 1) expect((await ping(t, { key: civil.key, headers: from('203.0.113.9') })).status).toBe(201)
})

test('each partner has its own limit: one over it is refused and audited, another goes on, and the next window lets it in again', async () => {
  const t = await createPartnerTestContext({ env: { PARTNER_RATE_LIMIT: '2', PARTNER_RATE_WINDOW_SECONDS: '60' } })
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const other = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  expect((await ping(t, { key: civil.key })).status).toBe(201)
  expect((await ping(t, { key: civil.key })).status).toBe(201)
  const before = (await auditRows(t)).length
  const limited = await ping(t, { key: civil.key })
  await expectProblem(limited, 'rate_limited')
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect((await auditRows(t)).slice(before).map((row) => [row.action, row.actorUserId])).toEqual([['partner.refused', `partner:${civil.id}`]])
  expect((await ping(t, { key: other.key })).status).toBe(201)
  expect(t.handled()).toBe(3)

  t.clock.advance(60_000)
  expect((await ping(t, { key: civil.key })).status).toBe(201)
})

test('a partner key is kept only as its hash, and reaches neither the log nor the audit log', async () => {
  const lines: string[] = []
  const t = await createPartnerTestContext({ logLines: lines })
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const hospital = await registerTestPartner(t, { kind: 'hospital', dataLevel: 1 })
  await ping(t, { key: civil.key })
  await ping(t, { key: hospital.key })
  await ping(t, { key: civil.key, body: { reference: '' } })
  await ping(t, { key: `${civil.key}x` })
  const everything = `${await databaseDump(t)}\n${lines.join('\n')}`
  for (const key of [civil.key, hospital.key]) expect(everything).not.toContain(key)
})

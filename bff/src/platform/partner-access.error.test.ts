import { Hono } from 'hono'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { defineOperation } from '@renshe/shared/platform/operation'
import { auditRows } from '../testing/flows'
import { expectFieldErrors, expectProblem } from '../testing/http'
import { createPartnerTestContext, ping } from '../testing/partner-operation'
import { registerTestPartner, revokeTestPartner } from '../testing/partners'
import type { AppEnv } from './app-env'
import { mountOperation } from './mount'
import { ok } from './problem'

test('a missing, empty, unknown or revoked key is refused as unauthenticated, challenging for the partner key', async () => {
  const t = await createPartnerTestContext()
  const revoked = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  await revokeTestPartner(t, revoked.id)
  for (const key of [undefined, '', 'rp_made_up_key_0000000000000000', revoked.key, 'x'.repeat(10_000)]) {
    const response = await ping(t, key === undefined ? {} : { key })
    expect(response.headers.get('www-authenticate')).toBe('ApiKey header="X-Partner-Key"')
    await expectProblem(response, 'unauthenticated', { because: String(key).slice(0, 40) })
  }
  expect(t.handled()).toBe(0)
})

test('a logged-in session is no partner key', async () => {
  const t = await createPartnerTestContext()
  for (const account of ['admin', 'officer-liu', 'citizen-zhang']) {
    await expectProblem(await ping(t, { token: await t.login(account) }), 'unauthenticated', { because: account })
  }
  expect(t.handled()).toBe(0)
})

test('a known partner’s invalid request is refused as usual, and audited as a refusal of that partner', async () => {
  const t = await createPartnerTestContext()
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const before = (await auditRows(t)).length
  expect(await expectFieldErrors(await ping(t, { key: civil.key, body: { reference: '' } }))).toEqual({ 'body.reference': 'field.required' })
  await expectProblem(await ping(t, { key: civil.key, body: 'not json' }), 'malformed_json')
  const added = (await auditRows(t)).slice(before)
  expect(added.map((row) => [row.action, row.actorUserId, row.objectType, row.objectId])).toEqual([
    ['partner.refused', `partner:${civil.id}`, 'operation', 'test.partnerPing'],
    ['partner.refused', `partner:${civil.id}`, 'operation', 'test.partnerPing'],
  ])
  expect(t.handled()).toBe(0)
})

test('a refusal of the operation itself is audited as a refusal of that partner', async () => {
  const t = await createPartnerTestContext()
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const before = (await auditRows(t)).length
  const response = await ping(t, { key: civil.key, body: { reference: 'ref-2', refuse: true } })
  await expectProblem(response, 'conflict')
  const added = (await auditRows(t)).slice(before)
  expect(added.map((row) => ({ action: row.action, actor: row.actorUserId, requestId: row.requestId }))).toEqual([
    { action: 'partner.refused', actor: `partner:${civil.id}`, requestId: response.headers.get('x-request-id') },
  ])
})

test('a partner operation must be rate-limited per partner, the partner limit is for partner operations only, and partners send no Idempotency-Key', async () => {
  const app = new Hono<AppEnv>()
  const t = await createPartnerTestContext()
  const base = { method: 'post', path: '/test/p', summary: 'p', tags: ['test'], response: z.object({}) } as const
  const unlimited = defineOperation({ ...base, id: 'test.unlimited', access: { kind: 'partner', dataLevel: 1 } })
  expect(() => mountOperation(app, t.deps, unlimited, () => ok({}))).toThrow(/partner rate limit/)
  const sessionWithPartnerLimit = defineOperation({ ...base, id: 'test.session', access: { kind: 'session', roles: ['admin'] }, rateLimit: 'partner' })
  expect(() => mountOperation(app, t.deps, sessionWithPartnerLimit, () => ok({}))).toThrow(/partner rate limit/)
  const idempotent = defineOperation({ ...base, id: 'test.idempotent', access: { kind: 'partner', dataLevel: 1 }, rateLimit: 'partner', idempotent: true })
  expect(() => mountOperation(app, t.deps, idempotent, { handle: () => ok({}), referenceOf: () => 'x', replay: () => ok({}) })).toThrow(/Idempotency-Key/)
})

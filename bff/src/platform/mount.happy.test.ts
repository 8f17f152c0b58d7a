import { Hono } from 'hono'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { defineOperation } from '@renshe/shared/platform/operation'
import type { Database } from '../db/database'
import { auditRows, certificateRequest } from '../testing/flows'
import { createTestContext } from '../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../testing/http'
import { createPartnerTestContext, ping } from '../testing/partner-operation'
import { registerTestPartner } from '../testing/partners'
import type { AppEnv } from './app-env'
import { mountOperation } from './mount'
import { sessionAuth } from './operation-auth'
import { parseOperationRequest } from './operation-request'
import { ApiProblem, ok, problemResponse } from './problem'
import { requestId } from './request-id'

const whoAmI = defineOperation({
  id: 'test.whoAmI',
  method: 'post',
  path: '/test/who-am-i',
  summary: 'Say who is calling (test only)',
  tags: ['test'],
  access: { kind: 'session', roles: ['citizen'] },
  rateLimit: 'verification',
  body: z.strictObject({ note: z.string().min(1).default('none') }),
  response: z.object({ userId: z.string(), note: z.string() }),
})

/** The same database, counting its reads outside a transaction: a session lookup is one. */
function countingReads(db: Database): { readonly db: Database; readonly reads: () => number } {
  let reads = 0
  const counted = new Proxy(db, {
    get(target, property) {
      if (property === 'read') return (work: Parameters<Database['read']>[0]) => ((reads += 1), target.read(work))
      const value: unknown = Reflect.get(target, property)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
  return { db: counted, reads: () => reads }
}

test('a caller over the address limit is refused before its session is looked up', async () => {
  const t = await createTestContext({ env: { VERIFY_RATE_LIMIT: '1', RATE_LIMIT_WINDOW_SECONDS: '60' } })
  const counted = countingReads(t.deps.db)
  mountOperation(t.app, { ...t.deps, db: counted.db }, whoAmI, (ctx, { body }) => ok({ userId: ctx.principal.user.id, note: body.note }))
  const token = await t.login('citizen-zhang')

  const before = counted.reads()
  await expectOk(await t.call('POST', '/api/test/who-am-i', { token, body: {} }), whoAmI.response)
  expect(counted.reads()).toBeGreaterThan(before)

  const afterFirst = counted.reads()
  await expectProblem(await t.call('POST', '/api/test/who-am-i', { token, body: {} }), 'rate_limited')
  expect(counted.reads()).toBe(afterFirst)
  // Without any session at all the answer is still the limit: the session is never asked for.
  await expectProblem(await t.call('POST', '/api/test/who-am-i', { body: {} }), 'rate_limited')
})

test('a partner’s invalid body is refused as a validation problem and audited as that partner’s refusal', async () => {
  const t = await createPartnerTestContext()
  const civil = await registerTestPartner(t, { kind: 'civil_affairs', dataLevel: 2 })
  const before = (await auditRows(t)).length
  const response = await ping(t, { key: civil.key, body: { reference: '' } })
  expect(await expectFieldErrors(response.clone())).toEqual({ 'body.reference': 'field.required' })
  expect(t.handled()).toBe(0)
  const added = (await auditRows(t)).slice(before)
  expect(added.map((row) => [row.action, row.actorUserId, row.objectId, row.requestId])).toEqual([
    ['partner.refused', `partner:${civil.id}`, 'test.partnerPing', response.headers.get('x-request-id')],
  ])
})

test('a retry with a used Idempotency-Key still passes session auth before anything is replayed', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const key = 'order-key-0000000001'
  const first = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest })
  expect(first.status).toBe(201)

  const anonymous = await t.call('POST', '/api/records/certificates', { idempotencyKey: key, body: certificateRequest })
  expect(anonymous.headers.get('idempotent-replayed')).toBeNull()
  await expectProblem(anonymous, 'unauthenticated')

  const replayed = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest })
  expect(replayed.headers.get('idempotent-replayed')).toBe('true')
})

test('sessionAuth alone, on an app of its own, sets the principal for what follows or answers the refusal', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const app = new Hono<AppEnv>().use(requestId({ random: t.deps.random }))
  app.post('/who', sessionAuth(t.deps, whoAmI), (c) => c.json({ userId: c.get('principal')?.user.id ?? null }))

  const signedIn = await app.request('/who', { method: 'POST', headers: { authorization: `Bearer ${token}` } })
  expect(signedIn.status).toBe(200)
  expect(await signedIn.json()).toEqual({ userId: expect.stringMatching(/^[0-9a-z]{26}$/) })

  const anonymous = await app.request('/who', { method: 'POST' })
  expect(anonymous.headers.get('www-authenticate')).toBe('Bearer')
  await expectProblem(anonymous, 'unauthenticated')
})

test('parseOperationRequest alone leaves the request as the schema made it, defaults filled in, or throws the field errors', async () => {
  const t = await createTestContext()
  const app = new Hono<AppEnv>().use(requestId({ random: t.deps.random }))
  app.onError((error, c) => (error instanceof ApiProblem ? problemResponse(c, error.init) : c.text('unexpected', 500)))
  app.post('/parse', parseOperationRequest(t.deps, whoAmI), (c) => c.json({ request: c.get('operationRequest') ?? null }))
  const json = { 'content-type': 'application/json' }

  const parsed = await app.request('/parse', { method: 'POST', headers: json, body: '{}' })
  expect(await parsed.json()).toEqual({ request: { body: { note: 'none' } } })

  const refused = await app.request('/parse', { method: 'POST', headers: json, body: JSON.stringify({ note: '', extra: 1 }) })
  expect(await expectFieldErrors(refused)).toEqual({ body: 'field.unknownKey', 'body.note': 'field.required' })
})

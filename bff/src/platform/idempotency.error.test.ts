import { expect, test } from 'vitest'
import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import { defineOperation } from '@renshe/shared/platform/operation'
import { Certificate } from '@renshe/shared/records/schemas'
import { certificateRequest } from '../testing/flows'
import { countRows, failInserts } from '../testing/database-probes'
import { createTestContext } from '../testing/harness'
import { expectOk, expectProblem } from '../testing/http'
import type { AppEnv } from './app-env'
import { mountOperation } from './mount'
import { ok } from './problem'

const key = 'retry-key-0000000002'

test('the same key with a different body is refused with idempotency_key_reused, and makes nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  await expectOk(await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest }), Certificate, 201)
  const changed = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: { ...certificateRequest, purpose: 'housing' } })
  await expectProblem(changed, 'idempotency_key_reused')
  expect(await countRows(t.deps.db, 'certificates')).toBe(1)
})

test('the same key on another operation is refused with idempotency_key_reused', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  await expectOk(await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest }), Certificate, 201)
  await t.call('POST', '/api/consents', { token, body: { purpose: 'proxy.sharing', version: '2026-11' } })
  const grant = await t.call('POST', '/api/proxy/grants', { token, idempotencyKey: key, body: { staffCode: 'WG330302002', scopes: ['records.read'], days: 3 } })
  await expectProblem(grant, 'idempotency_key_reused')
})

test('a malformed idempotency key is refused with invalid_idempotency_key before anything is made', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  for (const malformed of ['short', 'x'.repeat(65), 'has spaces in it ok', 'ünïcödé-key-000000', 'key/with/slashes/0000']) {
    const response = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: malformed, body: certificateRequest })
    await expectProblem(response, 'invalid_idempotency_key', { because: malformed })
  }
  expect(await countRows(t.deps.db, 'certificates')).toBe(0)
})

test('twenty simultaneous submissions with one key make exactly one certificate', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest })),
  )
  expect(await countRows(t.deps.db, 'certificates')).toBe(1)
  const ids = new Set<string>()
  let inProgress = 0
  for (const response of responses) {
    if (response.status === 201) {
      ids.add((await expectOk(response, Certificate, 201)).id)
    } else {
      const problem = await expectProblem(response, 'idempotency_in_progress')
      expect(response.headers.get('retry-after')).toBe('1')
      expect(problem.retryAfterSeconds).toBe(1)
      inProgress += 1
    }
  }
  expect(ids.size).toBe(1)
  expect(inProgress).toBeLessThan(20)

  const afterwards = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest })
  expect(afterwards.headers.get('idempotent-replayed')).toBe('true')
  expect((await expectOk(afterwards, Certificate, 201)).id).toBe([...ids][0])
})

test('a submission that fails unexpectedly forgets its key, so the retry runs', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const repaired = await failInserts(t.deps.db, 'certificates', 'disk full')
  const failed = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest })
  await expectProblem(failed, 'internal')
  await repaired()
  const retried = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest })
  expect(retried.headers.get('idempotent-replayed')).toBeNull()
  await expectOk(retried, Certificate, 201)
  const rows = z.array(z.object({ state: z.string() })).parse(await t.deps.db.rows(sql`select state from idempotency_keys`))
  expect(rows).toEqual([{ state: 'done' }])
})

test('an idempotent operation cannot be mounted without saying how a retry is replayed: the compiler refuses it, and so does start-up', async () => {
  const t = await createTestContext({ seed: false })
  const app = new Hono<AppEnv>()
  const base = { method: 'post', path: '/test/things', summary: 'A thing', tags: ['test'], access: { kind: 'session', roles: ['citizen'] }, response: z.object({ id: z.string() }) } as const
  const idempotent = defineOperation({ ...base, id: 'test.makeThing', idempotent: true })
  // @ts-expect-error an idempotent operation is mounted with { handle, referenceOf, replay }
  expect(() => mountOperation(app, t.deps, idempotent, () => ok({ id: 't1' }))).toThrow(/replayed/)
  const plain = defineOperation({ ...base, id: 'test.makeOther' })
  // @ts-expect-error an operation without Idempotency-Key has nothing to replay
  expect(() => mountOperation(app, t.deps, plain, { handle: () => ok({ id: 't1' }), referenceOf: () => 't1', replay: () => ok({ id: 't1' }) })).toThrow(/only an idempotent/)
})

import { expect, test } from 'vitest'
import { Me } from '@renshe/shared/identity/schemas'
import { Certificate } from '@renshe/shared/records/schemas'
import { evidenceSamples } from '../testing/evidence-samples'
import { auditRows, certificateRequest, giveConsent } from '../testing/flows'
import { countRows } from '../testing/database-probes'
import { createTestContext, type TestContext } from '../testing/harness'
import { expectOk, expectProblem } from '../testing/http'
import { uploadFile } from '../testing/wages-flows'
import { claimIdempotencyKey, completeIdempotencyKey, fingerprint, purgeIdempotencyKeys, releaseIdempotencyKey } from './idempotency'

const key = 'retry-key-0000000001'

function certificateCount(t: TestContext): Promise<number> {
  return countRows(t.deps.db, 'certificates')
}

test('a retried certificate request with the same key gets the first certificate again, marked as replayed', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const first = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: certificateRequest })
  expect(first.headers.get('idempotent-replayed')).toBeNull()
  const issued = await expectOk(first, Certificate, 201)

  const retry = await t.call('POST', '/api/records/certificates', { token, idempotencyKey: key, body: { types: ['pension', 'medical'], purpose: 'school_enrollment' } })
  expect(retry.headers.get('idempotent-replayed')).toBe('true')
  expect(retry.headers.get('x-request-id')).toMatch(/^[0-9a-z]{26}$/)
  expect(await expectOk(retry, Certificate, 201)).toEqual(issued)
  expect(await certificateCount(t)).toBe(1)
})

test('without a key, every submission makes a new certificate', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const a = await expectOk(await t.call('POST', '/api/records/certificates', { token, body: certificateRequest }), Certificate, 201)
  const b = await expectOk(await t.call('POST', '/api/records/certificates', { token, body: certificateRequest }), Certificate, 201)
  expect(a.id).not.toBe(b.id)
  expect(await certificateCount(t)).toBe(2)
})

test('a citizen refused for want of consent can send the same submission again once she has agreed', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  const body = { name: '李娜', idNumber: '330304198807214523' }
  await expectProblem(await t.call('POST', '/api/me/real-name', { token, idempotencyKey: key, body }), 'consent_required')
  await giveConsent(t, token, 'identity.real_name')
  const bound = await t.call('POST', '/api/me/real-name', { token, idempotencyKey: key, body })
  expect((await expectOk(bound, Me)).realName.bound).toBe(true)
  const replayed = await t.call('POST', '/api/me/real-name', { token, idempotencyKey: key, body })
  expect(replayed.headers.get('idempotent-replayed')).toBe('true')
  expect((await expectOk(replayed, Me)).realName.bound).toBe(true)
})

test('the fingerprint of a request does not depend on the order of its keys, at any depth', () => {
  const a = fingerprint('records.issueCertificate', { id: 'x', at: 1 }, { purpose: 'other', period: { from: '2024-01', to: '2024-03' }, types: ['pension'] })
  const b = fingerprint('records.issueCertificate', { at: 1, id: 'x' }, { types: ['pension'], period: { to: '2024-03', from: '2024-01' }, purpose: 'other' })
  expect(a).toBe(b)
  expect(a).toMatch(/^[0-9a-f]{64}$/)
})

test('the fingerprint tells apart the operation, the parameters, the order of a list and every value', () => {
  const base = fingerprint('op.a', { id: '1' }, { types: ['pension', 'medical'] })
  expect(fingerprint('op.b', { id: '1' }, { types: ['pension', 'medical'] })).not.toBe(base)
  expect(fingerprint('op.a', { id: '2' }, { types: ['pension', 'medical'] })).not.toBe(base)
  expect(fingerprint('op.a', { id: '1' }, { types: ['medical', 'pension'] })).not.toBe(base)
  expect(fingerprint('op.a', { id: '1' }, { types: ['pension'] })).not.toBe(base)
  expect(fingerprint('op.a', undefined, { id: '1', types: ['pension', 'medical'] })).not.toBe(base)
  expect(fingerprint('op.a', { id: 1 }, { types: ['pension', 'medical'] })).not.toBe(base)
})

test('a key is claimed once, runs, then replays; released, it can be claimed again; after a day it is forgotten', async () => {
  const { deps } = await createTestContext({ seed: false })
  const db = deps.db
  const now = new Date('2026-11-29T02:00:00.000Z')
  const claim = (requestHash: string, at = now) => claimIdempotencyKey(db, { owner: 'u1:', key, operation: 'op', requestHash, now: at })
  expect(await claim('h1')).toEqual({ kind: 'first' })
  expect(await claim('h1')).toEqual({ kind: 'in_progress' })
  expect(await claim('h2')).toEqual({ kind: 'mismatch' })
  await releaseIdempotencyKey(db, { owner: 'u1:', key })
  expect(await claim('h2')).toEqual({ kind: 'first' })
  await completeIdempotencyKey(db, { owner: 'u1:', key, status: 201, reference: 'c1' })
  expect(await claim('h2')).toEqual({ kind: 'replay', status: 201, reference: 'c1' })
  await releaseIdempotencyKey(db, { owner: 'u1:', key })
  expect(await claim('h2')).toEqual({ kind: 'replay', status: 201, reference: 'c1' })

  expect(await purgeIdempotencyKeys(db, new Date(now.getTime() + 24 * 3600 * 1000))).toBe(0)
  expect(await purgeIdempotencyKeys(db, new Date(now.getTime() + 24 * 3600 * 1000 + 1))).toBe(1)
  expect(await claim('h3')).toEqual({ kind: 'first' })
})

test('each kind of retry is answered by reading again what the first call made or acted on, and recorded as that read', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await giveConsent(t, zhang, 'proxy.sharing')
  const employer = await t.login('employer-demo')
  const wang = await t.login('elder-wang')
  // One key each: zhang sends two of them, and a key is never reused for another operation.
  const retries: [string, (idempotencyKey: string) => Promise<Response>, number][] = [
    ['identity.getProxyGrant', (idempotencyKey) => t.call('POST', '/api/proxy/grants', { token: zhang, idempotencyKey, body: { staffCode: 'WG330302002', scopes: ['records.read'], days: 3 } }), 201],
    ['wages.getProject', (idempotencyKey) => t.call('POST', '/api/wages/projects', { token: employer, idempotencyKey, body: { name: '滨江花园三期', regionCode: '330302', address: '鹿城区滨江路 9 号', startMonth: '2026-09', endMonth: null } }), 201],
    ['wages.getEvidence', (idempotencyKey) => uploadFile(t, { token: zhang, idempotencyKey }, evidenceSamples['image/png']), 201],
    ['retiree.getAccount', (idempotencyKey) => t.call('POST', '/api/retiree/home-visit', { token: wang, idempotencyKey }), 200],
  ]
  for (const [read, send, status] of retries) {
    const retryKey = `retry-of-${read.replace('.', '-')}`
    const first = await send(retryKey)
    expect(first.status, read).toBe(status)
    const answer: unknown = await first.json()
    const before = (await auditRows(t)).length
    const retry = await send(retryKey)
    expect([retry.status, retry.headers.get('idempotent-replayed')], read).toEqual([status, 'true'])
    expect(await retry.json(), read).toEqual(answer)
    expect((await auditRows(t)).slice(before).map((row) => [row.action, row.kind]), read).toEqual([[read, 'read']])
  }
})

import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { allOperations } from '@renshe/shared/platform/operations'
import { createTestContext } from '../testing/harness'
import { expectOk, expectProblem } from '../testing/http'
import { callSample, describeOperation, samples } from '../testing/operation-samples'
import { Me } from '@renshe/shared/identity/schemas'
import { z } from 'zod'
import { minutes } from './clock'

const sessionOperations = allOperations.filter((operation) => operation.access.kind === 'session')

test('every operation of the contract has a sample request, so a route added without tests fails here', () => {
  expect(Object.keys(samples).sort()).toEqual(allOperations.map((operation) => operation.id).sort())
})

test('every operation of the contract is served by the app at its method and path', async () => {
  const t = await createTestContext({ seed: false })
  const served = new Set(t.app.routes.map((route) => `${route.method} ${route.path}`))
  for (const operation of allOperations) {
    expect(served.has(`${operation.method.toUpperCase()} /api${operation.path}`), describeOperation(operation)).toBe(true)
  }
})

test('only the login, consent texts, certificate and contract checks and the published e-card keys can be called without a session', () => {
  const open = allOperations.filter((operation) => operation.access.kind === 'public').map((operation) => operation.id)
  expect(open.sort()).toEqual([
    'card.getEcardKeys',
    'contracts.verifyContractFile',
    'contracts.verifyContractHash',
    'identity.devLogin',
    'identity.listConsentDocuments',
    'identity.listDemoAccounts',
    'identity.loginProviders',
    'identity.wechatLogin',
    'records.verifyCertificate',
    'training.verifySkillsSummary',
  ])
})

test('a visitor without a session is refused by every session-bound operation', async () => {
  const t = await createTestContext()
  for (const operation of sessionOperations) {
    const response = await callSample(t, operation)
    expect(response.headers.get('www-authenticate'), describeOperation(operation)).toBe('Bearer')
    await expectProblem(response, 'unauthenticated', { because: describeOperation(operation) })
  }
})

test('a made-up, truncated or non-bearer token is refused by every session-bound operation', async () => {
  const t = await createTestContext()
  const real = await t.login('citizen-zhang')
  const forged = [
    `Bearer ${'A'.repeat(43)}`,
    `Bearer ${real.slice(0, 42)}`,
    `Bearer ${real}x`,
    `Basic ${Buffer.from('citizen-zhang:secret').toString('base64')}`,
    real,
  ]
  for (const operation of sessionOperations) {
    for (const authorization of forged) {
      const response = await callSample(t, operation, { headers: { authorization } })
      await expectProblem(response, 'unauthenticated', { because: `${describeOperation(operation)} with ${authorization}` })
    }
  }
})

test('the scheme of an Authorization header is read in any case, as RFC 9110 says: bearer, BEARER and BeArEr all work', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  for (const scheme of ['bearer', 'BEARER', 'BeArEr', 'Bearer']) {
    await expectOk(await t.call('GET', '/api/me', { headers: { authorization: `${scheme} ${token}` } }), Me, 200, scheme)
  }
  await expectOk(await t.call('GET', '/api/me', { headers: { authorization: `bearer   ${token}` } }), Me, 200, 'several spaces')
  const malformed = [`bearer${token}`, `bearer: ${token}`, `bearer\t${token}`, `bearer ${token} ${token}`, 'bearer', `basic ${token}`, `bearer ${token}=`, `bearer ${token.toLowerCase()}`]
  for (const authorization of malformed) {
    await expectProblem(await t.call('GET', '/api/me', { headers: { authorization } }), 'unauthenticated', { because: authorization })
  }
})

test('a session left idle for more than 30 minutes is refused by every session-bound operation', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  t.clock.advance(minutes(30) + 1000)
  for (const operation of sessionOperations) {
    await expectProblem(await callSample(t, operation, { token }), 'session_expired', { because: describeOperation(operation) })
  }
})

test('with a one-minute idle limit, a user acting every 20 seconds stays logged in for 5 minutes, and is logged out a minute after stopping', async () => {
  const t = await createTestContext({ env: { SESSION_IDLE_MINUTES: '1' } })
  const token = await t.login('citizen-zhang')
  for (let elapsed = 20; elapsed <= 300; elapsed += 20) {
    t.clock.advance(20_000)
    await expectOk(await t.call('GET', '/api/me', { token }), Me, 200, `at ${elapsed} s`)
  }
  t.clock.advance(minutes(1))
  await expectProblem(await t.call('GET', '/api/me', { token }), 'session_expired')
})

test('with a one-minute idle limit, a session left alone for a minute after login is logged out', async () => {
  const t = await createTestContext({ env: { SESSION_IDLE_MINUTES: '1' } })
  const token = await t.login('citizen-zhang')
  t.clock.advance(minutes(1) - 1000)
  await expectOk(await t.call('GET', '/api/me', { token }), Me, 200, 'at 59 s')
  t.clock.advance(minutes(1))
  await expectProblem(await t.call('GET', '/api/me', { token }), 'session_expired')
})

test('a session in constant use still ends 12 hours after login, for every session-bound operation', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  for (let elapsed = 20; elapsed <= 700; elapsed += 20) {
    t.clock.advance(minutes(20))
    await expectOk(await t.call('GET', '/api/me', { token }), Me, 200, `at ${elapsed} minutes`)
  }
  t.clock.advance(minutes(19))
  await expectOk(await t.call('GET', '/api/me', { token }), Me, 200, 'at 719 minutes')
  t.clock.advance(minutes(1))
  for (const operation of sessionOperations) {
    await expectProblem(await callSample(t, operation, { token }), 'session_expired', { because: describeOperation(operation) })
  }
})

test('after logging out, the token is refused by every session-bound operation while the other session goes on', async () => {
  const t = await createTestContext()
  const phone = await t.login('citizen-zhang')
  const tablet = await t.login('citizen-zhang')
  const loggedOut = await expectOk(await t.call('POST', '/api/auth/logout', { token: phone }), z.object({ loggedOut: z.literal(true) }))
  expect(loggedOut).toEqual({ loggedOut: true })
  for (const operation of sessionOperations) {
    await expectProblem(await callSample(t, operation, { token: phone }), 'unauthenticated', { because: describeOperation(operation) })
  }
  await expectOk(await t.call('GET', '/api/me', { token: tablet }), Me)
})

test('the database keeps only a hash of a session token, so a copy of it cannot be replayed as a login', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const rows = z.array(z.object({ token_hash: z.string() })).parse(await t.deps.db.rows(sql`select token_hash from sessions`))
  expect(rows).toHaveLength(1)
  const dump = JSON.stringify(await t.deps.db.rows(sql`select * from sessions`))
  expect(dump).not.toContain(token)
  const stolen = rows[0]?.token_hash ?? ''
  await expectProblem(await t.call('GET', '/api/me', { headers: { authorization: `Bearer ${stolen}` } }), 'unauthenticated')
})

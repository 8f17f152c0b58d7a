import { sql } from 'drizzle-orm'
import { expect, onTestFinished, test } from 'vitest'
import { z } from 'zod'
import { AccessLogEntry, Me, ProxyClient, ProxyGrant, Session } from '@renshe/shared/identity/schemas'
import { Page } from '@renshe/shared/platform/primitives'
import type { Operation } from '@renshe/shared/platform/operation'
import { allOperations } from '@renshe/shared/platform/operations'
import { demoAccounts } from '../../db/seed/demo-accounts'
import { register } from '../../db/seed/register'
import { minutes } from '../../platform/clock'
import { createWechatClient } from '../../platform/wechat'
import { startFakeWechat } from '../../testing/fake-wechat'
import { databaseDump, giveConsent, grantProxy, issueCertificate, seededGrantOf, withdrawConsent } from '../../testing/flows'
import { createTestContext, type CallOptions, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { callSample, describeOperation } from '../../testing/operation-samples'
import { disputesObjectRequests } from '../../testing/disputes-flows'
import { injuryObjectRequests } from '../../testing/injury-flows'
import { retireeObjectRequests } from '../../testing/retiree-flows'
import { jobsObjectRequests } from '../../testing/jobs-proxy-flows'
import { wagesObjectRequests } from '../../testing/wages-flows'

const li = { name: '李娜', idNumber: '330304198807214523', phone: '13812342345' }
const Grants = z.object({ grants: z.array(ProxyGrant) })
const Clients = z.object({ clients: z.array(ProxyClient) })
const AccessLog = Page(AccessLogEntry)

/** Every clear personal value the seed and these tests know: none may sit anywhere in clear. */
const secrets = [
  li.name,
  li.idNumber,
  li.phone,
  ...demoAccounts.flatMap((demo) => (demo.roles.includes('citizen') || demo.staffCode ? [demo.name] : [])),
  ...demoAccounts.flatMap((demo) => [demo.idNumber, demo.phone].filter((value): value is string => value !== undefined)),
  ...register.flatMap((person) => [person.name, person.idNumber]),
]

/** Calls through the harness and keeps every response body, to search them afterwards. */
function recording(t: TestContext) {
  const bodies: string[] = []
  const calls: { method: string; path: string; options: CallOptions; body: string }[] = []
  const call = async (method: string, path: string, options: CallOptions = {}) => {
    const response = await t.call(method, path, options)
    const body = await response.clone().text()
    bodies.push(body)
    calls.push({ method, path, options, body })
    return response
  }
  return { call, bodies, calls }
}

test('the ID number, phone and name given at binding are stored only encrypted: no table holds them in clear', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  await expectOk(await t.call('POST', '/api/me/real-name', { token, body: li }), Me)
  await issueCertificate(t, { token })

  const rows = z
    .array(z.object({ name_enc: z.string(), id_number_enc: z.string(), id_number_index: z.string(), phone_enc: z.string().nullable() }))
    .parse(await t.deps.db.rows(sql`select * from real_names`))
  const mine = rows.find((row) => row.id_number_index === t.deps.blindIndex('id_number', li.idNumber))
  expect(mine).toBeDefined()
  expect(mine?.id_number_enc).toMatch(/^v1\./)
  expect(t.deps.sealer.open(mine?.id_number_enc ?? '')).toBe(li.idNumber)
  expect(t.deps.sealer.open(mine?.phone_enc ?? '')).toBe(li.phone)
  expect(t.deps.sealer.open(mine?.name_enc ?? '')).toBe(li.name)

  const dump = await databaseDump(t)
  expect(dump).toContain('real_names')
  for (const secret of secrets) expect(dump, secret).not.toContain(secret)
  expect(dump).not.toContain(li.idNumber.slice(6, 14))
})

test('responses only ever carry masked forms of the ID number, phone and name', async () => {
  const t = await createTestContext()
  const { call, bodies, calls } = recording(t)
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  const me = await expectOk(await call('POST', '/api/me/real-name', { token, body: li }), Me)
  expect(me.realName).toMatchObject({ maskedName: '李*', maskedIdNumber: '330304********4523', maskedPhone: '138****2345' })
  // The one exception: the grid staff member she grants is named in full to her, and to her only.
  const helper = demoAccounts.find((demo) => demo.staffCode === 'WG330302002')?.name ?? ''

  await giveConsent(t, token, 'proxy.sharing')
  const grant = ProxyGrant.parse(await (await call('POST', '/api/proxy/grants', { token, body: { staffCode: 'WG330302002', scopes: ['records.read', 'records.certificate', 'profile.read', 'inbox.read'], days: 5 } })).json())
  const certificate = await issueCertificate(t, { token })
  const staff = await t.login('staff-zhou')
  const officer = await t.login('officer-huang')
  const reads: [string, CallOptions][] = [
    ['/api/me', { token }],
    ['/api/records/summary', { token }],
    ['/api/records/years/2024', { token }],
    ['/api/records/certificates', { token }],
    [`/api/records/certificates/${certificate.id}`, { token }],
    [`/api/verify/certificates/${certificate.verificationCode}`, {}],
    ['/api/inbox/messages', { token }],
    ['/api/inbox/pending', { token }],
    ['/api/me/access-log', { token }],
    ['/api/proxy/grants', { token }],
    ['/api/proxy/clients', { token: staff }],
    ['/api/me', { token: staff, actingFor: grant.id }],
    ['/api/records/summary', { token: staff, actingFor: grant.id }],
    ['/api/records/region/certificates', { token: officer }],
    [`/api/records/certificates/${certificate.id}`, { token: officer }],
  ]
  for (const [path, options] of reads) expect((await call('GET', path, options)).status, path).toBe(200)

  const all = bodies.join('\n')
  for (const secret of secrets.filter((name) => name !== helper)) expect(all, secret).not.toContain(secret)
  const naming = calls.filter((made) => made.body.includes(helper)).map((made) => `${made.method} ${made.path} ${made.options.token === token && !made.options.actingFor ? 'her' : 'other'}`)
  expect(naming).toEqual(['POST /api/proxy/grants her', 'GET /api/proxy/grants her'])
  expect(all).toContain('330304********4523')
  expect(all).toContain('138****2345')
  expect(all).toContain('李*')
})

test('withdrawing the real-name consent stops every real-name service at once, and giving it again restores them', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect((await t.call('GET', '/api/records/summary', { token })).status).toBe(200)
  await withdrawConsent(t, token, 'identity.real_name')
  for (const path of ['/api/records/summary', '/api/records/years/2024', '/api/records/certificates']) {
    const problem = await expectProblem(await t.call('GET', path, { token }), 'consent_required', { because: path })
    expect(problem.detail).toBe('identity.real_name')
  }
  await expectProblem(await t.call('POST', '/api/records/certificates', { token, body: { purpose: 'other', types: ['pension'] } }), 'consent_required')

  await giveConsent(t, token, 'identity.real_name')
  expect((await t.call('GET', '/api/records/summary', { token })).status).toBe(200)
})

test('a grid staff member cannot read records of a citizen who withdrew the real-name consent', async () => {
  const t = await createTestContext()
  const staff = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, staff)
  await withdrawConsent(t, await t.login('elder-wang'), 'identity.real_name')
  await expectProblem(await t.call('GET', '/api/records/summary', { token: staff, actingFor: grantId }), 'consent_required')
})

test('a citizen who withdraws consent to sharing ends every grant at once: no helper can act for her any more', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const second = await expectOk(
    await t.call('POST', '/api/proxy/grants', { token: elder, body: { staffCode: 'WG330302002', scopes: ['records.read'], days: 30 } }),
    ProxyGrant,
    201,
  )
  const chen = await t.login('staff-chen')
  const zhou = await t.login('staff-zhou')
  const { grantId } = await seededGrantOf(t, chen)
  expect((await t.call('GET', '/api/records/summary', { token: zhou, actingFor: second.id })).status).toBe(200)

  t.clock.advance(minutes(1))
  await withdrawConsent(t, elder, 'proxy.sharing')
  const { grants } = await expectOk(await t.call('GET', '/api/proxy/grants', { token: elder }), Grants)
  expect(grants.map((grant) => [grant.id, grant.status, grant.revokedAt])).toEqual(
    expect.arrayContaining([
      [grantId, 'revoked', t.clock.now().toISOString()],
      [second.id, 'revoked', t.clock.now().toISOString()],
    ]),
  )
  expect(grants).toHaveLength(2)
  await expectProblem(await t.call('GET', '/api/records/summary', { token: chen, actingFor: grantId }), 'proxy_grant_invalid')
  await expectProblem(await t.call('GET', '/api/records/summary', { token: zhou, actingFor: second.id }), 'proxy_grant_invalid')
  expect((await expectOk(await t.call('GET', '/api/proxy/clients', { token: chen }), Clients)).clients).toEqual([])
  expect((await expectOk(await t.call('GET', '/api/proxy/clients', { token: zhou }), Clients)).clients).toEqual([])

  const again = await t.call('POST', '/api/proxy/grants', { token: elder, body: { staffCode: 'WG330302002', scopes: ['records.read'], days: 30 } })
  await expectProblem(again, 'consent_required')
})

test('a citizen cannot revoke, or learn anything about, a grant someone else gave', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const zhang = await t.login('citizen-zhang')
  const problem = await expectProblem(await t.call('POST', `/api/proxy/grants/${grantId}/revoke`, { token: zhang }), 'not_found')
  expect(JSON.stringify(problem)).not.toMatch(/WG330302001|王|陈/)
  expect((await expectOk(await t.call('GET', '/api/proxy/grants', { token: zhang }), Grants)).grants).toEqual([])
  expect((await t.call('GET', '/api/records/summary', { token: chen, actingFor: grantId })).status).toBe(200)
})

test('a grid staff member cannot revoke or list a citizen’s grants, even the ones given to them', async () => {
  const t = await createTestContext()
  const zhou = await t.login('staff-zhou')
  const grant = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['records.read'] })
  await expectProblem(await t.call('POST', `/api/proxy/grants/${grant.id}/revoke`, { token: zhou }), 'forbidden')
  await expectProblem(await t.call('GET', '/api/proxy/grants', { token: zhou }), 'forbidden')
  await expectProblem(await t.call('POST', `/api/proxy/grants/${grant.id}/revoke`, { token: zhou, actingFor: grant.id }), 'proxy_not_allowed')
})

test('a grid staff member who is also a citizen sees only his own data unless he acts under the grant', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const certificate = await issueCertificate(t, { token: chen, actingFor: grantId })
  await expectProblem(await t.call('GET', `/api/records/certificates/${certificate.id}`, { token: chen }), 'not_found')
  const own = z.object({ maskedName: z.string() }).parse(await (await t.call('GET', '/api/records/summary', { token: chen })).json())
  expect(own.maskedName).toBe('陈**')
  const { certificates } = z.object({ certificates: z.array(z.object({ id: z.string() })) }).parse(await (await t.call('GET', '/api/records/certificates', { token: chen })).json())
  expect(certificates).toEqual([])
})

function isProxyOperation(operation: Operation): boolean {
  return operation.access.kind === 'session' && operation.access.proxyScope !== undefined && operation.access.roles.includes('citizen')
}

test('every act a grid staff member does for a citizen appears in her access log as done by that staff member, by proxy', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const certificate = await issueCertificate(t, { token: chen, actingFor: grantId })
  const withObjects = {
    ...(await wagesObjectRequests(t, { token: chen, actingFor: grantId })),
    ...(await retireeObjectRequests(t, { token: chen, actingFor: grantId })),
    ...(await jobsObjectRequests(t, { token: chen, actingFor: grantId })),
    ...(await disputesObjectRequests(t, { token: chen, actingFor: grantId })),
    ...(await injuryObjectRequests(t, { token: chen, actingFor: grantId })),
  }
  const elder = await t.login('elder-wang')

  for (const operation of allOperations.filter(isProxyOperation)) {
    t.clock.advance(minutes(1))
    const before = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: elder }), AccessLog)
    const options = { token: chen, actingFor: grantId }
    const withObject = withObjects[operation.id]
    const response =
      operation.id === 'records.getCertificate'
        ? await t.call('GET', `/api/records/certificates/${certificate.id}`, options)
        : withObject
          ? await withObject()
          : await callSample(t, operation, options)
    expect(response.status, describeOperation(operation)).toBeLessThan(300)

    const after = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: elder }), AccessLog)
    const seen = new Set(before.items.map((item) => item.id))
    const added = after.items.filter((item) => !seen.has(item.id) && item.byProxy)
    expect(added.length, `${describeOperation(operation)} left no trace in the access log`).toBeGreaterThan(0)
    for (const item of added) {
      expect(item.actor, describeOperation(operation)).toEqual({ self: false, maskedName: '陈**', name: '陈建华', role: 'grid_staff', staffCode: 'WG330302001', system: false })
      expect(item.at).toBe(t.clock.now().toISOString())
    }
  }
})

test('a person’s access log holds only acts about them, never someone else’s', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  await t.call('GET', '/api/records/summary', { token: chen, actingFor: grantId })
  const zhang = await t.login('citizen-zhang')
  const log = await expectOk(await t.call('GET', '/api/me/access-log?limit=100', { token: zhang }), AccessLog)
  expect(log.items.map((item) => item.operation)).toEqual(['identity.login'])
  expect(log.items.every((item) => item.actor.self && !item.byProxy)).toBe(true)
})

test('the staff directory and the staff member’s client list show names only masked', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const card = await t.call('GET', '/api/proxy/staff/WG330302001', { token: zhang })
  const text = await card.text()
  expect(text).toContain('陈**')
  expect(text).not.toContain('陈建华')
  const clients = await (await t.call('GET', '/api/proxy/clients', { token: await t.login('staff-chen') })).text()
  expect(clients).toContain('王**')
  expect(clients).not.toMatch(/王秀英|330302194406080025|13905771234/)
})

test('binding cannot be used to test names against an ID number one guess after another', async () => {
  const t = await createTestContext({ env: { REAL_NAME_RATE_LIMIT: '3' } })
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  const guess = (name: string) => t.call('POST', '/api/me/real-name', { token, body: { name, idNumber: li.idNumber } })
  for (const name of ['王芳', '刘洋', '陈静']) {
    await expectProblem(await guess(name), 'validation_failed')
  }
  const refused = await guess(li.name)
  await expectProblem(refused, 'rate_limited')
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)

  // Another account's attempts are its own; the guesser's come back after the window.
  const zhang = await t.login('citizen-zhang')
  await expectProblem(await t.call('POST', '/api/me/real-name', { token: zhang, body: li }), 'real_name_already_bound')
  t.clock.advance(minutes(61))
  const again = await t.login('citizen-li')
  await expectOk(await t.call('POST', '/api/me/real-name', { token: again, body: { name: li.name, idNumber: li.idNumber } }), Me)
})

test('names cannot be tried against one ID number from many accounts: refusals are counted per ID number too, and each is audited', async () => {
  const guessers = ['a', 'b', 'c', 'd'] as const
  const wechat = await startFakeWechat({
    appId: 'wx-test-app',
    secret: 'test-app-secret',
    users: Object.fromEntries(guessers.map((k) => [`code-${k}`, { openid: `o-guesser-${k}`, sessionKey: `key-${k}` }])),
  })
  onTestFinished(() => wechat.close())
  const t = await createTestContext({
    wechat: createWechatClient({ apiBase: wechat.url, appId: 'wx-test-app', secret: 'test-app-secret' }),
    env: { REAL_NAME_RATE_LIMIT: '5', REAL_NAME_ID_RATE_LIMIT: '3' },
  })
  const loginAs = async (k: (typeof guessers)[number]) => {
    const session = await expectOk(await t.call('POST', '/api/auth/wechat/login', { body: { code: `code-${k}` } }), Session)
    await giveConsent(t, session.token, 'identity.real_name')
    return session
  }
  // Three new accounts, one wrong name each: within every account's own limit.
  const refusedBy: string[] = []
  for (const [k, name] of [['a', '王芳'], ['b', '刘洋'], ['c', '陈静']] as const) {
    const session = await loginAs(k)
    refusedBy.push(session.me.id)
    await expectProblem(await t.call('POST', '/api/me/real-name', { token: session.token, body: { name, idNumber: li.idNumber } }), 'validation_failed')
  }
  // A fourth account, even with the right name, is refused: the number has had its tries.
  const fourth = await loginAs('d')
  const refused = await t.call('POST', '/api/me/real-name', { token: fourth.token, body: { name: li.name, idNumber: li.idNumber } })
  await expectProblem(refused, 'rate_limited')
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  // Another ID number is not held by this one's refusals.
  const other = await t.call('POST', '/api/me/real-name', { token: fourth.token, body: { name: '赵强', idNumber: '11010519491231002X' } })
  expect(other.status).toBe(200)

  // Every refusal is in the audit log, as the refused account's own act, naming no ID number.
  const rows = await t.deps.db.rows(sql`select actor_user_id, subject_user_id, action, kind, object_id from audit_log where action = 'identity.bindRealName.refused' order by seq`)
  expect(rows.map((row) => (row as { actor_user_id: string }).actor_user_id)).toEqual([...refusedBy, fourth.me.id])
  expect(JSON.stringify(rows)).not.toContain(li.idNumber)

  // After the window the rightful owner binds it.
  t.clock.advance(minutes(61))
  const owner = await t.login('citizen-li')
  await giveConsent(t, owner, 'identity.real_name')
  await expectOk(await t.call('POST', '/api/me/real-name', { token: owner, body: { name: li.name, idNumber: li.idNumber } }), Me)
})

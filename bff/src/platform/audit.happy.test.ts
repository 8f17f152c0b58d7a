import { expect, test } from 'vitest'
import { z } from 'zod'
import { Page } from '@renshe/shared/platform/primitives'
import { InboxMessage } from '@renshe/shared/inbox/schemas'
import { allOperations } from '@renshe/shared/platform/operations'
import { cardAuditedWrites } from '../testing/card-samples'
import { contractsAuditedWrites } from '../testing/contracts-samples'
import { disputesAuditedWrites } from '../testing/disputes-samples'
import { auditRows, certificateRequest, giveConsent, issueCertificate, meOf, seededGrantOf } from '../testing/flows'
import { createTestContext, type TestContext } from '../testing/harness'
import { injuryAuditedWrites } from '../testing/injury-samples'
import { jobsAuditedWrites } from '../testing/jobs-audit-walk'
import { jobsApplicationAuditedWrites } from '../testing/jobs-application-audit-walk'
import { jobsInsuranceAuditedWrites } from '../testing/jobs-insurance-samples'
import { jobsSubsidyAuditedWrites } from '../testing/jobs-subsidy-samples'
import { keptAuditedWrites } from '../testing/kept-audit-walk'
import { partnerAuditedWrites } from '../testing/partner-audit-walk'
import { payrollAuditedWrites } from '../testing/payroll-audit-walk'
import { retireeAuditedWrites } from '../testing/retiree-audit-walk'
import { retireeVisitAuditedWrites } from '../testing/retiree-visit-audit-walk'
import { trainingAuditedWrites } from '../testing/training-samples'
import { wagesAuditedWrites } from '../testing/wages-audit-walk'
import { verifyAuditChain } from './audit'
import { minutes } from './clock'
import type { WechatLogin } from './wechat'

/** A WeChat that always knows the same person: enough to log in twice without a network. */
const sameWechatUser: WechatLogin = {
  code2Session: () => Promise.resolve({ ok: true, openid: 'openid-audit-walk', sessionKey: 'session-key-audit-walk', unionid: null }),
}

interface Write {
  /** Sends the write; everything before it is setup and may append rows of its own. */
  readonly act: () => Promise<Response>
  /** Null for a public check, which no one logged in makes. */
  readonly actor: string | null
  /** `read` for the one write of the contract that writes nothing but its audit row: a public check sent as an upload. */
  readonly kind?: 'read'
  /** Null when the act is about no one with an account (a partner's record of someone who never logged in). */
  readonly subject: string | null
  readonly via?: string
  /** Whom the act was about, when the act itself makes her: read from its answer. */
  readonly resolve?: (response: Response) => Promise<{ subject: string; via: string }>
}

const idOf = async (t: TestContext, account: string): Promise<string> => (await meOf(t, await t.login(account))).id

/** One successful call of every operation that writes. A write operation without one fails the walk. */
const writes: Record<string, (t: TestContext) => Promise<Write>> = {
  'identity.devLogin': async (t) => {
    const zhang = await idOf(t, 'citizen-zhang')
    return { act: () => t.call('POST', '/api/auth/dev/login', { body: { account: 'citizen-zhang' } }), actor: zhang, subject: zhang }
  },
  'identity.wechatLogin': async (t) => {
    const first = z.object({ me: z.object({ id: z.string() }) }).parse(await (await t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-1' } })).json())
    return { act: () => t.call('POST', '/api/auth/wechat/login', { body: { code: 'code-2' } }), actor: first.me.id, subject: first.me.id }
  },
  'identity.logout': async (t) => {
    const token = await t.login('citizen-zhang')
    const zhang = (await meOf(t, token)).id
    return { act: () => t.call('POST', '/api/auth/logout', { token }), actor: zhang, subject: zhang }
  },
  'identity.bindRealName': async (t) => {
    const token = await t.login('citizen-li')
    const li = (await meOf(t, token)).id
    await giveConsent(t, token, 'identity.real_name')
    const body = { name: '李娜', idNumber: '330304198807214523' }
    return { act: () => t.call('POST', '/api/me/real-name', { token, body }), actor: li, subject: li }
  },
  'identity.giveConsent': async (t) => {
    const token = await t.login('citizen-zhang')
    const zhang = (await meOf(t, token)).id
    return { act: () => t.call('POST', '/api/consents', { token, body: { purpose: 'proxy.sharing', version: '2026-11' } }), actor: zhang, subject: zhang }
  },
  'identity.withdrawConsent': async (t) => {
    const token = await t.login('elder-wang')
    const elder = (await meOf(t, token)).id
    return { act: () => t.call('POST', '/api/consents/proxy.sharing/withdraw', { token }), actor: elder, subject: elder }
  },
  'identity.createProxyGrant': async (t) => {
    const token = await t.login('citizen-zhang')
    const zhang = (await meOf(t, token)).id
    await giveConsent(t, token, 'proxy.sharing')
    const body = { staffCode: 'WG330302002', scopes: ['records.read'], days: 10 }
    return { act: () => t.call('POST', '/api/proxy/grants', { token, body }), actor: zhang, subject: zhang }
  },
  'identity.revokeProxyGrant': async (t) => {
    const { grantId } = await seededGrantOf(t, await t.login('staff-chen'))
    const token = await t.login('elder-wang')
    const elder = (await meOf(t, token)).id
    return { act: () => t.call('POST', `/api/proxy/grants/${grantId}/revoke`, { token }), actor: elder, subject: elder }
  },
  'inbox.markRead': async (t) => {
    const token = await t.login('citizen-zhang')
    const zhang = (await meOf(t, token)).id
    await issueCertificate(t, { token })
    const page = Page(InboxMessage).parse(await (await t.call('GET', '/api/inbox/messages', { token })).json())
    return { act: () => t.call('POST', `/api/inbox/messages/${page.items[0]?.id}/read`, { token }), actor: zhang, subject: zhang }
  },
  'records.issueCertificate': async (t) => {
    const token = await t.login('staff-chen')
    const { grantId } = await seededGrantOf(t, token)
    const chen = (await meOf(t, token)).id
    const elder = await idOf(t, 'elder-wang')
    return { act: () => t.call('POST', '/api/records/certificates', { token, actingFor: grantId, body: certificateRequest }), actor: chen, subject: elder, via: grantId }
  },
  ...wagesAuditedWrites,
  ...payrollAuditedWrites,
  ...partnerAuditedWrites,
  ...retireeAuditedWrites,
  ...retireeVisitAuditedWrites,
  ...jobsAuditedWrites,
  ...jobsApplicationAuditedWrites,
  ...jobsInsuranceAuditedWrites,
  ...jobsSubsidyAuditedWrites,
  ...keptAuditedWrites,
  ...trainingAuditedWrites,
  ...cardAuditedWrites,
  ...disputesAuditedWrites,
  ...injuryAuditedWrites,
  ...contractsAuditedWrites,
}

test('every operation that writes has a walk step below', () => {
  const writing = allOperations.filter((operation) => operation.method !== 'get').map((operation) => operation.id)
  expect(Object.keys(writes).sort()).toEqual(writing.sort())
})

// One test per write, each with its own time: the walk as one test outgrew any single limit.
test.each(Object.entries(writes))('%s, when it succeeds, appends audit rows naming who acted, for whom, in which request, and under which grant', { timeout: 20_000 }, async (operationId, scenario) => {
  const t = await createTestContext({ wechat: sameWechatUser })
  const write = await scenario(t)
  t.clock.advance(minutes(1))
  const before = (await auditRows(t)).length
  const response = await write.act()
  expect(response.status, `${operationId} ${await response.clone().text()}`).toBeLessThan(300)
  const added = (await auditRows(t)).slice(before)
  expect(added.length, operationId).toBeGreaterThanOrEqual(1)
  const about = write.resolve ? await write.resolve(response.clone()) : { subject: write.subject, via: write.via ?? null }
  for (const row of added) {
    expect(
      { kind: row.kind, actor: row.actorUserId, subject: row.subjectUserId, via: row.viaGrantId, requestId: row.requestId, at: row.at },
      operationId,
    ).toEqual({
      kind: write.kind ?? 'write',
      actor: write.actor,
      subject: about.subject,
      via: about.via,
      requestId: response.headers.get('x-request-id'),
      at: t.clock.now().toISOString(),
    })
  }
  expect(added.map((row) => row.action), operationId).toContain(operationId.replace(/^identity\.(devLogin|wechatLogin)$/, 'identity.login'))
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: (await auditRows(t)).length })
})

test('a write that is refused appends no audit row of the write; a refused real-name binding is recorded as refused', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  const before = (await auditRows(t)).length
  await t.call('POST', '/api/me/real-name', { token, body: { name: '李娜', idNumber: '330304198807214523' } })
  await t.call('POST', '/api/records/certificates', { token, body: certificateRequest })
  await t.call('POST', '/api/proxy/grants/zzzzzzzzzzzzzzzzzzzzzzzzzz/revoke', { token })
  expect((await auditRows(t)).slice(before).map((row) => row.action)).toEqual(['identity.bindRealName.refused'])
})

test('the audit chain of a busy database verifies from the first row to the last', { timeout: 40_000 }, async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '1000' } })
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  for (let round = 0; round < 8; round += 1) {
    t.clock.advance(minutes(3))
    const zhang = await t.login('citizen-zhang')
    await t.call('GET', '/api/records/summary', { token: zhang })
    await t.call('GET', `/api/records/years/${2015 + round}`, { token: zhang })
    const certificate = await issueCertificate(t, { token: zhang })
    await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`)
    await t.call('GET', '/api/records/summary', { token: chen, actingFor: grantId })
    await issueCertificate(t, { token: chen, actingFor: grantId })
    await t.call('GET', '/api/inbox/pending', { token: zhang })
    await t.call('POST', '/api/auth/logout', { token: zhang })
  }
  const rows = await auditRows(t)
  // The seed and staff-chen's login, then nine audited acts a round.
  expect(rows.length).toBe(2 + 8 * 9)
  expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1))
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: rows.length })
})

test('an empty audit log verifies as intact with no rows', async () => {
  const t = await createTestContext({ seed: false })
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: 0 })
})

test('reads by many people at once are group-committed into one unbroken chain, each answered once its row is written', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '1000' } })
  const tokens = await Promise.all(['citizen-zhang', 'elder-wang', 'worker-zhao'].map((account) => t.login(account)))
  const before = (await auditRows(t)).length
  const responses = await Promise.all(tokens.flatMap((token) => Array.from({ length: 20 }, () => t.call('GET', '/api/records/summary', { token }))))
  expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200))
  const rows = await auditRows(t)
  const reads = rows.slice(before)
  expect(reads.filter((row) => row.action === 'records.getSummary')).toHaveLength(60)
  // Each response waited for its own row: all 60 request ids are in the log when the last answer arrives.
  expect(new Set(reads.map((row) => row.requestId))).toEqual(new Set(responses.map((response) => response.headers.get('x-request-id'))))
  expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, rows: rows.length })
})

import { asc, sql } from 'drizzle-orm'
import type { ProxyScope } from '@renshe/shared/identity/roles'
import { Consent, type ConsentPurpose, Me, ProxyClient, ProxyGrant } from '@renshe/shared/identity/schemas'
import { Certificate } from '@renshe/shared/records/schemas'
import { z } from 'zod'
import { consentDocuments } from '../modules/identity/consent-documents'
import { auditLog } from '../db/schema'
import type { CallOptions, TestContext } from './harness'
import { expectOk } from './http'
import { tableNames } from './test-database'

/** Steps many tests share, each through the API as a client would take them. */

export async function meOf(t: TestContext, token: string): Promise<Me> {
  return expectOk(await t.call('GET', '/api/me', { token }), Me)
}

export async function giveConsent(t: TestContext, token: string, purpose: ConsentPurpose): Promise<Consent> {
  const body = { purpose, version: consentDocuments[purpose].version }
  return expectOk(await t.call('POST', '/api/consents', { token, body }), Consent)
}

export async function withdrawConsent(t: TestContext, token: string, purpose: ConsentPurpose): Promise<Consent> {
  return expectOk(await t.call('POST', `/api/consents/${purpose}/withdraw`, { token }), Consent)
}

/** A citizen agrees to sharing and grants a grid staff member some scopes for some days. */
export async function grantProxy(
  t: TestContext,
  citizenToken: string,
  grant: { staffCode: string; scopes: readonly ProxyScope[]; days?: number },
): Promise<ProxyGrant> {
  await giveConsent(t, citizenToken, 'proxy.sharing')
  const body = { staffCode: grant.staffCode, scopes: grant.scopes, days: grant.days ?? 30 }
  return expectOk(await t.call('POST', '/api/proxy/grants', { token: citizenToken, body }), ProxyGrant, 201)
}

/** The grant elder-wang gave staff-chen in the seed, as staff-chen sees it. */
export async function seededGrantOf(t: TestContext, staffChenToken: string): Promise<ProxyClient> {
  const { clients } = await expectOk(await t.call('GET', '/api/proxy/clients', { token: staffChenToken }), z.object({ clients: z.array(ProxyClient) }))
  const [client] = clients
  if (!client || clients.length !== 1) throw new Error(`staff-chen should hold exactly the seeded grant, has ${clients.length}`)
  return client
}

export const certificateRequest = { purpose: 'school_enrollment', types: ['pension', 'medical'] } as const

export async function issueCertificate(t: TestContext, options: CallOptions & { token: string }): Promise<Certificate> {
  return expectOk(await t.call('POST', '/api/records/certificates', { body: certificateRequest, ...options }), Certificate, 201)
}

export function auditRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(auditLog).orderBy(asc(auditLog.seq)))
}

/** Every row of every table, as text: what someone holding a copy of the database would see. */
export async function databaseDump(t: TestContext): Promise<string> {
  const dumps: string[] = []
  for (const name of await tableNames(t.deps.db)) dumps.push(`${name}\n${JSON.stringify(await t.deps.db.rows(sql`select * from ${sql.identifier(name)}`))}`)
  return dumps.join('\n')
}

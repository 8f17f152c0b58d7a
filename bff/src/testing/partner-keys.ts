import { z } from 'zod'
import { PartnerKey, RotatedPartnerKey } from '@renshe/shared/retiree/schemas'
import { createApp } from '../app'
import { createDeps } from '../platform/create-deps'
import { createLogger } from '../platform/logger'
import { seededRandom } from '../platform/random'
import type { TestContext } from './harness'
import { expectOk } from './http'
import { sampleNonPensionerIdNumber } from './retiree-samples'

/** Steps of the partner-key tests, as an admin's phone or a partner's system takes them. */

export const PartnerKeyList = z.object({ items: z.array(PartnerKey) })

export async function partnerKeysAs(t: TestContext, token: string): Promise<PartnerKey[]> {
  return (await expectOk(await t.call('GET', '/api/retiree/partner-keys', { token }), PartnerKeyList)).items
}

/** The one key of a partner in the list (the seeded partners start with one each). */
export async function keyOfPartner(t: TestContext, token: string, partnerId: string, state: PartnerKey['state'] = 'active'): Promise<PartnerKey> {
  const key = (await partnerKeysAs(t, token)).find((candidate) => candidate.partnerId === partnerId && candidate.state === state)
  if (!key) throw new Error(`no ${state} key of ${partnerId}`)
  return key
}

export function rotateKey(t: TestContext, token: string, keyId: string): Promise<Response> {
  return t.call('POST', `/api/retiree/partner-keys/${keyId}/rotate`, { token })
}

export async function rotatedKey(t: TestContext, token: string, keyId: string): Promise<RotatedPartnerKey> {
  return expectOk(await rotateKey(t, token, keyId), RotatedPartnerKey, 201)
}

export function revokeKey(t: TestContext, token: string, keyId: string): Promise<Response> {
  return t.call('POST', `/api/retiree/partner-keys/${keyId}/revoke`, { token })
}

/** Where a partner's call goes: a test context, or another instance on its database. */
export type PartnerCalls = Pick<TestContext, 'call' | 'clock'>

let signals = 0

/** A sign of life of nobody who draws a pension, under a fresh reference: what a working key is tried with. */
export function signalWith(t: PartnerCalls, partnerKey: string): Promise<Response> {
  signals += 1
  const body = { signalId: `KEY-TRY-${signals}`, idNumber: sampleNonPensionerIdNumber, kind: 'hospital_visit', observedAt: t.clock.now().toISOString() }
  return t.call('POST', '/api/partner/life-signals', { partnerKey, body })
}

/**
 * A second portal instance on the test's database and clock, with dependencies of its own
 * (rate limiter, audit recorder, random source): nothing in memory is shared with the first.
 */
export function secondInstance(t: TestContext): PartnerCalls {
  const app = createApp(createDeps(t.deps.config, { db: t.deps.db, clock: t.clock, random: seededRandom(7), logger: createLogger('silent'), wechat: null }))
  return {
    clock: t.clock,
    call: (method, path, options = {}) => {
      const headers: Record<string, string> = { ...options.headers }
      if (options.partnerKey !== undefined) headers['x-partner-key'] = options.partnerKey
      if (options.body !== undefined) headers['content-type'] = 'application/json'
      return Promise.resolve(app.request(path, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) }))
    },
  }
}

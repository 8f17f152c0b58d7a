import { z } from 'zod'
import { defineOperation } from '@renshe/shared/platform/operation'
import { DataLevel, PartnerKind } from '@renshe/shared/retiree/schemas'
import { mountOperation } from '../platform/mount'
import { fail, ok } from '../platform/problem'
import { createTestContext, type TestContext } from './harness'

/** A partner operation that exists only in tests: it answers with who the platform says is calling. */
export const pingAsPartner = defineOperation({
  id: 'test.partnerPing',
  method: 'post',
  path: '/test/partner/ping',
  summary: 'Tell a partner who it is (test only)',
  tags: ['test'],
  access: { kind: 'partner', dataLevel: 2 },
  rateLimit: 'partner',
  successStatus: 201,
  body: z.strictObject({ reference: z.string().min(1).max(64), refuse: z.boolean().optional() }),
  response: z.object({
    reference: z.string(),
    partner: z.object({ id: z.string(), name: z.string(), kind: PartnerKind, dataLevel: DataLevel }),
    actorUserId: z.string().nullable(),
    subjectUserId: z.string().nullable(),
    principal: z.null(),
  }),
})

export interface PartnerTestContext extends TestContext {
  /** How many times the handler ran: a refused call must never reach it. */
  readonly handled: () => number
}

/** A test context with `pingAsPartner` mounted before any request (Hono's router takes no routes after its first match). */
export async function createPartnerTestContext(options: Parameters<typeof createTestContext>[0] = {}): Promise<PartnerTestContext> {
  const t = await createTestContext(options)
  let handled = 0
  mountOperation(t.app, t.deps, pingAsPartner, (ctx, { body }) => {
    handled += 1
    if (body.refuse) return fail('conflict')
    return ok({
      reference: body.reference,
      partner: ctx.partner,
      actorUserId: ctx.actor.actorUserId,
      subjectUserId: ctx.actor.subjectUserId,
      principal: ctx.principal,
    })
  })
  return { ...t, handled: () => handled }
}

export function ping(t: TestContext, options: { key?: string; body?: unknown; headers?: Record<string, string>; token?: string } = {}): Promise<Response> {
  return t.call('POST', '/api/test/partner/ping', {
    body: options.body ?? { reference: 'ref-1' },
    ...(options.key !== undefined ? { partnerKey: options.key } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.token ? { token: options.token } : {}),
  })
}

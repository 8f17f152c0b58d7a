import { eq, sql } from 'drizzle-orm'
import { onTestFinished } from 'vitest'
import { users } from '../db/schema'
import type { Deps } from '../platform/deps'
import { enqueueSubscribeMessage, type OutboundSubscribeMessage } from '../platform/outbox'
import { createWechatSubscribeSender, type SubscribeSender } from '../platform/subscribe-message'
import { startFakeWechatSubscribe, type FakeWechatSubscribe } from './fake-wechat-subscribe'
import { createTestContext, type TestContext } from './harness'

export const caseTemplateId = 'tmpl-case-progress'
const app = { appId: 'wx-test-app', secret: 'test-app-secret' }

export interface OutboxContext {
  readonly t: TestContext
  /** The test context's deps, with the subscribe sender talking to the fake WeChat. */
  readonly deps: Deps
  readonly wechat: FakeWechatSubscribe
  userIdOf(account: string): Promise<string>
  /** Stores a (sealed) openid for a demo account, as a WeChat login would. */
  giveOpenid(account: string, openid: string): Promise<string>
  enqueue(message: Partial<OutboundSubscribeMessage> & { userId: string }): Promise<void>
  rows(): Promise<OutboundRow[]>
}

export interface OutboundRow {
  id: string
  user_id: string
  template: string
  status: string
  attempts: number
  next_attempt_at: string
  sent_at: string | null
  last_error: string | null
  created_at: string
}

/** A seeded test context whose outbox sends to a local fake WeChat, closed when the test ends. */
export async function createOutboxContext(
  options: { readonly template?: string | null; readonly logLines?: string[]; readonly sender?: (real: SubscribeSender) => SubscribeSender } = {},
): Promise<OutboxContext> {
  const wechat = await startFakeWechatSubscribe(app)
  onTestFinished(() => wechat.close())
  const t = await createTestContext(options.logLines ? { logLines: options.logLines } : {})
  const real = createWechatSubscribeSender({ apiBase: wechat.url, ...app, timeoutMs: 500 })
  const deps: Deps = {
    ...t.deps,
    subscribe: { sender: options.sender ? options.sender(real) : real, templates: { case: options.template === undefined ? caseTemplateId : options.template } },
  }
  const userIdOf = async (account: string): Promise<string> => {
    const [user] = await t.deps.db.read((q) => q.select({ id: users.id }).from(users).where(eq(users.devAccount, account)))
    if (!user) throw new Error(`no demo account ${account}`)
    return user.id
  }
  return {
    t,
    deps,
    wechat,
    userIdOf,
    async giveOpenid(account, openid) {
      const id = await userIdOf(account)
      await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal(openid) }).where(eq(users.id, id)))
      return id
    },
    async enqueue(message) {
      await deps.db.transaction((tx) =>
        enqueueSubscribeMessage(tx, deps.random, deps.clock.now(), {
          template: 'wages.accepted',
          params: { caseNumber: 'WG2026000123' },
          link: '/features/wages/pages/case/index?id=c1',
          ...message,
        }),
      )
    },
    rows: () => t.deps.db.rows<OutboundRow>(sql`select * from outbound_messages order by created_at, id`),
  }
}

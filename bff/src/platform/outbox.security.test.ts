import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { fakeSubscribers } from '../testing/fake-wechat-subscribe'
import { createOutboxContext } from '../testing/outbox-context'
import { createSealer } from './crypto'
import { dispatchOutbound } from './outbox'
import { systemRandom } from './random'

const minute = 60_000

test('two dispatches running side by side send each message exactly once', async () => {
  const o = await createOutboxContext({
    sender: (real) => ({
      name: 'slow',
      send: async (message) => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        return real.send(message)
      },
    }),
  })
  const userId = await o.giveOpenid('citizen-zhang', 'o-zhang')
  for (let i = 0; i < 6; i += 1) await o.enqueue({ userId, params: { caseNumber: `WG20260000${i}` } })
  const [a, b, c] = await Promise.all([dispatchOutbound(o.deps), dispatchOutbound(o.deps), dispatchOutbound(o.deps)])
  expect((a?.sent ?? 0) + (b?.sent ?? 0) + (c?.sent ?? 0)).toBe(6)
  const sent = o.wechat.received.map((received) => received.body.data.thing1?.value)
  expect(new Set(sent).size).toBe(6)
  expect(sent).toHaveLength(6)
})

test('a dispatcher that dies while sending leaves the message to be sent again once its claim runs out', async () => {
  let crash = true
  const o = await createOutboxContext({
    sender: (real) => ({
      name: 'crashes once',
      send: (message) => {
        if (crash) {
          crash = false
          throw new Error('process killed mid-send')
        }
        return real.send(message)
      },
    }),
  })
  await o.enqueue({ userId: await o.giveOpenid('citizen-zhang', 'o-zhang') })
  await expect(dispatchOutbound(o.deps)).rejects.toThrow('process killed mid-send')
  expect(await o.rows()).toEqual([expect.objectContaining({ status: 'pending', attempts: 0 })])
  expect(await dispatchOutbound(o.deps), 'still claimed').toEqual({ sent: 0, skipped: 0, failed: 0 })
  o.t.clock.advance(5 * minute)
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 1, skipped: 0, failed: 0 })
})

test('the log of a dispatch holds no openid, no message data, no token and no secret', async () => {
  const logLines: string[] = []
  const o = await createOutboxContext({ logLines })
  const ok = await o.giveOpenid('citizen-zhang', 'o-zhang-openid-1234')
  const busy = await o.giveOpenid('elder-wang', fakeSubscribers.busy)
  const refused = await o.giveOpenid('citizen-li', fakeSubscribers.notSubscribed)
  for (const userId of [ok, busy, refused]) await o.enqueue({ userId, params: { caseNumber: 'WG2026000777' } })
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 1, skipped: 1, failed: 1 })
  expect(logLines.some((line) => line.includes('outbound_unavailable'))).toBe(true)
  const log = logLines.join('\n')
  for (const secret of ['o-zhang-openid-1234', fakeSubscribers.busy, fakeSubscribers.notSubscribed, 'WG2026000777', 'fake-token', 'test-app-secret', '已受理']) {
    expect(log, secret).not.toContain(secret)
  }
})

test('the database keeps WeChat’s error code only, never its message', async () => {
  const o = await createOutboxContext()
  await o.enqueue({ userId: await o.giveOpenid('citizen-zhang', fakeSubscribers.notSubscribed) })
  await o.enqueue({ userId: await o.giveOpenid('elder-wang', fakeSubscribers.serverError) })
  await dispatchOutbound(o.deps)
  const errors = (await o.rows()).map((row) => row.last_error)
  expect(errors.sort()).toEqual(['43101', 'http_500'])
})

test('an openid sealed under another key is skipped, not sent and not thrown, and is logged without its value', async () => {
  const logLines: string[] = []
  const o = await createOutboxContext({ logLines })
  const userId = await o.userIdOf('citizen-zhang')
  const foreign = createSealer(Buffer.alloc(32, 9), systemRandom).seal('o-foreign-openid')
  await o.t.deps.db.rows(sql`update users set wechat_openid_enc = ${foreign} where id = ${userId}`)
  await o.enqueue({ userId })
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 1, failed: 0 })
  expect(await o.rows()).toEqual([expect.objectContaining({ status: 'skipped', last_error: 'openid_unreadable' })])
  expect(o.wechat.requests).toEqual([])
  expect(logLines.join('\n')).not.toContain('o-foreign-openid')
})

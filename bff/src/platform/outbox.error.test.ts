import { expect, test } from 'vitest'
import { fakeSubscribers } from '../testing/fake-wechat-subscribe'
import { createOutboxContext } from '../testing/outbox-context'
import { dispatchOutbound, maxAttempts, retryDelayMs } from './outbox'

const minute = 60_000

test('a citizen who has not subscribed is skipped with WeChat’s code, and never asked again', async () => {
  const o = await createOutboxContext()
  await o.enqueue({ userId: await o.giveOpenid('citizen-zhang', fakeSubscribers.notSubscribed) })
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 1, failed: 0 })
  expect(await o.rows()).toEqual([expect.objectContaining({ status: 'skipped', attempts: 1, last_error: '43101', sent_at: null })])
  o.t.clock.advance(24 * 60 * minute)
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 0, failed: 0 })
  expect(o.wechat.received).toHaveLength(1)
})

test('while WeChat is unavailable a message is tried again after 1, 2, 4 … minutes, at most an hour, and given up after eight tries', async () => {
  const o = await createOutboxContext()
  await o.enqueue({ userId: await o.giveOpenid('citizen-zhang', fakeSubscribers.busy) })
  const waits: number[] = []
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    expect(await dispatchOutbound(o.deps), `attempt ${attempt}`).toEqual({ sent: 0, skipped: 0, failed: 1 })
    const [row] = await o.rows()
    expect(row).toMatchObject({ attempts: attempt, last_error: '-1', status: attempt < maxAttempts ? 'pending' : 'failed' })
    const wait = Date.parse(row?.next_attempt_at ?? '') - o.t.clock.now().getTime()
    waits.push(wait / minute)
    expect(await dispatchOutbound(o.deps), 'not due yet').toEqual({ sent: 0, skipped: 0, failed: 0 })
    o.t.clock.advance(wait)
  }
  expect(waits.slice(0, maxAttempts - 1)).toEqual([1, 2, 4, 8, 16, 32, 60])
  o.t.clock.advance(24 * 60 * minute)
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 0, failed: 0 })
  expect(o.wechat.received).toHaveLength(maxAttempts)
})

test('the wait between tries doubles from a minute and stops growing at an hour', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempts) => retryDelayMs(attempts) / minute)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60])
})

test('a message that found WeChat down is sent once WeChat is back', async () => {
  let calls = 0
  const o = await createOutboxContext({
    sender: (real) => ({
      name: 'down once',
      send: (message) => (++calls === 1 ? Promise.resolve({ ok: false, reason: 'unavailable', code: 'timeout' }) : real.send(message)),
    }),
  })
  await o.enqueue({ userId: await o.giveOpenid('citizen-zhang', 'o-zhang') })
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 0, failed: 1 })
  o.t.clock.advance(minute)
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 1, skipped: 0, failed: 0 })
  expect(await o.rows()).toEqual([expect.objectContaining({ status: 'sent', attempts: 2, last_error: null })])
})

test('without a case-progress template configured, messages are skipped and WeChat is not asked', async () => {
  const o = await createOutboxContext({ template: null })
  await o.enqueue({ userId: await o.giveOpenid('citizen-zhang', 'o-zhang') })
  expect(await dispatchOutbound(o.deps)).toEqual({ sent: 0, skipped: 1, failed: 0 })
  expect(await o.rows()).toEqual([expect.objectContaining({ status: 'skipped', last_error: 'no_template' })])
  expect(o.wechat.requests).toEqual([])
})

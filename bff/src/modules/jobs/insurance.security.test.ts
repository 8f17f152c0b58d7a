import { generateKeyPairSync } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { FlexibleEnrolment, FlexiblePayment, MyFlexibleInsurance, StartedPayment } from '@renshe/shared/jobs/insurance'
import { contributions, flexiblePayments, users } from '../../db/schema'
import { startPayContext } from '../../platform/payments/wechat-pay-test-context'
import { auditRows, grantProxy, meOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'

const quarterly = { baseFen: 600_000, period: 'quarter', medical: false } as const

/** Zhao as WeChat knows him: the real channel names the payer by openid. */
async function zhaoInWechat(t: TestContext): Promise<string> {
  const token = await t.login('worker-zhao')
  const id = (await meOf(t, token)).id
  await t.deps.db.transaction((tx) => tx.update(users).set({ wechatOpenidEnc: t.deps.sealer.seal('o-worker-zhao') }).where(eq(users.id, id)))
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  return token
}

/** Months paid through this module (the seeded register has flexible months of its own, under another name). */
async function flexibleMonths(t: TestContext): Promise<string[]> {
  const rows = await t.deps.db.read((q) => q.select({ month: contributions.month }).from(contributions).where(eq(contributions.employerName, '灵活就业人员个人缴费')))
  return rows.map((row) => row.month).sort()
}

test('through WeChat Pay, a payment stays pending until WeChat Pay’s signed notification says it is paid, and a repeat of it changes nothing', async () => {
  const pay = await startPayContext()
  const t = await createTestContext({ payments: pay.channel })
  const token = await zhaoInWechat(t)
  const started = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'wx-pay-2026-q4-01' }), StartedPayment, 201)
  expect(started.payment.status).toBe('pending')
  expect(started.payRequest).toMatchObject({ signType: 'RSA', package: expect.stringMatching(/^prepay_id=/) })
  expect(pay.wechatPay.orders.get(startedOrder(pay))).toMatchObject({ total: 240_000, openid: 'o-worker-zhao' })
  expect(await flexibleMonths(t)).toEqual([])

  const outTradeNo = startedOrder(pay)
  pay.wechatPay.pay(outTradeNo)
  const notification = pay.wechatPay.notificationFor(outTradeNo)
  const first = await t.call('POST', '/api/jobs/insurance/payments/notify', { body: notification.body, headers: { ...notification.headers, 'content-type': 'application/json' } })
  expect(first.status).toBe(204)
  expect(await flexibleMonths(t)).toEqual(['2026-11', '2026-12'])
  const again = await t.call('POST', '/api/jobs/insurance/payments/notify', { body: notification.body, headers: { ...notification.headers, 'content-type': 'application/json' } })
  expect(again.status).toBe(204)
  expect(await flexibleMonths(t)).toEqual(['2026-11', '2026-12'])
  const payment = await expectOk(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token }), FlexiblePayment)
  expect(payment).toMatchObject({ status: 'paid', channel: 'wechat' })
  // The settlement by notification names no one as actor and the worker as subject.
  await t.deps.audit.drain()
  const settled = (await auditRows(t)).filter((row) => row.action === 'jobs.flexiblePaymentPaid')
  expect(settled.map(({ actorUserId, subjectUserId }) => ({ actorUserId, subjectUserId }))).toEqual([{ actorUserId: null, subjectUserId: (await meOf(t, token)).id }])
})

function startedOrder(pay: Awaited<ReturnType<typeof startPayContext>>): string {
  const [outTradeNo] = [...pay.wechatPay.orders.keys()]
  if (!outTradeNo) throw new Error('no order reached WeChat Pay')
  return outTradeNo
}

test('a forged, a foreign or an old notification is refused and settles nothing', async () => {
  const pay = await startPayContext()
  const t = await createTestContext({ payments: pay.channel })
  const token = await zhaoInWechat(t)
  const started = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'wx-pay-2026-q4-02' }), StartedPayment, 201)
  const outTradeNo = startedOrder(pay)
  pay.wechatPay.pay(outTradeNo)
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  const refused = [
    pay.wechatPay.notificationFor(outTradeNo, { signWith: stranger }),
    pay.wechatPay.notificationFor(outTradeNo, { serial: 'PUB_KEY_ID_SOMEONE_ELSE' }),
    pay.wechatPay.notificationFor(outTradeNo, { at: Math.floor(pay.clock.now() / 1000) - 600 }),
  ]
  for (const notification of refused) {
    const answer = await t.call('POST', '/api/jobs/insurance/payments/notify', { body: notification.body, headers: { ...notification.headers, 'content-type': 'application/json' } })
    expect(answer.status).toBe(401)
  }
  const [row] = await t.deps.db.read((q) => q.select().from(flexiblePayments).where(eq(flexiblePayments.id, started.payment.id)))
  expect(row?.status).toBe('pending')
  expect(await flexibleMonths(t)).toEqual([])
})

test('a lost notification does not leave a paid period unpaid: opening the payment asks WeChat Pay', async () => {
  const pay = await startPayContext()
  const t = await createTestContext({ payments: pay.channel })
  const token = await zhaoInWechat(t)
  const started = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'wx-pay-2026-q4-03' }), StartedPayment, 201)
  expect((await expectOk(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token }), FlexiblePayment)).status).toBe('pending')
  pay.wechatPay.pay(startedOrder(pay))
  expect((await expectOk(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token }), FlexiblePayment)).status).toBe('paid')
  expect(await flexibleMonths(t)).toEqual(['2026-11', '2026-12'])
  // While one is pending, a second start (another key) gives the same payment, never a second order.
  const pending = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(pending.payments).toHaveLength(1)
})

test('an account that never logged in through WeChat cannot be charged by WeChat Pay, and its months are released', async () => {
  const pay = await startPayContext()
  const t = await createTestContext({ payments: pay.channel })
  const token = await t.login('worker-zhao')
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token, body: quarterly }), FlexibleEnrolment)
  await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'wx-pay-2026-q4-04' }), 'conflict')
  expect(pay.wechatPay.orders.size).toBe(0)
  const insurance = await expectOk(await t.call('GET', '/api/jobs/insurance', { token }), MyFlexibleInsurance)
  expect(insurance.next?.months).toEqual(['2026-11', '2026-12'])
})

test('another citizen cannot open a worker’s payment, nor learn from the refusal that it exists', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  await expectOk(await t.call('PUT', '/api/jobs/insurance', { token: zhao, body: quarterly }), FlexibleEnrolment)
  const started = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token: zhao, idempotencyKey: 'pay-2026-q4-sec-01' }), StartedPayment, 201)
  const zhang = await t.login('citizen-zhang')
  const theirs = await expectProblem(await t.call('GET', `/api/jobs/insurance/payments/${started.payment.id}`, { token: zhang }), 'not_found')
  const none = await expectProblem(await t.call('GET', '/api/jobs/insurance/payments/no-such-payment', { token: zhang }), 'not_found')
  expect({ ...theirs, requestId: '', instance: '' }).toEqual({ ...none, requestId: '', instance: '' })
  // Zhang's own insurance is his, empty.
  expect((await expectOk(await t.call('GET', '/api/jobs/insurance', { token: zhang }), MyFlexibleInsurance)).payments).toEqual([])
})

test('grid staff helping under jobs.assist may read a worker’s pension payments, never enrol or pay for her; other roles reach nothing', async () => {
  const t = await createTestContext()
  const wang = await t.login('elder-wang')
  const grant = await grantProxy(t, wang, { staffCode: 'WG330302001', scopes: ['jobs.assist'] })
  const staff = await t.login('staff-chen')
  expect((await t.call('GET', '/api/jobs/insurance', { token: staff, actingFor: grant.id })).status).toBe(200)
  await expectProblem(await t.call('PUT', '/api/jobs/insurance', { token: staff, actingFor: grant.id, body: quarterly }), 'proxy_not_allowed')
  await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token: staff, actingFor: grant.id, idempotencyKey: 'pay-for-her-0001' }), 'proxy_not_allowed')
  for (const account of ['officer-liu', 'employer-demo']) {
    const token = await t.login(account)
    await expectProblem(await t.call('GET', '/api/jobs/insurance', { token }), 'forbidden', { because: account })
    await expectProblem(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: `pay-by-${account}-01` }), 'forbidden', { because: account })
  }
})

test('eight starts at once, each with its own key, open one payment of the months and one order, never two', async () => {
  const pay = await startPayContext()
  const t = await createTestContext({ payments: pay.channel })
  const token = await zhaoInWechat(t)
  const answers = await Promise.all(
    Array.from({ length: 8 }, (_, index) => t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: `wx-pay-race-${index}-0000` })),
  )
  const started = await Promise.all(answers.filter((answer) => answer.status === 201).map((answer) => expectOk(answer, StartedPayment, 201)))
  expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true)
  expect(new Set(started.map((one) => one.payment.id)).size).toBe(1)
  expect(await t.deps.db.read((q) => q.select().from(flexiblePayments))).toHaveLength(1)
  expect(pay.wechatPay.orders.size).toBe(1)
})

test('while a WeChat payment is pending, a retry of its start and a new start both give the pay sheet again, for the same order', async () => {
  const pay = await startPayContext()
  const t = await createTestContext({ payments: pay.channel })
  const token = await zhaoInWechat(t)
  const first = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'wx-pay-2026-q4-05' }), StartedPayment, 201)
  const retried = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'wx-pay-2026-q4-05' }), StartedPayment, 201)
  const again = await expectOk(await t.call('POST', '/api/jobs/insurance/payments', { token, idempotencyKey: 'wx-pay-2026-q4-06' }), StartedPayment, 201)
  for (const started of [retried, again]) {
    expect(started.payment).toEqual(first.payment)
    expect(started.payRequest?.package).toBe(first.payRequest?.package)
  }
  expect(pay.wechatPay.orders.size).toBe(1)
})

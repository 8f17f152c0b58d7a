import { expect, test } from 'vitest'
import { createDevelopmentPaymentChannel } from './development-payment-channel'
import type { PayoutRequest } from './payment-channel'
import { merchant, startPayContext, transferNotifyUrl } from './wechat-pay-test-context'

const subsidy: PayoutRequest = { outBillNo: 'FS0123456789ABCDEFGHJKMNPQ', amountFen: 160_000, payeeOpenid: 'o-worker-li', remark: '灵活就业社会保险补贴', payeeName: '李华', notifyUrl: transferNotifyUrl }

/** The headers of every request the client sent, as WeChat Pay would receive them. */
function headerSpy() {
  const sent: Headers[] = []
  const spy: typeof fetch = (input, init) => {
    sent.push(new Headers(init?.headers))
    return fetch(input, init)
  }
  return { sent, spy }
}

test('a subsidy is paid out with a signed transfer bill; the payee confirms it in WeChat and the query then says SUCCESS', async () => {
  const { wechatPay, channel } = await startPayContext()
  const paid = await channel.payout(subsidy)
  if (!paid.ok) throw new Error(`no payout: ${paid.error} ${paid.code}`)
  expect(paid.payout).toMatchObject({ outBillNo: subsidy.outBillNo, state: 'WAIT_USER_CONFIRM', development: false })
  expect(paid.payout.packageInfo).toMatch(/^fake-package-/)
  expect(wechatPay.bills.get(subsidy.outBillNo)).toMatchObject({ appid: 'wx-test-app', sceneId: '1000', openid: 'o-worker-li', amount: 160_000, remark: '灵活就业社会保险补贴' })
  expect(wechatPay.received).toEqual([{ method: 'POST', path: '/v3/fund-app/mch-transfer/transfer-bills', signed: true }])

  wechatPay.endTransfer(subsidy.outBillNo, 'SUCCESS')
  const queried = await channel.queryPayout(subsidy.outBillNo)
  expect(queried).toEqual({ ok: true, payout: { outBillNo: subsidy.outBillNo, transferBillNo: paid.payout.transferBillNo, state: 'SUCCESS', packageInfo: null, development: false } })
})

test('asking again under the same number is the same transfer, never a second one', async () => {
  const { wechatPay, channel } = await startPayContext()
  const first = await channel.payout(subsidy)
  const again = await channel.payout(subsidy)
  if (!first.ok || !again.ok) throw new Error('no payout')
  expect(again.payout.transferBillNo).toBe(first.payout.transferBillNo)
  expect(wechatPay.bills.size).toBe(1)
  expect(await channel.payout({ ...subsidy, amountFen: 999 })).toMatchObject({ ok: false, error: 'rejected', code: 'INVALID_REQUEST' })
})

test('a subsidy of 2,000 yuan or more carries the payee’s real name sealed with WeChat Pay’s public key, and names that key in Wechatpay-Serial', async () => {
  const { sent, spy } = headerSpy()
  const { wechatPay, channel } = await startPayContext({ fetch: spy })
  for (const [outBillNo, amountFen] of [
    ['FS0000000000000000000LARGE1', 200_000],
    ['FS0000000000000000000LARGE2', 320_000],
  ] as const) {
    const paid = await channel.payout({ ...subsidy, outBillNo, amountFen })
    expect(paid, outBillNo).toMatchObject({ ok: true, payout: { outBillNo, state: 'WAIT_USER_CONFIRM' } })
    // The fake opened it with WeChat Pay's private key: the name arrived, and only sealed.
    expect(wechatPay.bills.get(outBillNo)).toMatchObject({ amount: amountFen, userName: '李华' })
  }
  expect(sent.map((headers) => headers.get('wechatpay-serial'))).toEqual([merchant.platformPublicKeyId, merchant.platformPublicKeyId])
})

test('below 2,000 yuan the transfer goes out as before: no name is sent, and no Wechatpay-Serial', async () => {
  const { sent, spy } = headerSpy()
  const { wechatPay, channel } = await startPayContext({ fetch: spy })
  expect(await channel.payout({ ...subsidy, amountFen: 199_999 })).toMatchObject({ ok: true, payout: { state: 'WAIT_USER_CONFIRM' } })
  expect(await channel.payout({ ...subsidy, outBillNo: 'FS0000000000000000000NONAME', payeeName: null })).toMatchObject({ ok: true })
  expect([...wechatPay.bills.values()].map((bill) => [bill.userName, bill.userNameSealed])).toEqual([
    [null, null],
    [null, null],
  ])
  expect(sent.map((headers) => headers.get('wechatpay-serial'))).toEqual([null, null])
})

test('the development channel pays out at once, moves no money and says so', async () => {
  const channel = createDevelopmentPaymentChannel()
  expect(await channel.queryPayout(subsidy.outBillNo)).toMatchObject({ ok: false, error: 'not_found' })
  const paid = await channel.payout(subsidy)
  expect(paid).toEqual({ ok: true, payout: { outBillNo: subsidy.outBillNo, transferBillNo: `dev-pay:${subsidy.outBillNo}`, state: 'SUCCESS', packageInfo: null, development: true } })
  expect(await channel.queryPayout(subsidy.outBillNo)).toEqual(paid)
  expect(await channel.payout({ ...subsidy, amountFen: 1 })).toMatchObject({ ok: false, error: 'conflict' })
})

test('the development channel takes the payee’s name for a large payout, pays at once, and hands nothing of the name back', async () => {
  const channel = createDevelopmentPaymentChannel()
  const paid = await channel.payout({ ...subsidy, amountFen: 320_000 })
  expect(paid).toEqual({ ok: true, payout: { outBillNo: subsidy.outBillNo, transferBillNo: `dev-pay:${subsidy.outBillNo}`, state: 'SUCCESS', packageInfo: null, development: true } })
  expect(JSON.stringify([paid, await channel.queryPayout(subsidy.outBillNo)])).not.toContain('李华')
})

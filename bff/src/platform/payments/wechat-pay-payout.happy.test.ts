import { expect, test } from 'vitest'
import { createDevelopmentPaymentChannel } from './development-payment-channel'
import type { PayoutRequest } from './payment-channel'
import { startPayContext } from './wechat-pay-test-context'

const subsidy: PayoutRequest = { outBillNo: 'FS0123456789ABCDEFGHJKMNPQ', amountFen: 160_000, payeeOpenid: 'o-worker-li', remark: '灵活就业社会保险补贴' }

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

test('the development channel pays out at once, moves no money and says so', async () => {
  const channel = createDevelopmentPaymentChannel()
  expect(await channel.queryPayout(subsidy.outBillNo)).toMatchObject({ ok: false, error: 'not_found' })
  const paid = await channel.payout(subsidy)
  expect(paid).toEqual({ ok: true, payout: { outBillNo: subsidy.outBillNo, transferBillNo: `dev-pay:${subsidy.outBillNo}`, state: 'SUCCESS', packageInfo: null, development: true } })
  expect(await channel.queryPayout(subsidy.outBillNo)).toEqual(paid)
  expect(await channel.payout({ ...subsidy, amountFen: 1 })).toMatchObject({ ok: false, error: 'conflict' })
})

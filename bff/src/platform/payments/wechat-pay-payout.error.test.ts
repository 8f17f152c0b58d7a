import { expect, test } from 'vitest'
import type { PayoutRequest } from './payment-channel'
import { startPayContext } from './wechat-pay-test-context'

const subsidy: PayoutRequest = { outBillNo: 'FS0123456789ABCDEFGHJKMNPQ', amountFen: 160_000, payeeOpenid: 'o-worker-li', remark: '灵活就业社会保险补贴' }

test('junk never reaches WeChat Pay: a bad number, amount or remark is refused here', async () => {
  const { wechatPay, channel } = await startPayContext()
  for (const request of [
    { ...subsidy, outBillNo: 'FS-with-dashes' },
    { ...subsidy, amountFen: 0 },
    { ...subsidy, amountFen: 1.5 },
    { ...subsidy, remark: '' },
    { ...subsidy, remark: 'x'.repeat(33) },
    { ...subsidy, payeeOpenid: '' },
  ]) {
    expect(await channel.payout(request)).toMatchObject({ ok: false, error: 'rejected', code: 'invalid_request' })
  }
  expect(await channel.queryPayout('../../v3/pay')).toMatchObject({ ok: false, error: 'not_found' })
  expect(wechatPay.received).toEqual([])
})

test('without a transfer scene granted, no payout is attempted', async () => {
  const { wechatPay, channel } = await startPayContext({ transferSceneId: null })
  expect(await channel.payout(subsidy)).toMatchObject({ ok: false, error: 'rejected', code: 'transfer_scene_not_configured' })
  expect(wechatPay.received).toEqual([])
})

test('a server error, an unsigned or forged answer, or no answer at all is "unavailable": the same transfer may be asked again', async () => {
  const { wechatPay, channel } = await startPayContext({ timeoutMs: 200 })
  for (const trouble of ['serverError', 'unsigned', 'signedByStranger', 'notJson', 'hang'] as const) {
    wechatPay.setTrouble(trouble)
    expect(await channel.payout(subsidy), trouble).toMatchObject({ ok: false, error: 'unavailable' })
  }
  wechatPay.setTrouble(null)
  // Some of those reached WeChat Pay and made the transfer (only the answer was lost): asking again finds that one.
  expect(await channel.queryPayout(subsidy.outBillNo)).toMatchObject({ ok: true, payout: { state: 'WAIT_USER_CONFIRM' } })
  expect(await channel.payout(subsidy)).toMatchObject({ ok: true, payout: { state: 'WAIT_USER_CONFIRM' } })
  expect(wechatPay.bills.size).toBe(1)
})

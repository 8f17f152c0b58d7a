import { expect, test } from 'vitest'
import { generateKeyPairSync } from 'node:crypto'
import { fakePayKeys } from './fake-wechat-pay'
import type { PayoutRequest } from './payment-channel'
import { createWechatPayChannel } from './wechat-pay-channel'
import { authorizationOf, sealSensitive } from './wechat-pay-signing'
import { merchant, payStart, startPayContext, transferNotifyUrl } from './wechat-pay-test-context'

const subsidy: PayoutRequest = { outBillNo: 'FS0123456789ABCDEFGHJKMNPQ', amountFen: 160_000, payeeOpenid: 'o-worker-li', remark: '灵活就业社会保险补贴', payeeName: '李华', notifyUrl: transferNotifyUrl }
const large: PayoutRequest = { ...subsidy, outBillNo: 'FS0000000000000000000LARGE1', amountFen: 320_000 }

/** A transfer request signed by the merchant as the client signs it, posted to the fake as it stands. */
async function postTransfer(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const path = '/v3/fund-app/mch-transfer/transfer-bills'
  const text = JSON.stringify(body)
  const authorization = authorizationOf({
    mchId: merchant.mchId,
    serialNo: merchant.merchantSerial,
    privateKey: fakePayKeys().merchant.privateKey,
    method: 'POST',
    pathAndQuery: path,
    timestamp: String(payStart / 1000),
    nonce: 'A1B2C3D4E5F60718',
    body: text,
  })
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization, 'content-type': 'application/json', ...headers }, body: text })
  return { status: response.status, body: await response.json() }
}

const transferBody = { appid: merchant.appId, out_bill_no: 'FS0000000000000000000RAW01', transfer_scene_id: '1000', openid: 'o-worker-li', transfer_amount: 320_000, transfer_remark: '灵活就业社会保险补贴' }

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

test('2,000 yuan or more for a payee with no real name bound is refused here, logged by code; nothing reaches WeChat Pay', async () => {
  const { wechatPay, channel, logLines } = await startPayContext()
  for (const payeeName of [null, '', '   ']) {
    expect(await channel.payout({ ...large, payeeName }), String(payeeName)).toEqual({ ok: false, error: 'rejected', code: 'payee_name_required' })
  }
  expect(wechatPay.received).toEqual([])
  expect(logLines).toEqual(Array.from({ length: 3 }, () => ({ event: 'payment_payout_refused', code: 'payee_name_required' })))
})

test('a name too long for WeChat Pay’s key, or a WeChat Pay key that is not RSA, cannot be sealed: refused here, nothing sent', async () => {
  const { wechatPay, channel } = await startPayContext()
  expect(await channel.payout({ ...large, payeeName: '赵'.repeat(80) })).toEqual({ ok: false, error: 'rejected', code: 'payee_name_unsealable' })
  const keys = fakePayKeys()
  const sm2Like = createWechatPayChannel({
    ...merchant,
    apiBase: wechatPay.url,
    transferSceneId: '1000',
    merchantPrivateKey: keys.merchant.privateKey,
    platformPublicKey: generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey,
    now: () => payStart,
  })
  expect(await sm2Like.payout(large)).toEqual({ ok: false, error: 'rejected', code: 'payee_name_key_unusable' })
  expect(wechatPay.received).toEqual([])
})

test('WeChat Pay (the fake) refuses a sealed name sent under another key id, or with no Wechatpay-Serial: no transfer is made', async () => {
  for (const headers of [{ 'Wechatpay-Serial': 'PUB_KEY_ID_0119000001092026112900000000000002' }, {}]) {
    const rewrite: typeof fetch = (input, init) => {
      const sent = { ...(init?.headers as Record<string, string>) }
      delete sent['Wechatpay-Serial']
      return fetch(input, { ...init, headers: { ...sent, ...headers } })
    }
    const { wechatPay, channel } = await startPayContext({ fetch: rewrite })
    expect(await channel.payout(large), JSON.stringify(headers)).toEqual({ ok: false, error: 'rejected', code: 'PARAM_ERROR' })
    expect(wechatPay.bills.size).toBe(0)
  }
})

test('WeChat Pay (the fake) refuses 2,000 yuan or more without user_name, a name sent in plain text, or one sealed with another key', async () => {
  const { wechatPay } = await startPayContext()
  const serial = { 'Wechatpay-Serial': merchant.platformPublicKeyId }
  const refused = (message: string) => ({ status: 400, body: { code: 'PARAM_ERROR', message } })
  expect(await postTransfer(wechatPay.url, transferBody)).toEqual(refused('转账金额>=2000元时，收款用户姓名（user_name）必填'))
  expect(await postTransfer(wechatPay.url, { ...transferBody, user_name: '李华' }, serial)).toEqual(refused('请确认待处理的消息是否为加密后的密文'))
  const sealedForStranger = sealSensitive(fakePayKeys().stranger.publicKey, '李华')
  expect(await postTransfer(wechatPay.url, { ...transferBody, user_name: sealedForStranger }, serial)).toEqual(refused('请确认待处理的消息是否为加密后的密文'))
  expect(wechatPay.bills.size).toBe(0)
  // Below 2,000 yuan the name may be left out.
  expect((await postTransfer(wechatPay.url, { ...transferBody, transfer_amount: 199_999 })).status).toBe(200)
})

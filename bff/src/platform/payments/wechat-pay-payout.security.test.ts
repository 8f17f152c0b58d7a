import { expect, test } from 'vitest'
import type { Logger } from '../logger'
import { fakePayKeys } from './fake-wechat-pay'
import type { PayoutRequest } from './payment-channel'
import { createWechatPayChannel } from './wechat-pay-channel'
import { merchant, payStart, startPayContext, transferNotifyUrl } from './wechat-pay-test-context'

const name = '李华'
const large: PayoutRequest = { outBillNo: 'FS0000000000000000000LARGE1', amountFen: 320_000, payeeOpenid: 'o-worker-li', remark: '灵活就业社会保险补贴', payeeName: name, notifyUrl: transferNotifyUrl }

/** The real client against the fake, with every field of every log line kept, and the request headers rewritten by `rewrite`. */
async function logged(rewrite: (headers: Record<string, string>) => Record<string, string> = (headers) => headers) {
  const { wechatPay } = await startPayContext()
  const lines: string[] = []
  const record = (event: string, fields?: Record<string, unknown>) => void lines.push(JSON.stringify({ event, ...fields }))
  const logger: Logger = { debug: record, info: record, warn: record, error: record }
  const keys = fakePayKeys()
  const channel = createWechatPayChannel({
    ...merchant,
    apiBase: wechatPay.url,
    transferSceneId: '1000',
    merchantPrivateKey: keys.merchant.privateKey,
    platformPublicKey: keys.platform.publicKey,
    now: () => payStart,
    logger,
    fetch: (input, init) => fetch(input, { ...init, headers: rewrite({ ...(init?.headers as Record<string, string>) }) }),
  })
  return { wechatPay, channel, lines }
}

test('the name travels only sealed: not in plain text, not merely encoded, and sealed anew each time', async () => {
  const { wechatPay, channel } = await logged()
  expect((await channel.payout(large)).ok).toBe(true)
  expect((await channel.payout({ ...large, outBillNo: 'FS0000000000000000000LARGE2' })).ok).toBe(true)
  const [first = '', second = ''] = [...wechatPay.bills.values()].map((bill) => bill.userNameSealed ?? '')
  for (const sealed of [first, second]) {
    expect(sealed).not.toContain(name)
    expect(Buffer.from(sealed, 'base64').toString('utf8')).not.toContain(name)
    // 256 bytes: one RSA-2048 block, as OAEP under WeChat Pay's key makes it.
    expect(Buffer.from(sealed, 'base64')).toHaveLength(256)
  }
  expect(first).not.toBe(second)
  expect([...wechatPay.bills.values()].map((bill) => bill.userName)).toEqual([name, name])
})

test('the name is in no log line, whether the payout is refused here, refused by WeChat Pay, or made', async () => {
  const wrongSerial = await logged((headers) => ({ ...headers, 'Wechatpay-Serial': 'PUB_KEY_ID_0119000001092026112900000000000002' }))
  expect(await wrongSerial.channel.payout(large)).toMatchObject({ ok: false, code: 'PARAM_ERROR' })
  expect(await wrongSerial.channel.payout({ ...large, payeeName: name.repeat(60) })).toMatchObject({ ok: false, code: 'payee_name_unsealable' })
  const made = await logged()
  expect((await made.channel.payout(large)).ok).toBe(true)
  const lines = [...wrongSerial.lines, ...made.lines]
  expect(wrongSerial.lines).toEqual([JSON.stringify({ event: 'payment_payout_failed', code: 'PARAM_ERROR' }), JSON.stringify({ event: 'payment_payout_refused', code: 'payee_name_unsealable' })])
  for (const line of lines) expect(line).not.toContain(name)
})

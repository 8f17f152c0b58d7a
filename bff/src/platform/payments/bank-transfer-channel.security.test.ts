import { createHmac } from 'node:crypto'
import { createServer } from 'node:http'
import { expect, onTestFinished, test } from 'vitest'
import { loadConfig } from '../../config'
import type { Logger } from '../logger'
import { systemRandom } from '../random'
import type { AccountTransferResult } from './account-transfer'
import { bankGatewayEnvironment, bankStart, gatewayClient, institutionTransfer, signedGatewayAnswer, startBankContext } from './bank-gateway-test-context'
import { createBankTransferChannel } from './bank-transfer-channel'

const no = institutionTransfer.outTransferNo
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} }

/** What went out: the URL, and the request as `fetch` was handed it. */
type Sent = { readonly url: string; readonly init: RequestInit }

/** A `fetch` that keeps every request it passes on, and may change each on its way (`alter`). */
function recording(alter: (sent: Sent) => Sent = (sent) => sent) {
  const sent: Sent[] = []
  const doFetch: typeof fetch = (input, init) => {
    const out = alter({ url: input instanceof URL ? input.href : input instanceof Request ? input.url : input, init: init ?? {} })
    sent.push(out)
    return fetch(out.url, out.init)
  }
  return { sent, fetch: doFetch }
}

const headersOf = (sent: Sent) => sent.init.headers as Record<string, string>

test('every request carries our client id, the time, a new nonce and the signature the contract describes', async () => {
  const wire = recording()
  const { gateway, channel } = await startBankContext({ fetch: wire.fetch })
  await channel.transfer(institutionTransfer)
  await channel.queryTransfer(no)
  const [post, get] = wire.sent
  if (!post || !get) throw new Error('two requests expected')
  const expected = (method: string, path: string, sent: Sent) => {
    const headers = headersOf(sent)
    const lines = `${method}\n${path}\n${headers['X-Timestamp']}\n${headers['X-Nonce']}\n${typeof sent.init.body === 'string' ? sent.init.body : ''}\n`
    return createHmac('sha256', gatewayClient.key).update(lines).digest('base64')
  }
  for (const sent of [post, get]) {
    expect(headersOf(sent)).toMatchObject({ 'X-Client-Id': gatewayClient.clientId, 'X-Timestamp': String(bankStart / 1000), 'X-Nonce': expect.stringMatching(/^[0-9a-f]{32}$/) })
  }
  expect(headersOf(post)['X-Signature']).toBe(expected('POST', '/v1/transfers', post))
  expect(headersOf(get)['X-Signature']).toBe(expected('GET', `/v1/transfers/${no}`, get))
  expect(get.init.body).toBeUndefined()
  expect(headersOf(post)['X-Nonce']).not.toBe(headersOf(get)['X-Nonce'])
  expect(gateway.received.map((request) => request.signed)).toEqual([true, true])
})

test('a client holding another key is refused by the gateway, nothing is paid, and the gateway’s answer cannot be believed by it either', async () => {
  const { gateway } = await startBankContext()
  const impostor = createBankTransferChannel({ ...gatewayClient, key: 'Z'.repeat(32), baseUrl: gateway.url, now: () => bankStart, random: systemRandom, logger: silent })
  // The gateway signs its refusal with the key it shares with us, which the impostor does not hold.
  expect(await impostor.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'answer_bad_signature' })
  expect(gateway.received).toEqual([{ method: 'POST', path: '/v1/transfers', signed: false }])
  expect(gateway.transfers.size).toBe(0)
})

test('a request changed on its way (another account, another amount) is refused by the gateway and nothing is paid', async () => {
  for (const [from, to] of [
    [institutionTransfer.payeeAccountNo, '6222020000000000001'],
    ['"amount_fen":180000', '"amount_fen":1800000'],
  ] as const) {
    const wire = recording((sent) => ({ ...sent, init: { ...sent.init, body: String(sent.init.body as string).replace(from, to) } }))
    const { gateway, channel } = await startBankContext({ fetch: wire.fetch })
    expect(await channel.transfer(institutionTransfer), to).toEqual({ ok: false, error: 'rejected', code: 'SIGNATURE_INVALID' })
    expect(gateway.transfers.size).toBe(0)
  }
})

test('a request played again is refused: its nonce was seen, and with a new nonce its signature no longer holds', async () => {
  const wire = recording()
  const { gateway, channel } = await startBankContext({ fetch: wire.fetch })
  await channel.transfer(institutionTransfer)
  const [first] = wire.sent
  if (!first) throw new Error('no request')
  const replayed = await fetch(first.url, first.init)
  expect(replayed.status).toBe(401)
  expect(await replayed.json()).toMatchObject({ code: 'NONCE_REUSED' })
  const renewed = await fetch(first.url, { ...first.init, headers: { ...headersOf(first), 'X-Nonce': 'f'.repeat(32) } })
  expect(renewed.status).toBe(401)
  expect(await renewed.json()).toMatchObject({ code: 'SIGNATURE_INVALID' })
  expect(gateway.transfers.size).toBe(1)
})

test('a request dated more than five minutes from the gateway’s clock is refused, and the answer, dated by its clock, is not believed', async () => {
  const { gateway } = await startBankContext()
  const late = createBankTransferChannel({ ...gatewayClient, baseUrl: gateway.url, now: () => bankStart + 6 * 60_000, random: systemRandom, logger: silent })
  expect(await late.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'answer_stale' })
  expect(gateway.received).toEqual([{ method: 'POST', path: '/v1/transfers', signed: false }])
  expect(gateway.transfers.size).toBe(0)
})

test('an unsigned, forged or stale answer is not believed, though the gateway did the transfer; the same number then finds the same transfer', async () => {
  const { gateway, channel } = await startBankContext()
  for (const [mode, code] of [
    ['unsigned', 'answer_unsigned'],
    ['badSignature', 'answer_bad_signature'],
    ['stale', 'answer_stale'],
  ] as const) {
    gateway.setAnswers(mode)
    expect(await channel.transfer(institutionTransfer), mode).toEqual({ ok: false, error: 'unavailable', code })
    expect(await channel.queryTransfer(no), mode).toEqual({ ok: false, error: 'unavailable', code })
  }
  expect(gateway.transfers.size).toBe(1)
  gateway.setAnswers('signed')
  const found = await channel.transfer(institutionTransfer)
  expect(found.ok && found.transfer.bankSerialNo).toBe(gateway.transfers.get(no)?.bankSerialNo)
  expect(gateway.transfers.size).toBe(1)
})

test('a refusal nobody signed is not believed: no conflict, no not_found, no rejection an attacker could use to have a payment sent anew', async () => {
  const { gateway, channel } = await startBankContext()
  await channel.transfer(institutionTransfer)
  gateway.setAnswers('unsigned')
  expect(await channel.transfer({ ...institutionTransfer, amountFen: 1 })).toEqual({ ok: false, error: 'unavailable', code: 'answer_unsigned' })
  expect(await channel.queryTransfer('TS01JD4X0000000000000009')).toEqual({ ok: false, error: 'unavailable', code: 'answer_unsigned' })
  const bare = createBankTransferChannel({
    ...gatewayClient,
    baseUrl: gateway.url,
    now: () => bankStart,
    random: systemRandom,
    logger: silent,
    fetch: () => Promise.resolve(new Response(JSON.stringify({ code: 'PARAM_ERROR', message: 'account closed' }), { status: 400 })),
  })
  expect(await bare.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'answer_unsigned' })
})

test('an answer changed on its way — its state, its status, or another answer’s signature — is not believed', async () => {
  const alter = async (response: Response, change: (text: string, status: number) => [string, number]) => {
    const [text, status] = change(await response.text(), response.status)
    return new Response(text, { status, headers: response.headers })
  }
  const cases: [string, (text: string, status: number) => [string, number]][] = [
    ['state', (text, status) => [text.replace('"PROCESSING"', '"SUCCESS"'), status]],
    ['status', (text) => [text, 200]],
  ]
  for (const [what, change] of cases) {
    const { gateway } = await startBankContext()
    gateway.holdTransfers(true)
    const channel = createBankTransferChannel({ ...gatewayClient, baseUrl: gateway.url, now: () => bankStart, random: systemRandom, logger: silent, fetch: async (input, init) => alter(await fetch(input, init), change) })
    expect(await channel.transfer(institutionTransfer), what).toEqual({ ok: false, error: 'unavailable', code: 'answer_bad_signature' })
  }
  const earlier = signedGatewayAnswer(200, { out_transfer_no: no, bank_serial_no: 'FB000000000000000001', state: 'PROCESSING', amount_fen: 180_000 })
  const swapped = createBankTransferChannel({
    ...gatewayClient,
    baseUrl: 'https://corp-gateway.bank.example.cn',
    now: () => bankStart,
    random: systemRandom,
    logger: silent,
    fetch: () => Promise.resolve(new Response(JSON.stringify({ out_transfer_no: no, bank_serial_no: 'FB000000000000000001', state: 'SUCCESS', amount_fen: 180_000 }), { status: 200, headers: earlier.headers })),
  })
  expect(await swapped.queryTransfer(no)).toEqual({ ok: false, error: 'unavailable', code: 'answer_bad_signature' })
})

test('a redirect is not followed: the payee’s account goes to the gateway or nowhere', async () => {
  const { gateway } = await startBankContext()
  const redirecting = createServer((_req, res) => {
    res.writeHead(307, { location: `${gateway.url}/v1/transfers` })
    res.end()
  })
  await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve))
  onTestFinished(() => new Promise<void>((resolve) => redirecting.close(() => resolve())))
  const address = redirecting.address()
  const channel = createBankTransferChannel({ ...gatewayClient, baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, now: () => bankStart, random: systemRandom, logger: silent })
  expect(await channel.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'answer_unsigned' })
  expect(gateway.received).toEqual([])
})

test('the payee’s account number and name are in no log line and no result, whatever goes wrong', async () => {
  const results: AccountTransferResult[] = []
  const { gateway, channel, logLines } = await startBankContext({ timeoutMs: 200 })
  results.push(await channel.transfer({ ...institutionTransfer, purpose: '' }))
  results.push(await channel.transfer({ ...institutionTransfer, payeeAccountNo: `${institutionTransfer.payeeAccountNo}x` }))
  results.push(await channel.transfer(institutionTransfer))
  results.push(await channel.transfer({ ...institutionTransfer, amountFen: 1 }))
  gateway.refuseAccount(institutionTransfer.payeeAccountNo, 'ACCOUNT_CLOSED')
  results.push(await channel.transfer({ ...institutionTransfer, outTransferNo: 'TS01JD4X0000000000000002' }))
  for (const mode of ['unsigned', 'badSignature', 'stale', 'hang'] as const) {
    gateway.setAnswers(mode)
    results.push(await channel.transfer(institutionTransfer))
  }
  gateway.setAnswers('signed')
  gateway.failNext(1)
  results.push(await channel.queryTransfer(no))
  // A gateway echoing the account in its error code does not get it into the log either.
  const lines: string[] = []
  const record = (event: string, fields?: object) => void lines.push(JSON.stringify({ event, ...fields }))
  const echoing = createBankTransferChannel({
    ...gatewayClient,
    baseUrl: 'https://corp-gateway.bank.example.cn',
    now: () => bankStart,
    random: systemRandom,
    logger: { debug: record, info: record, warn: record, error: record },
    fetch: () => Promise.resolve(signedGatewayAnswer(400, { code: institutionTransfer.payeeAccountNo, message: `${institutionTransfer.payeeAccountName} 账户已销户` })),
  })
  results.push(await echoing.transfer(institutionTransfer))
  expect(results.at(-1)).toEqual({ ok: false, error: 'rejected', code: 'http_400' })
  const said = [...results.map((result) => JSON.stringify(result)), ...logLines, ...lines]
  expect(logLines.length).toBeGreaterThanOrEqual(8)
  for (const text of said) {
    expect(text).not.toContain(institutionTransfer.payeeAccountNo)
    expect(text).not.toContain(institutionTransfer.payeeAccountName)
    expect(text).not.toContain(institutionTransfer.payeeAccountNo.slice(-8))
  }
})

test('in production the gateway is reached over https only', () => {
  const key = Buffer.alloc(32, 3).toString('base64')
  const production = { NODE_ENV: 'production', DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, CARD_SIGNING_KEYS: `k1:${key}`, CONTRACT_TIMESTAMP_KEYS: `t1:${key}` }
  expect(loadConfig({ ...production, ...bankGatewayEnvironment(), BANK_GATEWAY_URL: 'http://corp-gateway.bank.example.cn/renshe' })).toEqual({
    ok: false,
    message: 'Invalid configuration: BANK_GATEWAY_URL must be https in production',
  })
  const https = loadConfig({ ...production, ...bankGatewayEnvironment() })
  expect(https.ok && https.config.bankGateway?.baseUrl).toBe('https://corp-gateway.bank.example.cn/renshe')
})

import { createServer } from 'node:net'
import { expect, test } from 'vitest'
import { createLogger } from '../logger'
import { systemRandom } from '../random'
import type { AccountTransferRequest } from './account-transfer'
import { bankStart, gatewayClient, institutionTransfer, signedGatewayAnswer, startBankContext } from './bank-gateway-test-context'
import { createBankTransferChannel, createUnconfiguredAccountTransferChannel } from './bank-transfer-channel'

const no = institutionTransfer.outTransferNo

/** The real client with a `fetch` of the test's own, answering what the fake never would. */
function answering(answer: () => Response) {
  return createBankTransferChannel({ ...gatewayClient, baseUrl: 'https://corp-gateway.bank.example.cn', now: () => bankStart, random: systemRandom, logger: createLogger('silent'), fetch: () => Promise.resolve(answer()) })
}

test('a transfer that cannot be right is refused before the gateway is asked: the amount, the number, the account, the name, the bank or the purpose', async () => {
  const { gateway, channel } = await startBankContext()
  const bad: Partial<AccountTransferRequest>[] = [
    { amountFen: 0 },
    { amountFen: -100 },
    { amountFen: 1800.5 },
    { amountFen: Number.NaN },
    { amountFen: Number.MAX_SAFE_INTEGER + 2 },
    { outTransferNo: 'short' },
    { outTransferNo: 'TS01-JD4X-0000-0001' },
    { outTransferNo: 'T'.repeat(33) },
    { payeeAccountNo: '' },
    { payeeAccountNo: '3305 0162 7235 0900 0217' },
    { payeeAccountNo: '33050162723509000217\n' },
    { payeeAccountName: '  ' },
    { payeeBankName: '' },
    { purpose: '' },
    { purpose: '补'.repeat(61) },
  ]
  for (const change of bad) {
    expect(await channel.transfer({ ...institutionTransfer, ...change }), JSON.stringify(change)).toEqual({ ok: false, error: 'rejected', code: 'invalid_request' })
  }
  expect(gateway.received).toEqual([])
})

test('the same number with other contents is a conflict, whatever differs, and the first transfer stands', async () => {
  const { gateway, channel } = await startBankContext()
  await channel.transfer(institutionTransfer)
  const changes: Partial<AccountTransferRequest>[] = [
    { amountFen: 180_001 },
    { payeeAccountNo: '6217000010012345678' },
    { payeeAccountName: '温州市鹿城区明远培训学校' },
    { payeeBankName: '中国工商银行温州分行' },
    { purpose: '职业培训补贴 2026年第5期' },
  ]
  for (const change of changes) {
    expect(await channel.transfer({ ...institutionTransfer, ...change }), JSON.stringify(change)).toEqual({ ok: false, error: 'conflict', code: 'DUPLICATE_OUT_TRANSFER_NO' })
  }
  expect([...gateway.transfers.values()].map((transfer) => [transfer.amountFen, transfer.accountNo])).toEqual([[180_000, institutionTransfer.payeeAccountNo]])
})

test('a query of a transfer the gateway never had is not_found; a number that cannot be ours is not_found without asking', async () => {
  const { gateway, channel, logLines } = await startBankContext()
  expect(await channel.queryTransfer(no)).toEqual({ ok: false, error: 'not_found', code: 'TRANSFER_NOT_FOUND' })
  expect(gateway.received).toHaveLength(1)
  for (const number of ['', 'short', '../../v1/transfers', 'TS01JD4X0000000000000001?x=1']) {
    expect(await channel.queryTransfer(number), number).toEqual({ ok: false, error: 'not_found', code: 'invalid_out_transfer_no' })
  }
  expect(gateway.received).toHaveLength(1)
  expect(logLines).toEqual([])
})

test('503, 429 and 500 from the gateway are unavailable with its code, and nothing is done; then it works again', async () => {
  const { gateway, channel } = await startBankContext()
  const codes = { 503: 'SERVICE_UNAVAILABLE', 429: 'RATE_LIMITED', 500: 'SYSTEM_ERROR' } as const
  for (const status of [503, 429, 500] as const) {
    gateway.failNext(2, status)
    expect(await channel.transfer(institutionTransfer), String(status)).toEqual({ ok: false, error: 'unavailable', code: codes[status] })
    expect(await channel.queryTransfer(no), String(status)).toEqual({ ok: false, error: 'unavailable', code: codes[status] })
    expect(gateway.transfers.size).toBe(0)
  }
  const paid = await channel.transfer(institutionTransfer)
  expect(paid.ok && paid.transfer.state).toBe('SUCCESS')
})

test('no answer within the timeout is unavailable, said as a timeout', async () => {
  const { gateway, channel } = await startBankContext({ timeoutMs: 200 })
  gateway.setAnswers('hang')
  expect(await channel.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'timeout' })
  expect(await channel.queryTransfer(no)).toEqual({ ok: false, error: 'unavailable', code: 'timeout' })
})

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

test('the gateway unreachable is unavailable, said as a network failure', async () => {
  const channel = createBankTransferChannel({ ...gatewayClient, baseUrl: `http://127.0.0.1:${await closedPort()}`, now: () => bankStart, random: systemRandom, logger: createLogger('silent'), timeoutMs: 2000 })
  expect(await channel.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'network' })
  expect(await channel.queryTransfer(no)).toEqual({ ok: false, error: 'unavailable', code: 'network' })
})

test('a client id the gateway did not issue is rejected with the gateway’s code', async () => {
  const { gateway } = await startBankContext()
  const stranger = createBankTransferChannel({ ...gatewayClient, clientId: 'someone-else', baseUrl: gateway.url, now: () => bankStart, random: systemRandom, logger: createLogger('silent') })
  expect(await stranger.transfer(institutionTransfer)).toEqual({ ok: false, error: 'rejected', code: 'CLIENT_UNKNOWN' })
  expect(gateway.transfers.size).toBe(0)
})

test('each signed refusal maps to its outcome: 400, 401 and 403 rejected, 404 not_found, 409 conflict, others unavailable', async () => {
  const cases = [
    [400, 'rejected'],
    [401, 'rejected'],
    [403, 'rejected'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'unavailable'],
    [502, 'unavailable'],
    [202, 'unavailable'],
  ] as const
  for (const [status, error] of cases) {
    const channel = answering(() => signedGatewayAnswer(status, { code: 'SOME_CODE', message: '说明' }))
    expect(await channel.transfer(institutionTransfer), String(status)).toEqual({ ok: false, error, code: 'SOME_CODE' })
  }
  const bare = answering(() => signedGatewayAnswer(403, ''))
  expect(await bare.transfer(institutionTransfer)).toEqual({ ok: false, error: 'rejected', code: 'http_403' })
})

test('a signed answer that is not the transfer asked about, not for its amount, or not a transfer at all is not believed', async () => {
  const transfer = { out_transfer_no: no, bank_serial_no: 'FB000000000000000001', state: 'SUCCESS', amount_fen: 180_000 }
  const answers: unknown[] = [
    { ...transfer, out_transfer_no: 'TS01JD4X0000000000000009' },
    { ...transfer, amount_fen: 18_000 },
    { ...transfer, state: 'DONE' },
    { ...transfer, amount_fen: '180000' },
    { ...transfer, state: 'FAILED', failure_code: 'closed account\nforged log line' },
    { code: 'OK' },
    '<html>busy</html>',
    '',
  ]
  for (const body of answers) {
    const channel = answering(() => signedGatewayAnswer(200, body))
    expect(await channel.transfer(institutionTransfer), JSON.stringify(body)).toEqual({ ok: false, error: 'unavailable', code: 'bad_response' })
  }
  const other = answering(() => signedGatewayAnswer(200, { ...transfer, out_transfer_no: 'TS01JD4X0000000000000009' }))
  expect(await other.queryTransfer(no)).toEqual({ ok: false, error: 'unavailable', code: 'bad_response' })
})

test('failures are logged by event and code', async () => {
  const { gateway, channel, logLines } = await startBankContext()
  await channel.transfer({ ...institutionTransfer, amountFen: 0 })
  await channel.transfer(institutionTransfer)
  await channel.transfer({ ...institutionTransfer, amountFen: 1 })
  gateway.failNext(1)
  await channel.queryTransfer(no)
  expect(logLines).toEqual([
    JSON.stringify({ event: 'bank_transfer_refused', code: 'invalid_request' }),
    JSON.stringify({ event: 'bank_transfer_failed', code: 'DUPLICATE_OUT_TRANSFER_NO' }),
    JSON.stringify({ event: 'bank_transfer_query_failed', code: 'SERVICE_UNAVAILABLE' }),
  ])
})

test('without the gateway’s settings no transfer is made or believed', async () => {
  const channel = createUnconfiguredAccountTransferChannel()
  expect(channel.kind).toBe('bank')
  expect(await channel.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'not_configured' })
  expect(await channel.queryTransfer(no)).toEqual({ ok: false, error: 'unavailable', code: 'not_configured' })
})

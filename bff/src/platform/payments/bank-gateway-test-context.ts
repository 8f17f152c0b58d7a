import { createHmac } from 'node:crypto'
import { onTestFinished } from 'vitest'
import type { Logger } from '../logger'
import { systemRandom, type Random } from '../random'
import type { AccountTransferChannel, AccountTransferRequest } from './account-transfer'
import { createBankTransferChannel } from './bank-transfer-channel'
import { startFakeBankGateway, type FakeBankGateway } from './fake-bank-gateway'

/** 2026-12-07 10:00 in China. */
export const bankStart = Date.parse('2026-12-07T02:00:00.000Z')

/** The client id and key the fake issued to the portal. */
export const gatewayClient = {
  clientId: 'renshe-portal-330000',
  key: 'k7Q2mX9vR4tW1yB8nC5pL3sD6fH0jG2a',
} as const

/** A face-value voucher's subsidy, paid to the training institution's settlement account. */
export const institutionTransfer: AccountTransferRequest = {
  outTransferNo: 'TS01JD4X0000000000000001',
  amountFen: 180_000,
  payeeAccountName: '温州市鹿城区明远职业技能培训学校',
  payeeAccountNo: '33050162723509000217',
  payeeBankName: '中国建设银行温州鹿城支行',
  purpose: '职业培训补贴 2026年第4期',
}

export interface BankContext {
  readonly gateway: FakeBankGateway
  readonly channel: AccountTransferChannel
  /** The context's own clock; `advance` moves it (and not a `now` handed in). */
  readonly clock: { now(): number; advance(ms: number): void }
  /** What the channel logged: every field of every line, as JSON. */
  readonly logLines: string[]
  /** Stops the fake; done by itself when the test that started it ends, unless `closeAfterTest: false`. */
  close(): Promise<void>
}

/**
 * A fake bank gateway on a loopback port and the real client pointed at it, sharing one clock: the
 * context's own, moved by hand, or `now` (a test harness's clock, in milliseconds). Started inside a
 * test it closes when the test ends; started in `beforeAll`, pass `closeAfterTest: false` and call
 * `close` in `afterAll`.
 */
export async function startBankContext(
  options: { now?: () => number; random?: Random; timeoutMs?: number; fetch?: typeof fetch; closeAfterTest?: boolean } = {},
): Promise<BankContext> {
  let at = bankStart
  const now = options.now ?? (() => at)
  const clock = { now, advance: (ms: number) => void (at += ms) }
  const gateway = await startFakeBankGateway({ ...gatewayClient, now })
  if (options.closeAfterTest ?? true) onTestFinished(() => gateway.close())
  const logLines: string[] = []
  const record = (event: string, fields?: object) => void logLines.push(JSON.stringify({ event, ...fields }))
  const logger: Logger = { debug: record, info: record, warn: record, error: record }
  const channel = createBankTransferChannel({
    ...gatewayClient,
    baseUrl: gateway.url,
    now,
    random: options.random ?? systemRandom,
    logger,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  })
  return { gateway, channel, clock, logLines, close: () => gateway.close() }
}

/** The environment of a configured bank gateway. */
export function bankGatewayEnvironment(): Record<string, string> {
  return { BANK_GATEWAY_URL: 'https://corp-gateway.bank.example.cn/renshe', BANK_GATEWAY_CLIENT_ID: gatewayClient.clientId, BANK_GATEWAY_KEY: gatewayClient.key }
}

/**
 * An answer as the gateway would sign it (under `key`, at `at` seconds), for a test's own `fetch`
 * to hand the client what the fake never says: another transfer, another amount, a status the
 * contract does not name.
 */
export function signedGatewayAnswer(status: number, body: unknown, how: { key?: string; at?: number } = {}): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const timestamp = String(how.at ?? Math.floor(bankStart / 1000))
  const nonce = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
  const signature = createHmac('sha256', how.key ?? gatewayClient.key).update(`${status}\n${timestamp}\n${nonce}\n${text}\n`).digest('base64')
  return new Response(text, {
    status,
    headers: { 'content-type': 'application/json', 'x-timestamp': timestamp, 'x-nonce': nonce, 'x-signature': signature },
  })
}

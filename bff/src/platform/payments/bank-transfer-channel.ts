/**
 * The bank's corporate payment gateway, as the province agrees it (decision 063). JSON over
 * HTTPS; money in integer fen.
 *
 * Requests
 * - `POST {baseUrl}/v1/transfers`, body
 *   `{"out_transfer_no","amount_fen","payee":{"account_name","account_no","bank_name"},"purpose"}`.
 *   The same `out_transfer_no` sent again with the same contents answers the same transfer (200);
 *   with other contents it is refused (409). A new transfer is answered 201.
 * - `GET {baseUrl}/v1/transfers/{out_transfer_no}`: where the transfer stands.
 * - Every request carries `X-Client-Id` (ours, issued by the bank), `X-Timestamp` (unix seconds),
 *   `X-Nonce` (32 hex characters, new each time) and `X-Signature`: base64 of HMAC-SHA256 under
 *   the shared key of `${METHOD}\n${pathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`, where
 *   `pathWithQuery` is the request's path as sent (with any path of `baseUrl` in front) and
 *   `body` is the exact JSON sent, or empty for a GET. The gateway refuses (401) a request it
 *   cannot verify, one dated more than five minutes from its clock, and a nonce it has seen.
 *
 * Answers
 * - Every answer, refusals included, is signed by the gateway: `X-Timestamp`, `X-Nonce` and
 *   `X-Signature` = base64 HMAC-SHA256 under the same key of `${status}\n${timestamp}\n${nonce}\n${body}\n`.
 *   An answer that is unsigned, badly signed, or dated more than five minutes from our clock is not
 *   believed (`unavailable`): the same call may be made again under the same number.
 * - 200/201: `{"out_transfer_no","bank_serial_no","state":"PROCESSING"|"SUCCESS"|"FAILED","amount_fen","failure_code"?}`.
 *   `PROCESSING` is on its way; `SUCCESS` credited; `FAILED` refused before it left or returned by
 *   the payee's bank (`failure_code` says why, e.g. `ACCOUNT_CLOSED`, `NAME_MISMATCH`).
 * - Errors: `{"code","message"}`. 400, 401, 403 → `rejected`; 404 → `not_found`; 409 → `conflict`;
 *   429, 5xx, no answer within 10 seconds or no connection → `unavailable`.
 *
 * The payee's account number and name go to the gateway and nowhere else: never into a log line
 * or a result. Only codes are logged.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import type { Logger } from '../logger'
import type { Random } from '../random'
import type { AccountTransferChannel, AccountTransferFailure, AccountTransferRequest, AccountTransferResult } from './account-transfer'

export interface BankTransferOptions {
  /** The gateway's base URL (https in production), without a trailing slash needed. */
  readonly baseUrl: string
  /** Ours, issued by the bank: `X-Client-Id`. */
  readonly clientId: string
  /** The shared HMAC key (its UTF-8 bytes): signs our requests and verifies the gateway's answers. */
  readonly key: string
  /** Milliseconds since the epoch: request timestamps and the freshness of the gateway's answers. */
  readonly now: () => number
  readonly random: Random
  /** Failures are logged by code only. */
  readonly logger: Logger
  readonly fetch?: typeof fetch
  readonly timeoutMs?: number
}

/** How far the gateway's timestamp may be from our clock. */
const answerFreshnessSeconds = 5 * 60

const OutTransferNo = z.string().regex(/^[0-9A-Za-z]{8,32}$/)
const blank = (value: string) => value.trim() === ''

const TransferInput = z.object({
  outTransferNo: OutTransferNo,
  amountFen: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  payeeAccountName: z.string().max(100).refine((value) => !blank(value)),
  payeeAccountNo: z.string().regex(/^\d{6,34}$/),
  payeeBankName: z.string().max(100).refine((value) => !blank(value)),
  purpose: z.string().max(60).refine((value) => !blank(value)),
})

/** A code as the gateway writes one. It goes to the log, so it must start with a letter and be ASCII: never an account number, never a name. */
const Code = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/)

const TransferAnswer = z.object({
  out_transfer_no: z.string(),
  bank_serial_no: z.string().min(1).max(64),
  state: z.enum(['PROCESSING', 'SUCCESS', 'FAILED']),
  amount_fen: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  failure_code: Code.nullish(),
})

const ErrorAnswer = z.object({ code: Code })

type Answer = { readonly ok: true; readonly payload: unknown } | AccountTransferFailure

/** Whose fault a status is, for an answer the gateway did sign. */
function failureOf(status: number, code: string): AccountTransferFailure {
  if (status === 404) return { ok: false, error: 'not_found', code }
  if (status === 409) return { ok: false, error: 'conflict', code }
  if (status === 400 || status === 401 || status === 403) return { ok: false, error: 'rejected', code }
  // Any other status (429, 5xx, one the contract does not name) leaves open whether the transfer
  // was made: taken for a refusal, it could be sent again under a new number and paid twice.
  return { ok: false, error: 'unavailable', code }
}

/** HMAC-SHA256 under the shared key of the lines, each ended by `\n`. */
function hmacOf(key: string, lines: readonly string[]): Buffer {
  return createHmac('sha256', key).update(lines.map((line) => `${line}\n`).join('')).digest()
}

/**
 * The real client of the bank's corporate payment gateway (its contract above): every request
 * signed, every answer's signature and age checked before anything in it is believed, and an
 * answer about another transfer or another amount not believed either.
 */
export function createBankTransferChannel(options: BankTransferOptions): AccountTransferChannel {
  const timeoutMs = options.timeoutMs ?? 10_000
  const doFetch = options.fetch ?? fetch
  const base = options.baseUrl.replace(/\/+$/, '')

  const warn = (event: string, failure: AccountTransferFailure): AccountTransferFailure => {
    options.logger.warn(event, { code: failure.code })
    return failure
  }

  /** Whether the gateway signed this answer, status included, with the key we share, within five minutes of our clock. */
  function signedByGateway(status: number, headers: Headers, body: string): 'ok' | 'unsigned' | 'malformed' | 'bad_signature' | 'stale' {
    const timestamp = headers.get('X-Timestamp')
    const nonce = headers.get('X-Nonce')
    const signature = headers.get('X-Signature')
    if (timestamp === null || nonce === null || signature === null) return 'unsigned'
    if (!/^\d{1,12}$/.test(timestamp) || !/^[0-9A-Za-z]{8,64}$/.test(nonce) || !/^[A-Za-z0-9+/]{43}=$/.test(signature)) return 'malformed'
    const expected = hmacOf(options.key, [String(status), timestamp, nonce, body])
    if (!timingSafeEqual(expected, Buffer.from(signature, 'base64'))) return 'bad_signature'
    if (Math.abs(Number(timestamp) - options.now() / 1000) > answerFreshnessSeconds) return 'stale'
    return 'ok'
  }

  async function call(method: 'GET' | 'POST', path: string, body: unknown): Promise<Answer> {
    const url = new URL(`${base}${path}`)
    const text = body === undefined ? '' : JSON.stringify(body)
    const timestamp = String(Math.floor(options.now() / 1000))
    const nonce = options.random.bytes(16).toString('hex')
    const signature = hmacOf(options.key, [method, `${url.pathname}${url.search}`, timestamp, nonce, text]).toString('base64')
    let status: number
    let headers: Headers
    let answer: string
    try {
      const response = await doFetch(url, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          'X-Client-Id': options.clientId,
          'X-Timestamp': timestamp,
          'X-Nonce': nonce,
          'X-Signature': signature,
        },
        ...(body === undefined ? {} : { body: text }),
        // A redirect would carry the payee's account to wherever it points: the gateway is asked directly or not at all.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      status = response.status
      headers = response.headers
      answer = await response.text()
    } catch (error) {
      const code = error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network'
      return { ok: false, error: 'unavailable', code }
    }
    const signed = signedByGateway(status, headers, answer)
    if (signed !== 'ok') return { ok: false, error: 'unavailable', code: `answer_${signed}` }
    let payload: unknown = null
    try {
      payload = JSON.parse(answer)
    } catch {
      if (status === 200 || status === 201) return { ok: false, error: 'unavailable', code: 'bad_response' }
    }
    if (status === 200 || status === 201) return { ok: true, payload }
    const refusal = ErrorAnswer.safeParse(payload)
    return failureOf(status, refusal.success ? refusal.data.code : `http_${status}`)
  }

  /** The transfer the gateway answered, if it is the one asked about (and for the amount asked, when we know it). */
  function resultOf(event: string, payload: unknown, outTransferNo: string, amountFen: number | null): AccountTransferResult {
    const parsed = TransferAnswer.safeParse(payload)
    if (!parsed.success || parsed.data.out_transfer_no !== outTransferNo || (amountFen !== null && parsed.data.amount_fen !== amountFen)) {
      return warn(event, { ok: false, error: 'unavailable', code: 'bad_response' })
    }
    const answered = parsed.data
    return {
      ok: true,
      transfer: {
        outTransferNo,
        bankSerialNo: answered.bank_serial_no,
        state: answered.state,
        amountFen: answered.amount_fen,
        failureCode: answered.state === 'FAILED' ? (answered.failure_code ?? null) : null,
        development: false,
      },
    }
  }

  return {
    kind: 'bank',

    async transfer(request: AccountTransferRequest): Promise<AccountTransferResult> {
      if (!TransferInput.safeParse(request).success) return warn('bank_transfer_refused', { ok: false, error: 'rejected', code: 'invalid_request' })
      const answered = await call('POST', '/v1/transfers', {
        out_transfer_no: request.outTransferNo,
        amount_fen: request.amountFen,
        payee: { account_name: request.payeeAccountName, account_no: request.payeeAccountNo, bank_name: request.payeeBankName },
        purpose: request.purpose,
      })
      if (!answered.ok) return warn('bank_transfer_failed', answered)
      return resultOf('bank_transfer_failed', answered.payload, request.outTransferNo, request.amountFen)
    },

    async queryTransfer(outTransferNo: string): Promise<AccountTransferResult> {
      if (!OutTransferNo.safeParse(outTransferNo).success) return { ok: false, error: 'not_found', code: 'invalid_out_transfer_no' }
      const answered = await call('GET', `/v1/transfers/${outTransferNo}`, undefined)
      if (!answered.ok) return answered.error === 'not_found' ? answered : warn('bank_transfer_query_failed', answered)
      return resultOf('bank_transfer_query_failed', answered.payload, outTransferNo, null)
    },
  }
}

/** Production without the gateway's settings: no transfer can be made or believed, and nothing pretends otherwise. */
export function createUnconfiguredAccountTransferChannel(): AccountTransferChannel {
  const unavailable = { ok: false, error: 'unavailable', code: 'not_configured' } as const
  return {
    kind: 'bank',
    transfer: () => Promise.resolve(unavailable),
    queryTransfer: () => Promise.resolve(unavailable),
  }
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { z } from 'zod'

export interface FakeBankGatewayOptions {
  /** The client id the fake issued to the portal. */
  readonly clientId: string
  /** The key it shares with the portal. */
  readonly key: string
  /** Milliseconds since the epoch: the timestamps the fake signs and accepts. */
  readonly now: () => number
}

export interface FakeBankTransfer {
  readonly amountFen: number
  readonly accountName: string
  readonly accountNo: string
  readonly bankName: string
  readonly purpose: string
  readonly bankSerialNo: string
  state: 'PROCESSING' | 'SUCCESS' | 'FAILED'
  failureCode: string | null
}

/**
 * How the fake's answers come back until told otherwise: signed (as the gateway does), without a
 * signature, signed with another key, signed ten minutes ago, or not at all (the client times out).
 */
export type FakeBankAnswers = 'signed' | 'unsigned' | 'badSignature' | 'stale' | 'hang'

export interface FakeBankGateway {
  readonly url: string
  /** Transfers by `out_transfer_no`, payee included (the bank keeps it; the portal's side does not). */
  readonly transfers: Map<string, FakeBankTransfer>
  /** Every request that reached the fake: method, path with query, and whether its signature held (client id, age, key). */
  readonly received: { readonly method: string; readonly path: string; readonly signed: boolean }[]
  /** The next `count` requests are answered `status` (503 unless told), signed, and nothing is done. */
  failNext(count: number, status?: 429 | 500 | 503): void
  /** The next `count` requests are done, but their answers are lost: the connection drops before any is written. */
  loseNextAnswers(count: number): void
  setAnswers(mode: FakeBankAnswers): void
  /** On: new transfers stay PROCESSING until `settle`. Off (as at start): they end at once. */
  holdTransfers(on: boolean): void
  /** Transfers to this account end FAILED with this code, e.g. `ACCOUNT_CLOSED` (at once, or when settled). */
  refuseAccount(accountNo: string, failureCode: string): void
  /** A PROCESSING transfer ends: credited (or refused, for an account `refuseAccount` named), or FAILED with `failureCode` (returned by the payee's bank). */
  settle(outTransferNo: string, failureCode?: string): void
  close(): Promise<void>
}

const TransferRequest = z.strictObject({
  out_transfer_no: z.string().regex(/^[0-9A-Za-z]{8,32}$/),
  amount_fen: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  payee: z.strictObject({
    account_name: z.string().min(1).max(100),
    account_no: z.string().regex(/^\d{6,34}$/),
    bank_name: z.string().min(1).max(100),
  }),
  purpose: z.string().min(1).max(60),
})

const signatureWindowSeconds = 5 * 60

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Written here apart from the client's code, from the contract, so a slip in the client shows. */
function documentedSignature(key: string, lines: string[]): string {
  return createHmac('sha256', Buffer.from(key, 'utf8')).update(lines.join('\n') + '\n').digest('base64')
}

/**
 * A local stand-in for the bank's corporate payment gateway (the contract at the top of
 * `bank-transfer-channel.ts`), for tests only. It refuses a request whose signature does not hold
 * under the shared key, whose client id is not the one it issued, whose timestamp is more than five
 * minutes from its clock, or whose nonce it has seen (401); keeps transfers by number, answering the
 * same number with the same contents with the same transfer and other contents with 409; and signs
 * every answer, refusals included.
 */
export async function startFakeBankGateway(options: FakeBankGatewayOptions): Promise<FakeBankGateway> {
  const transfers = new Map<string, FakeBankTransfer>()
  const received: { method: string; path: string; signed: boolean }[] = []
  const nonces = new Set<string>()
  const refused = new Map<string, string>()
  let answers: FakeBankAnswers = 'signed'
  let failing: { count: number; status: 429 | 500 | 503 } = { count: 0, status: 503 }
  let losing = 0
  let holding = false
  let counter = 0
  const forgeryKey = randomBytes(32).toString('hex')

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    if (losing > 0) {
      losing -= 1
      res.socket?.destroy()
      return
    }
    const text = JSON.stringify(body)
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (answers !== 'unsigned') {
      const timestamp = String(Math.floor(options.now() / 1000) - (answers === 'stale' ? 10 * 60 : 0))
      const nonce = randomBytes(16).toString('hex')
      const key = answers === 'badSignature' ? forgeryKey : options.key
      Object.assign(headers, { 'x-timestamp': timestamp, 'x-nonce': nonce, 'x-signature': documentedSignature(key, [String(status), timestamp, nonce, text]) })
    }
    res.writeHead(status, headers)
    res.end(text)
  }
  const error = (res: ServerResponse, status: number, code: string, message: string = code) => answer(res, status, { code, message })

  const header = (req: IncomingMessage, name: string): string => {
    const value = req.headers[name]
    return typeof value === 'string' ? value : ''
  }

  /** Why the request's signature does not hold, or null when it does. */
  function refusalOf(req: IncomingMessage, path: string, body: string): 'CLIENT_UNKNOWN' | 'TIMESTAMP_EXPIRED' | 'SIGNATURE_INVALID' | null {
    const timestamp = header(req, 'x-timestamp')
    const nonce = header(req, 'x-nonce')
    const signature = Buffer.from(header(req, 'x-signature'), 'base64')
    if (header(req, 'x-client-id') !== options.clientId) return 'CLIENT_UNKNOWN'
    if (!/^\d{1,12}$/.test(timestamp) || !/^[0-9a-fA-F]{32}$/.test(nonce)) return 'SIGNATURE_INVALID'
    if (Math.abs(Number(timestamp) - options.now() / 1000) > signatureWindowSeconds) return 'TIMESTAMP_EXPIRED'
    const expected = Buffer.from(documentedSignature(options.key, [req.method ?? '', path, timestamp, nonce, body]), 'base64')
    return signature.length === expected.length && timingSafeEqual(signature, expected) ? null : 'SIGNATURE_INVALID'
  }

  const transferAnswer = (outTransferNo: string, transfer: FakeBankTransfer) => ({
    out_transfer_no: outTransferNo,
    bank_serial_no: transfer.bankSerialNo,
    state: transfer.state,
    amount_fen: transfer.amountFen,
    ...(transfer.failureCode === null ? {} : { failure_code: transfer.failureCode }),
  })

  const end = (transfer: FakeBankTransfer, failureCode: string | null) => {
    transfer.state = failureCode === null ? 'SUCCESS' : 'FAILED'
    transfer.failureCode = failureCode
  }

  function transfer(res: ServerResponse, body: string) {
    let parsed: z.ZodSafeParseResult<z.infer<typeof TransferRequest>>
    try {
      parsed = TransferRequest.safeParse(JSON.parse(body))
    } catch {
      return error(res, 400, 'PARAM_ERROR', 'body is not JSON')
    }
    if (!parsed.success) return error(res, 400, 'PARAM_ERROR')
    const request = parsed.data
    const known = transfers.get(request.out_transfer_no)
    if (known) {
      const same =
        known.amountFen === request.amount_fen &&
        known.accountName === request.payee.account_name &&
        known.accountNo === request.payee.account_no &&
        known.bankName === request.payee.bank_name &&
        known.purpose === request.purpose
      return same ? answer(res, 200, transferAnswer(request.out_transfer_no, known)) : error(res, 409, 'DUPLICATE_OUT_TRANSFER_NO')
    }
    const made: FakeBankTransfer = {
      amountFen: request.amount_fen,
      accountName: request.payee.account_name,
      accountNo: request.payee.account_no,
      bankName: request.payee.bank_name,
      purpose: request.purpose,
      bankSerialNo: `FB${String(++counter).padStart(18, '0')}`,
      state: 'PROCESSING',
      failureCode: null,
    }
    if (!holding) end(made, refused.get(made.accountNo) ?? null)
    transfers.set(request.out_transfer_no, made)
    return answer(res, 201, transferAnswer(request.out_transfer_no, made))
  }

  const server = createServer((req, res) => {
    void (async () => {
      const path = req.url ?? '/'
      const body = await readBody(req)
      const refusal = refusalOf(req, path, body)
      received.push({ method: req.method ?? '', path, signed: refusal === null })
      if (answers === 'hang') return
      if (failing.count > 0) {
        failing.count -= 1
        return error(res, failing.status, { 429: 'RATE_LIMITED', 500: 'SYSTEM_ERROR', 503: 'SERVICE_UNAVAILABLE' }[failing.status])
      }
      if (refusal !== null) return error(res, 401, refusal)
      const nonce = header(req, 'x-nonce').toLowerCase()
      if (nonces.has(nonce)) return error(res, 401, 'NONCE_REUSED')
      nonces.add(nonce)
      const url = new URL(path, 'http://fake-bank-gateway')
      if (req.method === 'POST' && url.pathname === '/v1/transfers') return transfer(res, body)
      const query = /^\/v1\/transfers\/([0-9A-Za-z]{1,64})$/.exec(url.pathname)
      if (req.method === 'GET' && query) {
        const outTransferNo = query[1] ?? ''
        const known = transfers.get(outTransferNo)
        return known ? answer(res, 200, transferAnswer(outTransferNo, known)) : error(res, 404, 'TRANSFER_NOT_FOUND')
      }
      return error(res, 404, 'NOT_FOUND')
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  let closed: Promise<void> | null = null

  return {
    url: `http://127.0.0.1:${port}`,
    transfers,
    received,
    failNext(count, status = 503) {
      failing = { count, status }
    },
    loseNextAnswers(count) {
      losing = count
    },
    setAnswers(mode) {
      answers = mode
    },
    holdTransfers(on) {
      holding = on
    },
    refuseAccount(accountNo, failureCode) {
      refused.set(accountNo, failureCode)
    },
    settle(outTransferNo, failureCode) {
      const held = transfers.get(outTransferNo)
      if (!held) throw new Error(`the fake holds no transfer ${outTransferNo}`)
      if (held.state !== 'PROCESSING') throw new Error(`the transfer ${outTransferNo} has ended already: ${held.state}`)
      end(held, failureCode ?? refused.get(held.accountNo) ?? null)
    },
    close: () =>
      (closed ??= new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })),
  }
}

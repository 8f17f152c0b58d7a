/**
 * How the portal pays money to an organisation's bank account (a training institution's
 * face-value subsidies, decision 063): a credit transfer from the department's payment account
 * through the bank's corporate payment gateway. Money is always integer fen. `outTransferNo` is
 * ours and names one transfer for good: asked again under the same number, the gateway answers
 * the same transfer, never a second one. `bank-transfer-channel.ts` is the real client; the
 * development channel moves no money and says so in every result (`development: true`).
 */
export interface AccountTransferChannel {
  readonly kind: 'bank' | 'development'
  /** Sends a transfer (or finds it again, by `outTransferNo`). */
  transfer(request: AccountTransferRequest): Promise<AccountTransferResult>
  /** Where a transfer stands now, by our number. */
  queryTransfer(outTransferNo: string): Promise<AccountTransferResult>
}

export interface AccountTransferRequest {
  /** Ours: 8–32 letters and digits, unique for the payer account. */
  readonly outTransferNo: string
  readonly amountFen: number
  /** The payee account's registered name; the bank refuses a transfer whose name does not match the account. */
  readonly payeeAccountName: string
  /** The payee's account number, opened only to be handed here; a channel never logs it, keeps it, or puts it in an error. */
  readonly payeeAccountNo: string
  readonly payeeBankName: string
  /** The transfer's purpose, printed on both statements; at most 60 characters. */
  readonly purpose: string
}

/**
 * A transfer's state at the gateway. `PROCESSING`: accepted, on its way through clearing;
 * `SUCCESS`: credited to the payee's account; `FAILED`: refused before it left (a closed
 * account, a name that does not match) or returned by the payee's bank (退票) — no money stays
 * out. `SUCCESS` and `FAILED` are final.
 */
export type AccountTransferState = 'PROCESSING' | 'SUCCESS' | 'FAILED'

export interface AccountTransferStatus {
  readonly outTransferNo: string
  /** The gateway's own number for the transfer. */
  readonly bankSerialNo: string
  readonly state: AccountTransferState
  readonly amountFen: number
  /** The gateway's reason code when `FAILED`, for the log and the officer; never anything of the payee. */
  readonly failureCode: string | null
  /** True: no money moved (the development channel). */
  readonly development: boolean
}

/**
 * Why the gateway did not do what was asked. `unavailable`: it could not be asked or its answer
 * could not be trusted (network, timeout, 5xx, 429, an unsigned or badly signed answer): the same
 * call may be made again under the same number. `rejected`: it refused the request as made
 * (parameters, our credentials). `conflict`: the number is taken by a transfer with other
 * contents. `not_found`: no such transfer. `code` is the gateway's error code, for the log.
 */
export type AccountTransferFailure =
  | { readonly ok: false; readonly error: 'unavailable'; readonly code: string }
  | { readonly ok: false; readonly error: 'rejected' | 'conflict' | 'not_found'; readonly code: string }

export type AccountTransferResult = { readonly ok: true; readonly transfer: AccountTransferStatus } | AccountTransferFailure

/** A transfer's state says whether it has ended, and how. */
export function accountTransferEnded(state: AccountTransferState): 'paid' | 'failed' | null {
  if (state === 'SUCCESS') return 'paid'
  if (state === 'FAILED') return 'failed'
  return null
}

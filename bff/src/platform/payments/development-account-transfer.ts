import type { AccountTransferChannel, AccountTransferStatus } from './account-transfer'

const developmentPrefix = 'dev-bank:'

/** A channel that moves no money; its kind says so wherever it is handed around. */
export type DevelopmentAccountTransferChannel = AccountTransferChannel & { readonly kind: 'development' }

/**
 * FOR DEVELOPMENT ONLY (development mode and demos, where there is no bank gateway): a transfer
 * is credited the moment it is asked, and no money moves. Every result says `development: true`,
 * so the portal shows the payment as a development one. Transfers live in this process's memory;
 * the same number is the same transfer, and a number reused with other contents is refused.
 */
export function createDevelopmentAccountTransferChannel(): DevelopmentAccountTransferChannel {
  const transfers = new Map<string, { readonly amountFen: number; readonly payeeAccountNo: string }>()
  const statusOf = (outTransferNo: string, amountFen: number): AccountTransferStatus => ({
    outTransferNo,
    bankSerialNo: `${developmentPrefix}${outTransferNo}`,
    state: 'SUCCESS',
    amountFen,
    failureCode: null,
    development: true,
  })
  return {
    kind: 'development',
    transfer(request) {
      if (!Number.isSafeInteger(request.amountFen) || request.amountFen <= 0 || !/^[0-9A-Za-z]{8,32}$/.test(request.outTransferNo)) {
        return Promise.resolve({ ok: false, error: 'rejected', code: 'PARAM_ERROR' })
      }
      const known = transfers.get(request.outTransferNo)
      if (known && (known.amountFen !== request.amountFen || known.payeeAccountNo !== request.payeeAccountNo)) {
        return Promise.resolve({ ok: false, error: 'conflict', code: 'DUPLICATE_OUT_TRANSFER_NO' })
      }
      if (!known) transfers.set(request.outTransferNo, { amountFen: request.amountFen, payeeAccountNo: request.payeeAccountNo })
      return Promise.resolve({ ok: true, transfer: statusOf(request.outTransferNo, request.amountFen) })
    },
    queryTransfer(outTransferNo) {
      const known = transfers.get(outTransferNo)
      if (!known) return Promise.resolve({ ok: false, error: 'not_found', code: 'TRANSFER_NOT_FOUND' })
      return Promise.resolve({ ok: true, transfer: statusOf(outTransferNo, known.amountFen) })
    },
  }
}

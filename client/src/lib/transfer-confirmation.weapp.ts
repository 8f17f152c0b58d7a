import type { PayoutConfirmation } from '@renshe/shared/platform/payout-confirmation'
import type { TransferConfirmationOutcome } from './transfer-confirmation'

export type { TransferConfirmationOutcome } from './transfer-confirmation'

interface RequestMerchantTransferOptions {
  readonly mchId: string
  readonly appId: string
  readonly package: string
  readonly success: (result: unknown) => void
  readonly fail: (failure: unknown) => void
}

// Taro 4.2 does not know wx.requestMerchantTransfer (base library 3.3.0), so it is called on wx
// itself; it has no promise form.
declare const wx: { readonly requestMerchantTransfer?: (options: RequestMerchantTransferOptions) => void }

function fields(value: unknown): { readonly errMsg?: unknown; readonly result?: unknown } {
  return typeof value === 'object' && value !== null ? value : {}
}

/** In WeChat the payee confirms a transfer that waits for her on WeChat's own receipt page. */
export function transferConfirmationAvailable(): boolean {
  return true
}

/**
 * Opens WeChat's page where the payee confirms the receipt of a transfer (商家转账, user
 * confirmation mode). Its success only means the page was shown and left — one client reports a
 * cancel through `success` with `result: 'cancel'` — so the page asks the portal afterwards, and
 * the portal asks WeChat Pay, rather than trusting this answer.
 */
export function confirmTransfer(confirmation: PayoutConfirmation): Promise<TransferConfirmationOutcome> {
  const request = typeof wx === 'object' ? wx.requestMerchantTransfer : undefined
  if (typeof request !== 'function') return Promise.resolve('outdated')
  return new Promise((resolve) => {
    try {
      request({
        mchId: confirmation.mchId,
        appId: confirmation.appId,
        package: confirmation.package,
        success: (result) => resolve(fields(result).result === 'cancel' ? 'cancelled' : 'confirmed'),
        fail: (failure) => {
          const { errMsg } = fields(failure)
          resolve(typeof errMsg === 'string' && /cancel/i.test(errMsg) ? 'cancelled' : 'error')
        },
      })
    } catch {
      resolve('error')
    }
  })
}

import type { PayoutConfirmation } from '@renshe/shared/platform/payout-confirmation'

/** What came of asking the payee to confirm a transfer in WeChat. */
export type TransferConfirmationOutcome = 'confirmed' | 'cancelled' | 'outdated' | 'error' | 'unsupported'

/**
 * In a browser there is no WeChat page to confirm a receipt in: `wx.requestMerchantTransfer`
 * runs in the mini-program only. The page says to open the mini-program in WeChat instead.
 */
export function transferConfirmationAvailable(): boolean {
  return false
}

export function confirmTransfer(_confirmation: PayoutConfirmation): Promise<TransferConfirmationOutcome> {
  return Promise.resolve('unsupported')
}

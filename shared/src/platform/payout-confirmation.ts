import { z } from 'zod'

/**
 * What the payee's mini-program hands to `wx.requestMerchantTransfer` to confirm receipt of a
 * transfer that waits for her (WeChat Pay's user confirmation mode, decision 054): the merchant,
 * the app, and the transfer's `package_info`. Given to the applicant herself only.
 */
export const PayoutConfirmation = z.object({ mchId: z.string(), appId: z.string(), package: z.string() })
export type PayoutConfirmation = z.infer<typeof PayoutConfirmation>

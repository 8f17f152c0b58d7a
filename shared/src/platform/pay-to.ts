import { z } from 'zod'

/**
 * Where a person's subsidy is paid (decision 068): her WeChat balance, or her citizen card through
 * the ledger of money onto cards. She chooses when she applies; WeChat unless she says otherwise.
 */
export const PayTo = z.enum(['wechat', 'card'])
export type PayTo = z.infer<typeof PayTo>

import Taro from '@tarojs/taro'
import type { WechatPayRequest } from '@renshe/shared/jobs/insurance'
import type { PaymentOutcome } from './payment-outcome'

/**
 * Opens WeChat's own pay sheet with the parameters the portal signed. Its success only means the
 * payer confirmed: the payment counts as paid when the portal hears it from WeChat Pay, so the
 * page asks the portal afterwards rather than trusting this answer.
 */
export async function requestPayment(request: WechatPayRequest): Promise<PaymentOutcome> {
  try {
    await Taro.requestPayment({ ...request })
    return 'paid'
  } catch {
    return 'cancelled'
  }
}

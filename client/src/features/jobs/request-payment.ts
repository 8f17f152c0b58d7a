import type { WechatPayRequest } from '@renshe/shared/jobs/insurance'
import type { PaymentOutcome } from './payment-outcome'

/**
 * In a browser there is no WeChat pay sheet to open: WeChat Pay's JSAPI runs inside WeChat. The
 * page says to open the service in WeChat; the payment stays pending and can be paid there.
 */
export function requestPayment(_request: WechatPayRequest): Promise<PaymentOutcome> {
  return Promise.resolve('unsupported')
}

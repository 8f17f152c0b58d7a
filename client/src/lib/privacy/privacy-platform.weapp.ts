import Taro from '@tarojs/taro'
import { askForPrivacyConsent } from './privacy-consent'

/**
 * WeChat asks the portal for consent whenever a privacy API (photos, chat files, the clipboard)
 * is called before the person agreed to the privacy guide. Registered once, at launch. Base
 * libraries before 2.32.3 have no privacy check, and nothing to listen to.
 */
export function listenForPrivacyRequests(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => askForPrivacyConsent(resolve, eventInfo.referrer))
}

/** WeChat's own page of the privacy guide as filed in the mini-program's admin console. */
export function openPrivacyContract(): void {
  if (typeof Taro.openPrivacyContract !== 'function') return
  Taro.openPrivacyContract({ fail: () => undefined })
}

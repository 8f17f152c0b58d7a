import Taro from '@tarojs/taro'

/** WeChat's standard font is 17 px; two steps up or more means the person reads large text. */
const largeFontSetting = 20

export function systemPrefersLargeText(): boolean {
  try {
    // WeChat returns `fontSizeSetting` here; Taro's type for the result does not list it.
    const info: unknown = Taro.getAppBaseInfo()
    if (typeof info !== 'object' || info === null || !('fontSizeSetting' in info)) return false
    return typeof info.fontSizeSetting === 'number' && info.fontSizeSetting >= largeFontSetting
  } catch {
    return false
  }
}

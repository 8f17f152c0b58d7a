import Taro from '@tarojs/taro'

/** WeChat's language (`zh_CN`, `en`), as a language tag. */
export function deviceLanguages(): string {
  try {
    return Taro.getAppBaseInfo().language.replace('_', '-')
  } catch {
    return ''
  }
}

import Taro from '@tarojs/taro'

/** A one-time code (valid 5 minutes) that the BFF exchanges with WeChat for the person's openid. */
export async function wechatLoginCode(): Promise<string | null> {
  try {
    const { code } = await Taro.login()
    return code || null
  } catch {
    return null
  }
}

export const wechatLoginAvailable = true

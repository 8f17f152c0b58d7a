import Taro from '@tarojs/taro'

/** WeChat: setClipboardData (WeChat itself says "copied" in its own small notice). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  }
}

import Taro from '@tarojs/taro'
import { weakRandomBytes } from './weak-random-bytes'

/** WeChat has no Web Crypto; wx.getRandomValues (base library 2.20.2+) gives secure bytes. */
export async function randomBytes(length: number): Promise<Uint8Array> {
  try {
    const result = await Taro.getRandomValues({ length })
    return new Uint8Array(result.randomValues)
  } catch {
    return weakRandomBytes(new Uint8Array(length))
  }
}

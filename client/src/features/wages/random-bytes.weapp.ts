import Taro from '@tarojs/taro'

/** WeChat has no Web Crypto; wx.getRandomValues (base library 2.20.2+) gives the bytes. */
export async function randomBytes(length: number): Promise<Uint8Array> {
  try {
    const result = await Taro.getRandomValues({ length })
    return new Uint8Array(result.randomValues)
  } catch {
    // An older base library: the id only has to be unique for this person's drafts.
    const bytes = new Uint8Array(length)
    for (let i = 0; i < length; i += 1) bytes[i] = Math.floor(Math.random() * 256)
    return bytes
  }
}

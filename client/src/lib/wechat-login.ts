/** In a browser there is no WeChat to ask for a login code. */
export async function wechatLoginCode(): Promise<string | null> {
  return null
}

export const wechatLoginAvailable = false

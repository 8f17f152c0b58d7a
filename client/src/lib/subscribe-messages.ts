import Taro from '@tarojs/taro'

export type SubscribeAnswer = 'accepted' | 'refused' | 'nothing-to-ask'

/**
 * Asks the person whether the portal may send them these WeChat subscribe messages. WeChat allows
 * the question only inside a tap, so call this from the tap's handler: the request goes out before
 * the first await. With no templates configured there is no question to put, and WeChat would
 * only answer an empty list with an error, so nothing is asked.
 */
export async function askToSubscribe(templateIds: readonly string[]): Promise<SubscribeAnswer> {
  if (templateIds.length === 0) return 'nothing-to-ask'
  try {
    // `entityIds` is Alipay's; Taro's types ask for it on every platform, WeChat ignores it.
    const result = await Taro.requestSubscribeMessage({ tmplIds: [...templateIds], entityIds: [] })
    const answers: Readonly<Record<string, unknown>> = { ...result }
    return templateIds.some((id) => answers[id] === 'accept') ? 'accepted' : 'refused'
  } catch {
    return 'refused'
  }
}

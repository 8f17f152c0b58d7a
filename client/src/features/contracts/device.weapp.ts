import Taro from '@tarojs/taro'

/**
 * The phone as WeChat names it (brand, model, system), for the contract's evidence chain
 * (decision 073). getDeviceInfo where the base library has it; getSystemInfoSync before it.
 */
export function deviceName(): string {
  try {
    const info = typeof Taro.getDeviceInfo === 'function' ? Taro.getDeviceInfo() : Taro.getSystemInfoSync()
    return [info.brand, info.model, info.system].filter(Boolean).join(' ').slice(0, 200)
  } catch {
    return ''
  }
}

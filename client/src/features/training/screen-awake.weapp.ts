import Taro from '@tarojs/taro'

/** WeChat: setKeepScreenOn for as long as the page shows the code. */
export function keepScreenAwake(): () => void {
  Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
  return () => {
    Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
  }
}

import Taro from '@tarojs/taro'

const keepOn = () => {
  Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
}

/**
 * WeChat: setKeepScreenOn while the page shows the code. WeChat drops it when the mini-program
 * goes to the background, so it is set again each time the mini-program comes back.
 */
export function keepScreenAwake(): () => void {
  keepOn()
  Taro.onAppShow(keepOn)
  return () => {
    Taro.offAppShow(keepOn)
    Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
  }
}

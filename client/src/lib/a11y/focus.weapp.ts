import Taro from '@tarojs/taro'

export function focusById(id: string): void {
  Taro.pageScrollTo({ selector: `#${id}`, duration: 200, offsetTop: -80 }).catch(() => undefined)
}

import Taro from '@tarojs/taro'

export function focusById(id: string, place: 'center' | 'start' = 'center'): void {
  Taro.pageScrollTo({ selector: `#${id}`, duration: 200, offsetTop: place === 'start' ? -16 : -80 }).catch(() => undefined)
}

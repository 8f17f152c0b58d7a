import Taro from '@tarojs/taro'

/**
 * WeChat: the page's intersection observer tells when the element `id` comes into view (the end
 * of the contract's text, decision 073). It starts on the next tick, once the element is rendered.
 */
export function watchEnd(id: string, onVisible: () => void): () => void {
  let observer: Taro.IntersectionObserver | null = null
  let stopped = false
  Taro.nextTick(() => {
    const page = Taro.getCurrentInstance().page
    if (stopped || !page) return
    observer = Taro.createIntersectionObserver(page, { thresholds: [0] })
    observer.relativeToViewport({ bottom: 0 }).observe(`#${id}`, (result) => {
      if ((result.intersectionRatio ?? 0) > 0) onVisible()
    })
  })
  return () => {
    stopped = true
    observer?.disconnect()
  }
}

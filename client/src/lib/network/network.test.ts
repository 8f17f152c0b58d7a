import { expect, test, vi } from 'vitest'
import { isOnline, onBackOnline, startNetworkWatch } from './network'

test('the browser’s offline and online events are followed, and coming back is announced once', () => {
  startNetworkWatch()
  const back = vi.fn()
  const stop = onBackOnline(back)

  window.dispatchEvent(new Event('offline'))
  expect(isOnline()).toBe(false)
  expect(back).not.toHaveBeenCalled()

  window.dispatchEvent(new Event('online'))
  expect(isOnline()).toBe(true)
  window.dispatchEvent(new Event('online'))
  expect(back).toHaveBeenCalledTimes(1)
  stop()
})

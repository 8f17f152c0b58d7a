import { afterEach, expect, test, vi } from 'vitest'
import { pageConfig, platformAppConfig } from './page-config'

afterEach(() => {
  vi.unstubAllEnvs()
})

test('an h5 page scrolls the window, and the app slides no pages in', () => {
  vi.stubEnv('TARO_ENV', 'h5')
  expect(pageConfig({ navigationBarTitleText: '我的' })).toEqual({ navigationBarTitleText: '我的', usingWindowScroll: true })
  expect(platformAppConfig()).toEqual({ animation: false })
})

test('a WeChat page gets only keys of WeChat’s schema, and the app loads components on demand', () => {
  vi.stubEnv('TARO_ENV', 'weapp')
  expect(pageConfig({ navigationBarTitleText: '我的' })).toEqual({ navigationBarTitleText: '我的' })
  expect(platformAppConfig()).toEqual({ lazyCodeLoading: 'requiredComponents' })
})

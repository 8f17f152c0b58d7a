import { afterEach, expect, test, vi } from 'vitest'
import { confirmTransfer } from './transfer-confirmation.weapp'

type Options = { readonly mchId: string; readonly appId: string; readonly package: string; readonly success: (result: unknown) => void; readonly fail: (failure: unknown) => void }

const confirmation = { mchId: '1900000109', appId: 'wx-test-app', package: 'fake-package-1' }

function phoneWith(requestMerchantTransfer?: (options: Options) => void) {
  vi.stubGlobal('wx', requestMerchantTransfer ? { requestMerchantTransfer } : {})
}

afterEach(() => {
  vi.unstubAllGlobals()
})

test('WeChat’s receipt page is opened with the merchant, the app and the package the portal gave', async () => {
  const requestMerchantTransfer = vi.fn((options: Options) => options.success({ errMsg: 'requestMerchantTransfer:ok' }))
  phoneWith(requestMerchantTransfer)
  expect(await confirmTransfer(confirmation)).toBe('confirmed')
  expect(requestMerchantTransfer.mock.calls[0]?.[0]).toMatchObject(confirmation)
})

test('leaving the page is a cancel, whether WeChat calls it a failure or, as one client does, a success', async () => {
  phoneWith((options) => options.fail({ errMsg: 'requestMerchantTransfer:fail cancel' }))
  expect(await confirmTransfer(confirmation)).toBe('cancelled')
  phoneWith((options) => options.success({ errMsg: 'requestMerchantTransfer:ok', result: 'cancel' }))
  expect(await confirmTransfer(confirmation)).toBe('cancelled')
})

test('a WeChat too old for it says so, and a broken call is an error', async () => {
  phoneWith()
  expect(await confirmTransfer(confirmation)).toBe('outdated')
  phoneWith(() => {
    throw new Error('boom')
  })
  expect(await confirmTransfer(confirmation)).toBe('error')
  phoneWith((options) => options.fail({ errMsg: 'requestMerchantTransfer:fail system error' }))
  expect(await confirmTransfer(confirmation)).toBe('error')
})

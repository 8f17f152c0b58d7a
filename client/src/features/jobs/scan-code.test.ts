import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { checkInCodeOf } from './check-in-code-text'
import * as browser from './scan-code'
import * as weapp from './scan-code.weapp'

test('typed or scanned, a code is its six digits, full-width and spaced ones forgiven; a link or other text is no code', () => {
  expect(checkInCodeOf('482917')).toBe('482917')
  expect(checkInCodeOf(' 48 29 17 ')).toBe('482917')
  expect(checkInCodeOf('４８２９１７')).toBe('482917')
  for (const text of ['', '48291', '4829170', '482917x', 'https://example.com/?code=482917', '４８２９１７\u0000', '-48291', '48291.7']) {
    expect(checkInCodeOf(text), text).toBeUndefined()
  }
})

test('in a browser there is no scanner: the worker types the code', async () => {
  expect(browser.scanAvailable).toBe(false)
  expect(await browser.scanCode()).toEqual({ kind: 'unsupported' })
})

test('in WeChat the camera scans QR codes only, never a picture from the album; closing it is a cancel', async () => {
  const scanCode = vi.fn().mockResolvedValueOnce({ result: '482917', scanType: 'QR_CODE' }).mockRejectedValueOnce({ errMsg: 'scanCode:fail cancel' })
  Object.assign(Taro, { scanCode })
  expect(weapp.scanAvailable).toBe(true)
  expect(await weapp.scanCode()).toEqual({ kind: 'scanned', text: '482917' })
  expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] })
  expect(await weapp.scanCode()).toEqual({ kind: 'cancelled' })
})

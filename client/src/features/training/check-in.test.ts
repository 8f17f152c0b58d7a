import Taro from '@tarojs/taro'
import { expect, test, vi } from 'vitest'
import { checkInPayload, DeviceId } from '@renshe/shared/training/attendance'
import { scannedCode, typedCode } from './check-in-code'
import * as browserScan from './check-in-scan'
import * as weappScan from './check-in-scan.weapp'
import { deviceId, deviceIdOf } from './device-id'
import { randomBytes as weappRandomBytes } from './random-bytes.weapp'

test('a typed code is its six digits, full-width and spaced ones forgiven; anything else is no code', () => {
  expect(typedCode('482917')).toBe('482917')
  expect(typedCode(' 482 917 ')).toBe('482917')
  expect(typedCode('４８２９１７')).toBe('482917')
  for (const text of ['', '48291', '4829170', '48291x', 'renshe-checkin:s-2:482917']) expect(typedCode(text), text).toBeUndefined()
})

test('a scanned code counts only for the session open now; another session’s, a link or bare digits are told apart', () => {
  expect(scannedCode(checkInPayload('s-2', '482917'), 's-2')).toEqual({ kind: 'code', code: '482917' })
  expect(scannedCode(checkInPayload('s-3', '482917'), 's-2')).toEqual({ kind: 'otherSession' })
  for (const text of ['482917', 'https://example.com/?c=renshe-checkin:s-2:482917', 'renshe-checkin:s-2:48291', 'renshe-checkin:s 2:482917']) {
    expect(scannedCode(text, 's-2'), text).toEqual({ kind: 'notACode' })
  }
})

test('the device id is made once, fits the contract, and is the same at every check-in', async () => {
  expect(deviceIdOf(new Uint8Array(16))).toBe('AAAAAAAAAAAAAAAAAAAAAA')
  expect(deviceIdOf(new Uint8Array(16).fill(255))).toBe('_____________________w')
  const first = await deviceId()
  expect(DeviceId.safeParse(first).success).toBe(true)
  expect(first).toHaveLength(22)
  expect(await deviceId()).toBe(first)
  // Storage holding something else (an older version, a hand edit) is replaced by a good id.
  Taro.setStorageSync('renshe.training.device', 'short')
  const replaced = await deviceId()
  expect(replaced).not.toBe('short')
  expect(DeviceId.safeParse(replaced).success).toBe(true)
})

test('WeChat gives secure bytes from wx.getRandomValues; an old base library without it still gets an id', async () => {
  const getRandomValues = vi.fn().mockResolvedValueOnce({ randomValues: new Uint8Array([1, 2, 3, 4]).buffer }).mockRejectedValueOnce(new Error('not supported'))
  Object.assign(Taro, { getRandomValues })
  expect(Array.from(await weappRandomBytes(4))).toEqual([1, 2, 3, 4])
  expect(getRandomValues).toHaveBeenCalledWith({ length: 4 })
  expect(await weappRandomBytes(16)).toHaveLength(16)
})

test('in a browser there is no scanner; in WeChat the camera scans QR codes only, never the album, and closing it is a cancel', async () => {
  expect(browserScan.scanAvailable).toBe(false)
  expect(await browserScan.scanCheckInCode()).toEqual({ kind: 'unsupported' })
  const scanCode = vi.fn().mockResolvedValueOnce({ result: checkInPayload('s-2', '482917'), scanType: 'QR_CODE' }).mockRejectedValueOnce({ errMsg: 'scanCode:fail cancel' })
  Object.assign(Taro, { scanCode })
  expect(weappScan.scanAvailable).toBe(true)
  expect(await weappScan.scanCheckInCode()).toEqual({ kind: 'scanned', text: 'renshe-checkin:s-2:482917' })
  expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] })
  expect(await weappScan.scanCheckInCode()).toEqual({ kind: 'cancelled' })
})

import Taro from '@tarojs/taro'
import type { ScanOutcome } from './check-in-scan'

export type { ScanOutcome } from './check-in-scan'

/** In WeChat the trainee scans the institution's screen with WeChat's own scanner. */
export const scanAvailable = true

/**
 * The camera only, never the photo album (a code must be read in the room, not from a picture
 * someone sent), QR codes only. What was read is text for the caller to check.
 */
export async function scanCheckInCode(): Promise<ScanOutcome> {
  try {
    const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return { kind: 'scanned', text: scanned.result }
  } catch {
    return { kind: 'cancelled' }
  }
}

import Taro from '@tarojs/taro'
import type { ScanOutcome } from './venue-scan'

export type { ScanOutcome } from './venue-scan'

/** In WeChat the venue's phone scans the holder's screen with WeChat's own scanner. */
export const scanAvailable = true

/**
 * The camera only, never the photo album (a code is shown at the gate, not sent as a picture),
 * QR codes only. What was read is text for the offline check.
 */
export async function scanEcardCode(): Promise<ScanOutcome> {
  try {
    const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return { kind: 'scanned', text: scanned.result }
  } catch {
    return { kind: 'cancelled' }
  }
}

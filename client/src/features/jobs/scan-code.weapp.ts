import Taro from '@tarojs/taro'
import type { ScanOutcome } from './scan-outcome'

/** In WeChat the worker may scan the code the employer's page shows, with WeChat's own scanner. */
export const scanAvailable = true

/**
 * Opens the camera (never the photo album: a code must be read at the site, not from a picture
 * sent by someone) for QR codes only. What was read is text to be checked by the caller.
 */
export async function scanCode(): Promise<ScanOutcome> {
  try {
    const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return { kind: 'scanned', text: scanned.result }
  } catch {
    return { kind: 'cancelled' }
  }
}

import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Locator } from 'playwright-core'

/**
 * What a QR code on the screen says, read off a screenshot of it as a camera would (jsQR, decision
 * 066): the journey proves the code shown is one a venue can scan, not only that the page holds a
 * token somewhere.
 */
export async function readQrCode(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot({ animations: 'disabled' }))
  const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
  if (!found) throw new Error('no QR code could be read off the element')
  return found.data
}

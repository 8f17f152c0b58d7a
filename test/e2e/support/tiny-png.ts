import { onePixelPng } from '../../../bff/src/db/seed/one-pixel-png'

/** A real PNG of one pixel in `rgb`: what a photo of a receipt is to the server, in 70 bytes. */
export function tinyPng(rgb: readonly [number, number, number] = [30, 90, 160]): Buffer {
  return onePixelPng(rgb)
}

import type { ScanOutcome } from './scan-outcome'

/**
 * In a browser the worker types the code: h5 has no scanner Taro can open, and reading the
 * camera here would mean a decoder in the page for a code that is six digits to type.
 */
export const scanAvailable = false

export function scanCode(): Promise<ScanOutcome> {
  return Promise.resolve({ kind: 'unsupported' })
}

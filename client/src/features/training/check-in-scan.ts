/** What a scan gave: text to check, nothing (closed, or the camera refused), or no scanner here. */
export type ScanOutcome = { readonly kind: 'scanned'; readonly text: string } | { readonly kind: 'cancelled' } | { readonly kind: 'unsupported' }

/**
 * In a browser the trainee types the code: h5 has no scanner Taro can open outside WeChat's own
 * browser, and a camera decoder in the page would weigh more than six digits to type.
 */
export const scanAvailable = false

export function scanCheckInCode(): Promise<ScanOutcome> {
  return Promise.resolve({ kind: 'unsupported' })
}

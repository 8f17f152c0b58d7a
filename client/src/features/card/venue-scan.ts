/** What a scan gave: the code's text, nothing (closed, or the camera refused), or no camera scanner here. */
export type ScanOutcome = { readonly kind: 'scanned'; readonly text: string } | { readonly kind: 'cancelled' } | { readonly kind: 'unsupported' }

/**
 * In a browser the venue's handheld scanner types the code into the field, as a keyboard does,
 * and ends it with Enter: h5 has no camera scanner Taro can open outside WeChat.
 */
export const scanAvailable = false

export function scanEcardCode(): Promise<ScanOutcome> {
  return Promise.resolve({ kind: 'unsupported' })
}

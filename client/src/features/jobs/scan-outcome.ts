/** What a scan gave: text to check, nothing (closed, or the camera refused), or no scanner here. */
export type ScanOutcome = { readonly kind: 'scanned'; readonly text: string } | { readonly kind: 'cancelled' } | { readonly kind: 'unsupported' }

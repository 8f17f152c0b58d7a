import { useCallback, useRef } from 'react'
import { newIdempotencyKey } from '../../lib/http/idempotency-key'

/**
 * The Idempotency-Key of one submission sent as oneself (`useSubmission` sends under the acting
 * grant): the same key for every retry until it succeeds or what is sent changes (`renew`).
 */
export function useOnceKey() {
  const key = useRef<string | null>(null)
  const current = useCallback(() => (key.current ??= newIdempotencyKey()), [])
  const renew = useCallback(() => {
    key.current = null
  }, [])
  return { current, renew }
}

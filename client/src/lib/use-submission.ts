import { useCallback, useRef, useState } from 'react'
import type { Operation, OperationInput } from '@renshe/shared/platform/operation'
import { call, type CallResult } from './api'
import { newIdempotencyKey } from './http/idempotency-key'

/**
 * Sends one form. The Idempotency-Key belongs to the submission, not to the attempt: a retry
 * after a lost answer sends the same key, so the server never makes a second object. Changing
 * the form (`edited()`) makes the next submission a new one.
 */
export function useSubmission<O extends Operation>(operation: O) {
  const key = useRef<string | null>(null)
  const [sending, setSending] = useState(false)

  const submit = useCallback(
    async (input: OperationInput<O>): Promise<CallResult<O>> => {
      key.current ??= newIdempotencyKey()
      setSending(true)
      try {
        const result = await call(operation, input, { idempotencyKey: key.current })
        if (result.ok) key.current = null
        return result
      } finally {
        setSending(false)
      }
    },
    [operation],
  )

  const edited = useCallback(() => {
    key.current = null
  }, [])

  return { submit, edited, sending }
}

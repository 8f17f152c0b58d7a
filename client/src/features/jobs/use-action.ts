import { useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly network: false; readonly problem: Problem } | { readonly ok: false; readonly network: true }

type Sending = { readonly state: 'idle' | 'sending' } | { readonly state: 'failed'; readonly problem: Problem | null }

/**
 * One button's request: busy while it runs, the refusal (or the missing answer, `null`) kept to
 * be shown beside the button, and the answer handed on when it succeeds.
 */
export function useAction<T>(onDone: (value: T) => void) {
  const [sending, setSending] = useState<Sending>({ state: 'idle' })
  const run = async (request: () => Promise<Outcome<T>>) => {
    setSending({ state: 'sending' })
    const result = await request()
    if (result.ok) {
      setSending({ state: 'idle' })
      onDone(result.value)
    } else {
      setSending({ state: 'failed', problem: result.network ? null : result.problem })
    }
  }
  return {
    run,
    busy: sending.state === 'sending',
    failed: sending.state === 'failed',
    problem: sending.state === 'failed' ? sending.problem : null,
  }
}

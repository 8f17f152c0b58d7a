import { useCallback, useEffect, useRef, useState } from 'react'
import type { Operation, OperationInput, OperationOutput } from '@renshe/shared/platform/operation'
import type { Problem } from '@renshe/shared/platform/problem'
import { actingForStore } from './acting-for/acting-for-store'
import { call } from './api'
import { useStore } from './store'

export type Loaded<O extends Operation> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: OperationOutput<O> }
  | { readonly status: 'problem'; readonly problem: Problem }
  | { readonly status: 'network' }

/**
 * Loads one operation when the page opens, again when its input changes or the person starts
 * or stops acting for someone, and on `reload()`. `null` as input waits (e.g. not logged in).
 */
export function useOperation<O extends Operation>(operation: O, input: OperationInput<O> | null): readonly [Loaded<O>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<O>>({ status: 'loading' })
  const [round, setRound] = useState(0)
  const actingFor = useStore(actingForStore)
  const inputKey = input === null ? null : JSON.stringify(input)
  const inputRef = useRef(input)
  inputRef.current = input

  useEffect(() => {
    const current = inputRef.current
    if (current === null) return undefined
    let live = true
    setLoaded({ status: 'loading' })
    void call(operation, current).then((result) => {
      if (!live) return
      if (result.ok) setLoaded({ status: 'ok', value: result.value })
      else if (result.network) setLoaded({ status: 'network' })
      else setLoaded({ status: 'problem', problem: result.problem })
    })
    return () => {
      live = false
    }
  }, [operation, inputKey, actingFor?.grantId, round])

  const reload = useCallback(() => setRound((n) => n + 1), [])
  return [loaded, reload] as const
}

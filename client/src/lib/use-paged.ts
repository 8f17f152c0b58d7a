import { useCallback, useEffect, useRef, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { actingForStore } from './acting-for/acting-for-store'
import { useStore } from './store'

export type PageResult<T> =
  | { readonly ok: true; readonly value: { readonly items: readonly T[]; readonly nextCursor: string | null } }
  | { readonly ok: false; readonly network: false; readonly problem: Problem }
  | { readonly ok: false; readonly network: true }

export interface Paged<T> {
  readonly items: readonly T[]
  readonly status: 'loading' | 'ready' | 'problem' | 'network'
  readonly problem: Problem | null
  readonly hasMore: boolean
  readonly loadMore: () => void
  readonly reload: () => void
}

/** A cursor-paged list: the first page on open, further pages appended on request. */
export function usePaged<T>(loadPage: (cursor: string | undefined) => Promise<PageResult<T>>, enabled = true): Paged<T> {
  const [items, setItems] = useState<readonly T[]>([])
  const [status, setStatus] = useState<Paged<T>['status']>('loading')
  const [problem, setProblem] = useState<Problem | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [round, setRound] = useState(0)
  const actingFor = useStore(actingForStore)
  const load = useRef(loadPage)
  load.current = loadPage
  const lastAsked = useRef(0)

  const fetchPage = useCallback(async (from: string | undefined, append: boolean) => {
    const asked = (lastAsked.current += 1)
    setStatus('loading')
    const result = await load.current(from)
    // Only the page asked for last is shown: an earlier answer arriving late (for the words or
    // the kind before, or a "more" tapped twice) would mix another list into this one.
    if (asked !== lastAsked.current) return
    if (result.ok) {
      setItems((previous) => (append ? [...previous, ...result.value.items] : result.value.items))
      setCursor(result.value.nextCursor)
      setProblem(null)
      setStatus('ready')
    } else if (result.network) {
      setStatus('network')
    } else {
      setProblem(result.problem)
      setStatus('problem')
    }
  }, [])

  useEffect(() => {
    if (enabled) void fetchPage(undefined, false)
  }, [enabled, fetchPage, actingFor?.grantId, round])

  return {
    items,
    status,
    problem,
    hasMore: cursor !== null,
    loadMore: () => {
      if (cursor !== null) void fetchPage(cursor, true)
    },
    reload: () => setRound((n) => n + 1),
  }
}

/**
 * Items of a paged list as the last action on each left them (a decision taken, a day checked
 * in), without loading the list again: `current(item)` is the item as it now stands.
 */
export function useReplaced<T>(keyOf: (item: T) => string) {
  const [replaced, setReplaced] = useState<ReadonlyMap<string, T>>(new Map())
  return {
    current: (item: T): T => replaced.get(keyOf(item)) ?? item,
    replace: (item: T) => setReplaced((before) => new Map(before).set(keyOf(item), item)),
  }
}

import { useEffect, useState } from 'react'
import { ecardTokenSeconds } from '@renshe/shared/card/ecard-token'
import type { EcardCode } from '@renshe/shared/card/schemas'
import type { Problem } from '@renshe/shared/platform/problem'
import { freshEcardCode } from '../../api'

export type EcardState =
  | { readonly status: 'loading' }
  /**
   * A code on screen. `receivedAt`, `refreshAt` and `expiresAt` are by this device's clock; `trouble`: the next
   * one could not be had yet (the code stays up until it expires); `refreshing`: asked for now.
   */
  | {
      readonly status: 'shown'
      readonly code: EcardCode
      readonly receivedAt: number
      readonly refreshAt: number
      readonly expiresAt: number
      readonly trouble: { readonly problem: Problem | null } | null
      readonly refreshing: boolean
    }
  /** The server refuses a code: the card is stopped (reported lost, cancelled…). */
  | { readonly status: 'stopped' }
  | { readonly status: 'noCard' }
  | { readonly status: 'failed'; readonly problem: Problem | null }

/** The next code is asked for this long before the one on screen expires, so a gate never reads a code in its last seconds. */
const leadMs = 10_000
/** Never sooner than this after a code arrives, whatever it says of itself. */
const soonestMs = 5_000
/** No answer (a weak network at the gate): asked again soon, by itself. */
const networkRetryMs = 5_000
const lifeMs = ecardTokenSeconds * 1_000

/**
 * When, by this device's clock, to ask for the next code and when the one on screen is spent:
 * counted from when it arrived by the code's own length of life, because a phone's clock may be
 * minutes off the portal's while the length of a minute is not.
 */
export function codeTimes(code: EcardCode, receivedAt: number): { readonly refreshAt: number; readonly expiresAt: number } {
  const claimed = Date.parse(code.expiresAt) - Date.parse(code.issuedAt)
  const life = Number.isFinite(claimed) && claimed > 0 && claimed <= lifeMs ? claimed : lifeMs
  return { refreshAt: receivedAt + Math.max(soonestMs, life - leadMs), expiresAt: receivedAt + life }
}

/** The refusals the page says in its own words; the rest are problems shown as they come. */
function refusalOf(problem: Problem): 'stopped' | 'noCard' | null {
  if (problem.code === 'conflict' || problem.code === 'illegal_transition') return 'stopped'
  if (problem.code === 'not_found') return 'noCard'
  return null
}

/**
 * The holder's e-card code: a new one ~10 s before the one on screen expires and whenever she
 * presses "refresh", the last one kept on screen meanwhile. `active` false asks for nothing (the
 * card is known to be stopped); a refusal stops the asking until she asks again.
 */
export function useEcardCode(active: boolean): { readonly state: EcardState; readonly refresh: () => void } {
  const [state, setState] = useState<EcardState>({ status: 'loading' })
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (!active) return undefined
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const askAgainIn = (ms: number) => {
      timer = setTimeout(() => setRound((n) => n + 1), ms)
    }
    setState((current) => (current.status === 'shown' ? { ...current, refreshing: true } : current))
    void freshEcardCode().then((result) => {
      if (!live) return
      const now = Date.now()
      if (result.ok) {
        const times = codeTimes(result.value, now)
        setState({ status: 'shown', code: result.value, receivedAt: now, ...times, trouble: null, refreshing: false })
        return askAgainIn(times.refreshAt - now)
      }
      const refusal = result.network ? null : refusalOf(result.problem)
      // A stopped card's code leaves the screen at once: it would be refused at the gate anyway.
      if (refusal) return setState({ status: refusal })
      const trouble = { problem: result.network ? null : result.problem }
      setState((current) => (current.status === 'shown' ? { ...current, trouble, refreshing: false } : { status: 'failed', ...trouble }))
      if (result.network) askAgainIn(networkRetryMs)
    })
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [active, round])
  return { state, refresh: () => setRound((n) => n + 1) }
}

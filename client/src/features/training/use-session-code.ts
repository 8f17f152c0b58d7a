import { useEffect, useState } from 'react'
import type { Problem } from '@renshe/shared/platform/problem'
import { attendanceRules, type SessionCode } from '@renshe/shared/training/attendance'
import { loadSessionCode } from './api'

export type CodeState =
  | { readonly status: 'loading' }
  /** `refreshAt`: when, by this device's clock, the next code is asked for. */
  | { readonly status: 'ok'; readonly value: SessionCode; readonly refreshAt: number }
  | { readonly status: 'notNow' }
  | { readonly status: 'suspended' }
  | { readonly status: 'failed'; readonly problem: Problem | null }

const stepMs = attendanceRules.codeStepSeconds * 1000
/** Asked a moment after the step ends, so the server has surely moved on to the next code. */
const marginMs = 300
/** Never sooner than this: a device whose clock runs ahead of the server's would otherwise ask in a loop. */
const soonestMs = 2_000
/** Outside the hours the code can be shown: asked again each minute, so a screen set up early starts by itself. */
const notNowRetryMs = 60_000
/** No answer (Wi-Fi dropped): asked again soon, as the screen is usually left alone. */
const networkRetryMs = 5_000

/**
 * When to ask for the next code, by this device's clock: at the end of the code's step, but
 * never sooner than 2 s nor later than one step from now, whatever the two clocks disagree on
 * (a code one step old still checks in: `attendanceRules.acceptedPastSteps`).
 */
export function refreshTime(validUntil: string, now: number): number {
  const left = new Date(validUntil).getTime() - now + marginMs
  return now + Math.min(stepMs, Math.max(soonestMs, Number.isNaN(left) ? stepMs : left))
}

function refusalKey(problem: Problem): string | undefined {
  return problem.errors?.find((error) => error.key === 'training.outOfWindow' || error.key === 'training.institutionSuspended')?.key
}

/**
 * The session's code as the institution's screen shows it: asked for again when it turns over,
 * the last one kept on screen meanwhile; outside the hours it can be shown, asked for each minute.
 */
export function useSessionCode(sessionId: string): { readonly state: CodeState; readonly retry: () => void } {
  const [state, setState] = useState<CodeState>({ status: 'loading' })
  const [round, setRound] = useState(0)
  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const askAgainIn = (ms: number) => {
      timer = setTimeout(() => setRound((n) => n + 1), ms)
    }
    void loadSessionCode(sessionId).then((result) => {
      if (!live) return
      const now = Date.now()
      if (result.ok) {
        const refreshAt = refreshTime(result.value.validUntil, now)
        setState({ status: 'ok', value: result.value, refreshAt })
        return askAgainIn(refreshAt - now)
      }
      if (result.network) {
        setState({ status: 'failed', problem: null })
        return askAgainIn(networkRetryMs)
      }
      const key = refusalKey(result.problem)
      if (key === 'training.outOfWindow') {
        setState({ status: 'notNow' })
        return askAgainIn(notNowRetryMs)
      }
      setState(key === 'training.institutionSuspended' ? { status: 'suspended' } : { status: 'failed', problem: result.problem })
    })
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [sessionId, round])
  return { state, retry: () => setRound((n) => n + 1) }
}

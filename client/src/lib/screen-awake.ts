/**
 * The browser: the Screen Wake Lock API where there is one, so the screen does not dim while it
 * shows a code (a holder's e-card at a gate, a course's check-in code); nothing where there is none. The browser lets the
 * lock go whenever the page is hidden, so it is taken again each time the page shows. Returns how
 * to let the screen sleep again.
 */
export function keepScreenAwake(): () => void {
  if (typeof navigator === 'undefined' || !('wakeLock' in navigator) || typeof document === 'undefined') return () => undefined
  let lock: WakeLockSentinel | null = null
  let done = false
  const take = () => {
    if (document.visibilityState !== 'visible') return
    navigator.wakeLock
      .request('screen')
      .then((sentinel) => {
        if (done) void sentinel.release().catch(() => undefined)
        else lock = sentinel
      })
      .catch(() => undefined)
  }
  take()
  document.addEventListener('visibilitychange', take)
  return () => {
    done = true
    document.removeEventListener('visibilitychange', take)
    if (lock) void lock.release().catch(() => undefined)
  }
}

/**
 * The browser: the Screen Wake Lock API where there is one, so the institution's screen does not
 * dim while it shows the code; nothing where there is none (the code still shows once woken).
 * Returns how to let the screen sleep again.
 */
export function keepScreenAwake(): () => void {
  let lock: WakeLockSentinel | null = null
  let done = false
  if (typeof navigator !== 'undefined' && 'wakeLock' in navigator) {
    navigator.wakeLock
      .request('screen')
      .then((sentinel) => {
        if (done) void sentinel.release()
        else lock = sentinel
      })
      .catch(() => undefined)
  }
  return () => {
    done = true
    if (lock) void lock.release().catch(() => undefined)
  }
}

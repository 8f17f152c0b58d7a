/** The browser: `navigator.onLine` and its `online` / `offline` events. */
export function watchNetwork(report: (online: boolean) => void): void {
  if (typeof window === 'undefined') return
  report(typeof navigator === 'undefined' || navigator.onLine !== false)
  window.addEventListener('online', () => report(true))
  window.addEventListener('offline', () => report(false))
}

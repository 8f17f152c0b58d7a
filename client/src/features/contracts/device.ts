/**
 * The device as the browser names itself, for the contract's evidence chain (decision 073): the
 * user agent, cut to what the contract takes.
 */
export function deviceName(): string {
  return typeof navigator === 'undefined' ? '' : navigator.userAgent.slice(0, 200)
}

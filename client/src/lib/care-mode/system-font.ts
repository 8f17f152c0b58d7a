/** The browser's own zoom already enlarges the page; there is no separate font setting to read. */
export function systemPrefersLargeText(): boolean {
  return false
}

/** Moves keyboard and screen-reader focus to an element and brings it into view. */
export function focusById(id: string): void {
  const element = document.getElementById(id)
  if (!element) return
  element.focus({ preventScroll: true })
  element.scrollIntoView?.({ block: 'center' })
}

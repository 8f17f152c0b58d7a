/**
 * Moves keyboard and screen-reader focus to an element and brings it into view: centred (a
 * field with an error), or at the top of the screen (`start`: a part of a page the person was
 * sent to, taller than what is left of the screen).
 */
export function focusById(id: string, place: 'center' | 'start' = 'center'): void {
  const element = document.getElementById(id)
  if (!element) return
  element.focus({ preventScroll: true })
  element.scrollIntoView?.({ block: place })
}

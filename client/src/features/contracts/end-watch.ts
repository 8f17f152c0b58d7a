/**
 * Calls `onVisible` when the element `id` comes into view: the end of the contract's text, which
 * the worker must reach before she is offered to sign (decision 073). Returns what stops watching.
 */
export function watchEnd(id: string, onVisible: () => void): () => void {
  const element = document.getElementById(id)
  if (!element) return () => undefined
  if (typeof IntersectionObserver === 'undefined') {
    // Browsers before IntersectionObserver: the end is reached once its top is above the screen's bottom.
    const check = () => {
      if (element.getBoundingClientRect().top < window.innerHeight) onVisible()
    }
    window.addEventListener('scroll', check, { passive: true })
    check()
    return () => window.removeEventListener('scroll', check)
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) onVisible()
  })
  observer.observe(element)
  return () => observer.disconnect()
}

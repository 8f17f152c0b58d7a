import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * The elderly-friendly rules care mode promises, measured on the rendered page: every control at
 * least 60×60 CSS px and all visible text at least 18 px. Links inside running text are exempt
 * (as WCAG 2.5.8 exempts them); everything a person taps on its own is not.
 */
export async function expectCareModeSizes(page: Page, name: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = []
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
    }
    const controls = document.querySelectorAll('[role=button],[role=link],[role=switch],[role=radio],[role=checkbox],input,textarea')
    for (const control of Array.from(controls)) {
      if (!shown(control)) continue
      if (control.getAttribute('role') === 'link' && getComputedStyle(control).display === 'inline') continue
      const box = control.getBoundingClientRect()
      if (box.height < 59.5 || box.width < 59.5) {
        found.push(`control "${(control.textContent ?? '').trim().slice(0, 24)}" is ${Math.round(box.width)}×${Math.round(box.height)}`)
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim()
      const parent = node.parentElement
      if (!text || !parent || !shown(parent) || parent.closest('.visually-hidden')) continue
      const size = Number.parseFloat(getComputedStyle(parent).fontSize)
      if (size < 18) found.push(`text "${text.slice(0, 24)}" is ${size}px`)
    }
    return found
  })
  expect(problems, `${name}: care mode sizes`).toEqual([])
}

import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { texts } from './texts'

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

/** Turns care mode on from the page's switch (in the page's language), unless it is on already. */
export async function careModeOn(page: Page, locale: 'zh-CN' | 'en' | '中文' | 'English' = 'zh-CN'): Promise<void> {
  const name = texts[locale === 'zh-CN' || locale === '中文' ? 'zh-CN' : 'en'].careMode
  const toggle = page.getByRole('switch', { name }).filter({ visible: true }).first()
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click()
}

import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * axe's WCAG 2.2 A and AA rules over the page as rendered: names of buttons, links and inputs,
 * labels, roles and their states. Colour contrast needs a layout, which happy-dom does not make:
 * the browser journeys check it.
 */
export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  })
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([])
}

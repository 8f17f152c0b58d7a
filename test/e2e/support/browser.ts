import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'
import type { Clock } from '../../../bff/src/platform/clock'
import { chromiumPath } from './chromium-path.mjs'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
export const screenshotDir = new URL('../../artifacts/screenshots/', import.meta.url).pathname

/** A phone: 390×844 CSS pixels, touch, like the mid-range Android phones most users hold. */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

export interface BrowserSession {
  readonly browser: Browser
  /** A phone whose clock reads the portal's: the day the page shows is the day the server counts from. */
  newPage(options: { clock: Clock; locale?: 'zh-CN' | 'en' }): Promise<{ context: BrowserContext; page: Page }>
  close(): Promise<void>
}

export async function launchBrowser(): Promise<BrowserSession> {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error('Chromium not found: install Debian chromium or set CHROMIUM_PATH')
  // Playwright gives every launch a fresh, empty profile of its own.
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const contexts: BrowserContext[] = []
  return {
    browser,
    async newPage(options) {
      const locale = options.locale ?? 'zh-CN'
      const context = await browser.newContext({ ...phone, locale, extraHTTPHeaders: { 'accept-language': locale } })
      await setPhoneClock(context, options.clock)
      await watchContentSecurityPolicy(context)
      contexts.push(context)
      const page = await context.newPage()
      return { context, page }
    },
    async close() {
      // What was blocked after a journey's last review still fails its file.
      const blocked = contexts.flatMap((context) => policyViolations.get(context) ?? [])
      await browser.close()
      if (blocked.length > 0) throw new Error(`blocked by the Content-Security-Policy: ${blocked.join('\n')}`)
    },
  }
}

const policyViolations = new WeakMap<BrowserContext, string[]>()

/**
 * Collects what the portal's Content-Security-Policy blocked on this phone: Chromium's console
 * errors, and the page's own `securitypolicyviolation` events (reported even when a script
 * catches the error, as a library probing for `eval` does).
 */
async function watchContentSecurityPolicy(context: BrowserContext): Promise<void> {
  const violations: string[] = []
  policyViolations.set(context, violations)
  // A blocked data: URL is quoted whole: the start says enough.
  const report = (violation: string) => violations.push(violation.length > 300 ? `${violation.slice(0, 300)}…` : violation)
  await context.exposeFunction('reportPolicyViolation', report)
  await context.addInitScript(() => {
    const report = (window as unknown as { reportPolicyViolation(violation: string): void }).reportPolicyViolation
    document.addEventListener('securitypolicyviolation', (event) => report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || 'the page'}:${event.lineNumber}`))
  })
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) report(message.text())
  })
}

/** Fails when the portal's Content-Security-Policy has blocked anything on this page's phone so far. */
export function expectNoPolicyViolations(page: Page, name: string): void {
  expect(policyViolations.get(page.context()) ?? [], `${name}: blocked by the Content-Security-Policy`).toEqual([])
}

/** Sets a phone's clock to the portal's; again after the test moves the portal's clock. */
export async function setPhoneClock(context: BrowserContext, clock: Clock): Promise<void> {
  await context.clock.setSystemTime(clock.now())
}

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** axe-core with the WCAG 2.2 AA rule set; any serious or critical violation fails the test. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Evaluated by the browser's tooling, not put in a <script>: the portal's policy forbids inline scripts.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious, `${name}: ${JSON.stringify(serious, null, 2)}`).toEqual([])
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(screenshotDir, `${name}.png`)
  mkdirSync(dirname(path), { recursive: true })
  await page.screenshot({ path, fullPage: true })
}

/** Check a page the way every journey must: nothing blocked by the portal's policy, accessible, and saved for a person to look at. */
export async function review(page: Page, name: string): Promise<void> {
  expectNoPolicyViolations(page, name)
  await expectAccessible(page, name)
  await screenshot(page, name)
}

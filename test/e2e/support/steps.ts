import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { review } from './browser'
import { expectCareModeSizes } from './care-mode'
import type { Texts } from './texts'

/**
 * Journeys find things by role and accessible name, as a screen reader user would. Taro's h5
 * router keeps earlier pages in the document, hidden, so only visible matches count. The heading
 * is the app's (in `#app`), not the one index.html shows until the app has rendered (decision 038).
 */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.locator('#app').getByRole('heading', { name, level: 1 }).filter({ visible: true }).first().waitFor({ timeout: 15_000 })
}

let visit = 0

/**
 * Opens a page by its address, as a link from outside the app (a QR code, a message) would: a
 * fresh load every time, since changing only the hash of a running Taro app is not a visit.
 */
export async function open(page: Page, baseUrl: string, path: string): Promise<void> {
  visit += 1
  await page.goto(`${baseUrl}/?visit=${visit}#${path}`)
}

/** "Back" or "Home" in the navigation every sub-page has above its heading. */
export async function leaveBy(page: Page, text: Texts, way: 'back' | 'homeLink'): Promise<void> {
  const nav = page.getByRole('navigation', { name: text.pageNav }).filter({ visible: true }).first()
  await nav.getByRole('link', { name: text[way], exact: true }).click()
}

export async function press(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name }).filter({ visible: true }).first().click()
}

export async function follow(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('link', { name }).filter({ visible: true }).first().click()
}

/** Types into the input a label names (text or number); Taro's h5 Input wraps a real `<input>`. */
export async function fill(page: Page, label: string | RegExp, value: string): Promise<void> {
  const input = page.locator('input').and(page.getByLabel(label, { exact: true })).filter({ visible: true }).first()
  await input.fill(value)
}

export async function seeText(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).filter({ visible: true }).first().waitFor({ timeout: 15_000 })
}

/** Languages are chosen on the login page, each named in itself. */
export async function chooseLanguage(page: Page, baseUrl: string, language: '中文' | 'English'): Promise<void> {
  await open(page, baseUrl, '/pages/login/index')
  await press(page, language)
}

export async function loginAs(page: Page, baseUrl: string, accountLabel: RegExp): Promise<void> {
  await open(page, baseUrl, '/pages/login/index')
  await press(page, accountLabel)
  await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 })
}

/**
 * Every page a journey reaches is checked with axe (and, in care mode, measured against the
 * elderly-friendly sizes) and saved as a screenshot named after the journey and the step, so
 * the whole journey can be looked at afterwards.
 */
export function reviewer(journey: string, options: { careMode?: boolean } = {}) {
  let step = 0
  return async (page: Page, name: string) => {
    step += 1
    await page.waitForLoadState('networkidle')
    const label = `${journey}/${String(step).padStart(2, '0')}-${name}`
    await review(page, label)
    if (options.careMode) await expectCareModeSizes(page, label)
  }
}

export async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).first().textContent()
  expect(text).not.toBeNull()
  return text ?? ''
}

/** Issues a certificate for school enrolment from the issue page, ending on the certificate. */
export async function issueForSchool(page: Page, baseUrl: string, text: Texts): Promise<void> {
  await open(page, baseUrl, '/features/records/pages/issue/index')
  await expectHeading(page, text.issueTitle)
  await page.getByRole('radio', { name: text.schoolEnrollment }).filter({ visible: true }).first().click()
  await press(page, text.issueSubmit)
  await expectHeading(page, text.certificateTitle)
}

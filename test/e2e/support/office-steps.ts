import type { Locator, Page } from 'playwright-core'

/** One of the big figures of the statistics page: its label and its value, read together. */
export async function seeFigure(page: Page, label: string, value: string): Promise<void> {
  await page
    .getByRole('listitem')
    .filter({ visible: true })
    .filter({ has: page.getByText(label, { exact: true }) })
    .filter({ has: page.getByText(value, { exact: true }) })
    .first()
    .waitFor({ timeout: 15_000 })
}

/** The payroll alert of a project on the statistics page. */
export function alertOf(page: Page, project: string): Locator {
  return page.getByRole('listitem').filter({ visible: true }).filter({ hasText: project })
}

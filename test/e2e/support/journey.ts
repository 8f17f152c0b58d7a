import { afterAll, beforeAll } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { startPortal, type Portal } from './portal'

/** One headless Chromium for all the journeys of a file, closed after them. */
export function browserForFile(): () => BrowserSession {
  let browser: BrowserSession | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser starts in beforeAll')
    return browser
  }
}

/** One portal with a fresh database for all the journeys of a file. */
export function portalForFile(): () => Portal {
  let portal: Portal | undefined
  beforeAll(async () => {
    portal = await startPortal()
  })
  afterAll(async () => {
    await portal?.close()
  })
  return () => {
    if (!portal) throw new Error('the portal starts in beforeAll')
    return portal
  }
}

/** A portal with a fresh database for one journey, which must not see another's data. */
export async function withPortal(journey: (portal: Portal) => Promise<void>): Promise<void> {
  const portal = await startPortal()
  try {
    await journey(portal)
  } finally {
    await portal.close()
  }
}

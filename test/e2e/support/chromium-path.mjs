import { existsSync } from 'node:fs'

/** The Chromium to drive: CHROMIUM_PATH, or Debian's package. Never a downloaded browser. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
  return candidates.find((path) => existsSync(path)) ?? null
}

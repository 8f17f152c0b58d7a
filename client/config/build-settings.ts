import { z } from 'zod'

/** Where a development mini-program finds the portal: `npm start` on the same machine as DevTools. */
export const developmentApiBaseUrl = 'http://127.0.0.1:8787/api'

export interface BuildSettings {
  /** A release is what gets uploaded to WeChat; anything else says on screen that it is not one. */
  readonly release: boolean
  readonly apiBaseUrl: string
}

export type BuildSettingsResult = { readonly ok: true; readonly value: BuildSettings } | { readonly ok: false; readonly error: string }

const BuildEnv = z.object({
  RELEASE: z.enum(['', '0', '1'], { error: 'RELEASE must be 1 (a release build) or unset (a development build)' }).default(''),
  API_BASE_URL: z.string().trim().default(''),
})

const releaseExample = 'RELEASE=1 API_BASE_URL=https://portal.example.gov.cn/api npm run build:weapp'

/**
 * Reads the build's environment once. The h5 build calls the origin that serves it; only the
 * mini-program bakes an API address in, and WeChat calls nothing but registered HTTPS domain
 * names, so a release of it without one would be a program that cannot reach its server.
 */
export function readBuildSettings(env: Readonly<Record<string, string | undefined>>, target: string | undefined): BuildSettingsResult {
  const parsed = BuildEnv.safeParse(env)
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((issue) => issue.message).join('; ') }
  const release = parsed.data.RELEASE === '1'
  const given = parsed.data.API_BASE_URL

  if (target === 'h5') return { ok: true, value: { release, apiBaseUrl: '/api' } }
  if (given === '') {
    return release
      ? { ok: false, error: `A release build needs the portal's HTTPS API address: ${releaseExample}` }
      : { ok: true, value: { release, apiBaseUrl: developmentApiBaseUrl } }
  }

  const url = URL.canParse(given) ? new URL(given) : null
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return { ok: false, error: `API_BASE_URL must be an http(s) address such as https://portal.example.gov.cn/api, not "${given}"` }
  }
  if (release && url.protocol !== 'https:') {
    return { ok: false, error: `A release build calls its API over HTTPS only, as WeChat requires; API_BASE_URL is "${given}". ${releaseExample}` }
  }
  if (release && !isDomainName(url.hostname)) {
    return { ok: false, error: `WeChat accepts only registered domain names as server domains, not localhost or an IP address; API_BASE_URL is "${given}"` }
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, error: `API_BASE_URL is the base the API paths are appended to, without ? or #; it is "${given}"` }
  }
  return { ok: true, value: { release, apiBaseUrl: given.replace(/\/+$/, '') } }
}

function isDomainName(hostname: string): boolean {
  const host = hostname.toLowerCase()
  const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(host)
  const ipv6 = host.startsWith('[')
  return !ipv4 && !ipv6 && host !== 'localhost' && !host.endsWith('.localhost') && host.includes('.')
}

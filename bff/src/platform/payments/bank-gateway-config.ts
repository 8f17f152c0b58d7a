import { z } from 'zod'

/** The bank's corporate payment gateway the real account-transfer channel uses; null in `Config` when none is configured. */
export interface BankGatewayConfig {
  /** Without a trailing slash. */
  readonly baseUrl: string
  readonly clientId: string
  readonly key: string
}

/** The environment's bank gateway variables, spread into `EnvSchema`. */
export const bankGatewayEnvShape = {
  /** The gateway's base URL: `{baseUrl}/v1/transfers`. */
  BANK_GATEWAY_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .refine((value) => {
      // zod runs this after a failed URL check too: that failure is the one to report.
      if (!URL.canParse(value)) return true
      const url = new URL(value)
      return url.username === '' && url.password === '' && url.search === '' && url.hash === ''
    }, 'must be a URL without credentials, query or fragment')
    .optional(),
  /** Ours, issued by the bank; sent as `X-Client-Id`. */
  BANK_GATEWAY_CLIENT_ID: z.string().regex(/^[0-9A-Za-z_.-]{1,64}$/, 'must be the client id the bank issued (letters, digits, ".", "_" and "-")').optional(),
  /** The shared HMAC key that signs requests and answers. */
  BANK_GATEWAY_KEY: z.string().min(32, 'must be the shared key the bank issued, at least 32 characters').max(256, 'must be the shared key the bank issued, at most 256 characters').optional(),
}

type BankGatewayEnv = z.infer<z.ZodObject<typeof bankGatewayEnvShape>> & { readonly NODE_ENV: string }

/** The gateway settings, all or none; a message naming what is missing otherwise. Never the key itself. */
export function bankGatewayConfigOf(e: BankGatewayEnv): { ok: true; config: BankGatewayConfig | null } | { ok: false; message: string } {
  const fields = [
    ['BANK_GATEWAY_URL', e.BANK_GATEWAY_URL],
    ['BANK_GATEWAY_CLIENT_ID', e.BANK_GATEWAY_CLIENT_ID],
    ['BANK_GATEWAY_KEY', e.BANK_GATEWAY_KEY],
  ] as const
  if (fields.every(([, value]) => value === undefined)) return { ok: true, config: null }
  const missing = fields.find(([, value]) => value === undefined)
  if (missing) return { ok: false, message: `Invalid configuration: the bank gateway needs ${missing[0]} as well` }
  const baseUrl = (e.BANK_GATEWAY_URL ?? '').replace(/\/+$/, '')
  if (e.NODE_ENV === 'production' && new URL(baseUrl).protocol !== 'https:') return { ok: false, message: 'Invalid configuration: BANK_GATEWAY_URL must be https in production' }
  return { ok: true, config: { baseUrl, clientId: e.BANK_GATEWAY_CLIENT_ID ?? '', key: e.BANK_GATEWAY_KEY ?? '' } }
}

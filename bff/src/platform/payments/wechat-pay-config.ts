import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { z } from 'zod'

/** A PEM given in the environment itself (`\n` may be written as the two characters `\n`), or the path of a file holding it. */
export type PemSource = { readonly pem: string } | { readonly path: string }

/** The merchant account the real channel uses; null in `Config` when none is configured. */
export interface WechatPayConfig {
  readonly apiBase: string
  readonly mchId: string
  readonly appId: string
  readonly merchantSerial: string
  readonly merchantPrivateKey: PemSource
  readonly apiV3Key: string
  readonly platformPublicKey: PemSource
  readonly platformPublicKeyId: string
  /** The transfer scene granted for paying subsidies out (转账场景ID); absent: no payouts. */
  readonly transferSceneId?: string
}

const pemText = (kind: 'private' | 'public') =>
  z
    .string()
    .transform((value) => value.replace(/\\n/g, '\n'))
    .refine((value) => {
      try {
        if (kind === 'private') createPrivateKey(value)
        // createPublicKey would take a private key too, and derive its public half: refuse that mix-up.
        else if (value.includes('PRIVATE KEY')) return false
        else createPublicKey(value)
        return true
      } catch {
        return false
      }
    }, `must be a PEM ${kind} key`)

/** The environment's WeChat Pay variables, spread into `EnvSchema`. */
export const wechatPayEnvShape = {
  /** 商户号 */
  WECHAT_PAY_MCHID: z.string().regex(/^\d{6,32}$/, 'must be the merchant number (digits)').optional(),
  /** The app payers pay in; unset → WECHAT_APPID. */
  WECHAT_PAY_APPID: z.string().min(1).optional(),
  /** Serial number of the merchant API certificate (apiclient_cert.pem) whose key signs requests. */
  WECHAT_PAY_MERCHANT_SERIAL: z.string().regex(/^[0-9A-Fa-f]{8,64}$/, 'must be the certificate serial number in hex').optional(),
  WECHAT_PAY_PRIVATE_KEY: pemText('private').optional(),
  WECHAT_PAY_PRIVATE_KEY_PATH: z.string().min(1).optional(),
  WECHAT_PAY_APIV3_KEY: z.string().length(32, 'must be the 32-character APIv3 key').optional(),
  /** WeChat Pay's public key (pub_key.pem) and its id, `PUB_KEY_ID_…`. */
  WECHAT_PAY_PUBLIC_KEY: pemText('public').optional(),
  WECHAT_PAY_PUBLIC_KEY_PATH: z.string().min(1).optional(),
  WECHAT_PAY_PUBLIC_KEY_ID: z.string().min(1).max(64).optional(),
  WECHAT_PAY_API_BASE: z.url().default('https://api.mch.weixin.qq.com'),
  WECHAT_PAY_TRANSFER_SCENE_ID: z.string().regex(/^\d{1,10}$/, 'must be the transfer scene id (digits)').optional(),
}

type WechatPayEnv = z.infer<z.ZodObject<typeof wechatPayEnvShape>> & {
  readonly NODE_ENV: string
  readonly WECHAT_APPID?: string | undefined
}

type Named = readonly [string, string | undefined]

/** The merchant settings, all or none; a message naming what is missing or clashes otherwise. */
export function wechatPayConfigOf(e: WechatPayEnv): { ok: true; config: WechatPayConfig | null } | { ok: false; message: string } {
  const fields: Named[] = [
    ['WECHAT_PAY_MCHID', e.WECHAT_PAY_MCHID],
    ['WECHAT_PAY_MERCHANT_SERIAL', e.WECHAT_PAY_MERCHANT_SERIAL],
    ['WECHAT_PAY_APIV3_KEY', e.WECHAT_PAY_APIV3_KEY],
    ['WECHAT_PAY_PUBLIC_KEY_ID', e.WECHAT_PAY_PUBLIC_KEY_ID],
  ]
  const keys: Named[] = [
    ['WECHAT_PAY_PRIVATE_KEY', e.WECHAT_PAY_PRIVATE_KEY],
    ['WECHAT_PAY_PRIVATE_KEY_PATH', e.WECHAT_PAY_PRIVATE_KEY_PATH],
    ['WECHAT_PAY_PUBLIC_KEY', e.WECHAT_PAY_PUBLIC_KEY],
    ['WECHAT_PAY_PUBLIC_KEY_PATH', e.WECHAT_PAY_PUBLIC_KEY_PATH],
  ]
  if ([...fields, ...keys, ['WECHAT_PAY_APPID', e.WECHAT_PAY_APPID] as Named].every(([, value]) => value === undefined)) return { ok: true, config: null }
  const refuse = (message: string) => ({ ok: false as const, message: `Invalid configuration: ${message}` })
  const missing = fields.find(([, value]) => value === undefined)
  if (missing) return refuse(`WeChat Pay needs ${missing[0]} as well`)
  for (let i = 0; i < keys.length; i += 2) {
    const [pemName, pem] = keys[i] as Named
    const [pathName, path] = keys[i + 1] as Named
    if (pem !== undefined && path !== undefined) return refuse(`set only one of ${pemName} and ${pathName}`)
    if (pem === undefined && path === undefined) return refuse(`WeChat Pay needs ${pemName} or ${pathName} as well`)
  }
  const appId = e.WECHAT_PAY_APPID ?? e.WECHAT_APPID
  if (appId === undefined) return refuse('WeChat Pay needs WECHAT_PAY_APPID (or WECHAT_APPID) as well')
  if (e.NODE_ENV === 'production' && !e.WECHAT_PAY_API_BASE.startsWith('https://')) return refuse('WECHAT_PAY_API_BASE must be https in production')
  const source = (pem: string | undefined, path: string | undefined): PemSource => (pem !== undefined ? { pem } : { path: path ?? '' })
  return {
    ok: true,
    config: {
      apiBase: e.WECHAT_PAY_API_BASE,
      mchId: e.WECHAT_PAY_MCHID ?? '',
      appId,
      merchantSerial: (e.WECHAT_PAY_MERCHANT_SERIAL ?? '').toUpperCase(),
      merchantPrivateKey: source(e.WECHAT_PAY_PRIVATE_KEY, e.WECHAT_PAY_PRIVATE_KEY_PATH),
      apiV3Key: e.WECHAT_PAY_APIV3_KEY ?? '',
      platformPublicKey: source(e.WECHAT_PAY_PUBLIC_KEY, e.WECHAT_PAY_PUBLIC_KEY_PATH),
      platformPublicKeyId: e.WECHAT_PAY_PUBLIC_KEY_ID ?? '',
      ...(e.WECHAT_PAY_TRANSFER_SCENE_ID === undefined ? {} : { transferSceneId: e.WECHAT_PAY_TRANSFER_SCENE_ID }),
    },
  }
}

/**
 * The keys as KeyObjects, read from their files where the configuration names files. Run once at
 * start-up: a file that cannot be read or holds no key stops the start with a line naming it.
 */
export function loadWechatPayKeys(config: WechatPayConfig, read: (path: string) => string = (path) => readFileSync(path, 'utf8')): {
  readonly merchantPrivateKey: KeyObject
  readonly platformPublicKey: KeyObject
} {
  const load = (source: PemSource, variable: string, make: (pem: string) => KeyObject): KeyObject => {
    try {
      return make('pem' in source ? source.pem : read(source.path))
    } catch (error) {
      throw new Error(`Invalid configuration: ${variable} does not hold a readable PEM key`, { cause: error })
    }
  }
  return {
    merchantPrivateKey: load(config.merchantPrivateKey, 'WECHAT_PAY_PRIVATE_KEY_PATH', (pem) => createPrivateKey(pem)),
    platformPublicKey: load(config.platformPublicKey, 'WECHAT_PAY_PUBLIC_KEY_PATH', (pem) => createPublicKey(pem)),
  }
}

import { z } from 'zod'
import { CardSigningKeys } from './platform/ecard-signing'
import { parseIpNetwork } from './platform/ip-address'
import { ContractTimestampKeys } from './platform/timestamp-keys'
import { bankGatewayConfigOf, bankGatewayEnvShape, type BankGatewayConfig } from './platform/payments/bank-gateway-config'
import { wechatPayConfigOf, wechatPayEnvShape, type WechatPayConfig } from './platform/payments/wechat-pay-config'

// 0 asks the system for any free port (tests run servers side by side).
const portMessage = 'must be a whole number from 0 to 65535'
const port = z.coerce.number({ message: portMessage }).int(portMessage).min(0, portMessage).max(65535, portMessage)
const minutesMessage = 'must be a whole number of minutes, at least 1'
const minutes = z.coerce.number({ message: minutesMessage }).int(minutesMessage).positive(minutesMessage)
const hopsMessage = 'must be a whole number of proxies from 0 to 16'
const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')

const switchMessage = 'must be 1 or 0'
const onOff = z.enum(['1', '0'], { message: switchMessage }).transform((value) => value === '1')

/** The only place that reads `process.env`. Everything else receives a `Config`. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /**
   * `1`: the demo — demo data seeded, development login for every demo account, development
   * partner keys, development stand-ins of partners. Only when asked for (decision 028).
   */
  DEMO_MODE: onOff.default(false),
  /** `1`: demo mode may listen on an address other than loopback (a shared demo machine). */
  DEMO_ALLOW_NON_LOOPBACK: onOff.default(false),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(8787),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_PATH: z.string().min(1).optional(),
  /** `postgres://…`: run on PostgreSQL instead of the SQLite file. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL')
    .optional(),
  /** Connections each instance keeps to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().max(200).default(10),
  /** Where the built h5 client is served from; absent → API only. */
  CLIENT_DIST: z.string().min(1).default('client/dist/h5'),
  /** Base of links printed into certificates' QR codes. Defaults to http://HOST:PORT. */
  PUBLIC_BASE_URL: z.url().optional(),
  /** AES-256-GCM key for personal data at rest. Required in production; generated in development. */
  DATA_ENCRYPTION_KEY: base64Key.optional(),
  /** HMAC key of the blind indexes. Required in production; generated in development. */
  BLIND_INDEX_KEY: base64Key.optional(),
  /**
   * The e-card's Ed25519 signing keys, `kid:seed[,kid:seed…]`, the first signing and all published
   * (decision 064). Required in production; elsewhere a development key derived from the blind-index key.
   */
  CARD_SIGNING_KEYS: CardSigningKeys.optional(),
  /**
   * The Ed25519 keys that timestamp signed labour contracts, `kid:seed[,kid:seed…]`, the first
   * timestamping and all kept for checking (decision 073). Required in production; elsewhere a
   * development key derived from the blind-index key.
   */
  CONTRACT_TIMESTAMP_KEYS: ContractTimestampKeys.optional(),
  SESSION_IDLE_MINUTES: minutes.default(30),
  SESSION_ABSOLUTE_MINUTES: minutes.default(12 * 60),
  WECHAT_APPID: z.string().min(1).optional(),
  WECHAT_SECRET: z.string().min(1).optional(),
  WECHAT_API_BASE: z.url().default('https://api.weixin.qq.com'),
  /** Subscribe-message template id for "case progress" messages; unset → none are sent. */
  WECHAT_SUBSCRIBE_TEMPLATE_CASE: z.string().min(1).optional(),
  /** The WeChat Pay merchant account (decision 050): all of it or none. */
  ...wechatPayEnvShape,
  /** The bank's corporate payment gateway paying organisations' accounts (decision 063): all of it or none. */
  ...bankGatewayEnvShape,
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  VERIFY_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Real-name binding attempts per account, per REAL_NAME_RATE_WINDOW_SECONDS. */
  REAL_NAME_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  REAL_NAME_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Refused real-name bindings naming one ID number, from any accounts, per REAL_NAME_RATE_WINDOW_SECONDS. */
  REAL_NAME_ID_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  /** Submissions (cases, uploads) per account, per SUBMISSION_RATE_WINDOW_SECONDS. */
  SUBMISSION_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  SUBMISSION_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Calls per partner key, per PARTNER_RATE_WINDOW_SECONDS. */
  PARTNER_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  PARTNER_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Hours a rotated partner key goes on working beside its successor; 0 stops it at once. */
  PARTNER_KEY_GRACE_HOURS: z.coerce.number().int().nonnegative().max(24 * 90).default(24),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  /** Seconds between runs of the wages jobs (overdue cases, payroll alerts, subscribe messages); 0 turns them off. */
  WAGES_JOB_INTERVAL_SECONDS: z.coerce.number().int().nonnegative().default(300),
  /** Months a survival certification lasts. */
  RETIREE_CYCLE_MONTHS: z.coerce.number().int().positive().max(60).default(12),
  /** Days before the due date when the pensioner is reminded. */
  RETIREE_DUE_SOON_DAYS: z.coerce.number().int().nonnegative().default(30),
  /** Days after the due date before payments are held. */
  RETIREE_GRACE_DAYS: z.coerce.number().int().nonnegative().default(30),
  /** Seconds between runs of the retiree jobs (notices, suspensions, payments, assistance rules); 0 turns them off. */
  RETIREE_JOB_INTERVAL_SECONDS: z.coerce.number().int().nonnegative().default(3600),
  /** Seconds between runs of the job that sends seekers their new matches (decision 048); 0 turns it off. */
  JOBS_MATCH_INTERVAL_SECONDS: z.coerce.number().int().nonnegative().default(3600),
  /** Seconds between runs of the training jobs (targeted vouchers pushed, lapsed vouchers ended); 0 turns them off. */
  TRAINING_JOB_INTERVAL_SECONDS: z.coerce.number().int().nonnegative().default(3600),
  /** Seconds between runs of the card job (temporary loss reports lifted after their days); 0 turns it off. */
  CARD_JOB_INTERVAL_SECONDS: z.coerce.number().int().nonnegative().default(3600),
  /** Seconds between runs of the disputes job (arbitration steps past their legal day told); 0 turns it off. */
  DISPUTES_JOB_INTERVAL_SECONDS: z.coerce.number().int().nonnegative().default(3600),
  /** Seconds between runs of the contracts job (workers without a written contract a month after starting told); 0 turns it off. */
  CONTRACTS_JOB_INTERVAL_SECONDS: z.coerce.number().int().nonnegative().default(3600),
  /** A background job whose instance stops beating for this long is taken over by another. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(2).default(60),
  /** Behind one reverse proxy: take the client address from X-Forwarded-For (the same as TRUST_PROXY_HOPS=1). */
  TRUST_PROXY: z.enum(['true', 'false']).optional(),
  /** Behind this many reverse proxies: the client is the n-th X-Forwarded-For entry from the right. */
  TRUST_PROXY_HOPS: z.coerce.number({ message: hopsMessage }).int(hopsMessage).min(0, hopsMessage).max(16, hopsMessage).optional(),
  /** Behind reverse proxies at these addresses: the client is the first X-Forwarded-For entry, from the right, outside them. */
  TRUSTED_PROXIES: z
    .string()
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
    .refine((entries) => entries.length > 0 && entries.every((entry) => parseIpNetwork(entry) !== null), {
      message: 'must be a comma-separated list of IP addresses or CIDR ranges, e.g. 10.0.0.0/8, fd00::/8',
    })
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /**
   * `1` (the default): a repo reaching the database from inside a transaction, instead of through
   * the transaction it was given, throws at once; `0` saves its cost (decision 040).
   */
  TRANSACTION_GUARD: onOff.optional(),
})
export type Env = z.infer<typeof EnvSchema>

export interface Config {
  readonly mode: Env['NODE_ENV']
  /** Demo mode, asked for with DEMO_MODE=1: never in production. */
  readonly demo: boolean
  readonly host: string
  readonly port: number
  readonly dataDir: string
  /** The SQLite file (the embedded default), or PostgreSQL when `DATABASE_URL` is set. */
  readonly database: DatabaseConfig
  readonly clientDist: string
  readonly publicBaseUrl: string
  readonly keys: { readonly dataEncryption?: Buffer; readonly blindIndex?: Buffer }
  /** The e-card's signing keys, the signing one first; null: none configured (the development key, outside production). */
  readonly cardSigningKeys: readonly { readonly kid: string; readonly seed: Buffer }[] | null
  /** The keys that timestamp signed contracts, the timestamping one first; null: none configured (the development key, outside production). */
  readonly contractTimestampKeys: readonly { readonly kid: string; readonly seed: Buffer }[] | null
  readonly session: { readonly idleMinutes: number; readonly absoluteMinutes: number }
  readonly wechat: { readonly appId: string; readonly secret: string; readonly apiBase: string } | null
  /** Subscribe-message template ids by purpose; null where none is configured. */
  readonly subscribeTemplates: { readonly case: string | null }
  /** WeChat Pay's merchant account; null: none (the development channel in development and demo, no payments otherwise). */
  readonly wechatPay: WechatPayConfig | null
  /** The bank gateway for transfers to organisations' accounts; null: none (the development channel in development and demo, no transfers otherwise). */
  readonly bankGateway: BankGatewayConfig | null
  readonly rateLimits: {
    readonly login: number
    readonly verification: number
    readonly windowSeconds: number
    readonly realName: number
    readonly realNameWindowSeconds: number
    /** Refused bindings naming one ID number, whichever accounts sent them. */
    readonly realNameIdNumber: number
    readonly submission: number
    readonly submissionWindowSeconds: number
    /** Calls per partner key. */
    readonly partner: number
    readonly partnerWindowSeconds: number
  }
  readonly maxBodyBytes: number
  /** 0: the wages jobs do not run in this process. */
  readonly wagesJobIntervalSeconds: number
  /** Survival certification: the cycle, when to remind, how long before payments are held; 0 seconds: the jobs do not run here. */
  readonly retiree: {
    readonly cycleMonths: number
    readonly dueSoonDays: number
    readonly graceDays: number
    readonly jobIntervalSeconds: number
  }
  /** 0: the job sending new matches to seekers' inboxes does not run in this process. */
  readonly jobsMatchIntervalSeconds: number
  /** 0: the training jobs (targeted vouchers pushed, lapsed vouchers ended) do not run in this process. */
  readonly trainingJobIntervalSeconds: number
  /** 0: the card job (temporary loss reports lifted after their days) does not run in this process. */
  readonly cardJobIntervalSeconds: number
  /** 0: the disputes job (arbitration steps past their legal day told) does not run in this process. */
  readonly disputesJobIntervalSeconds: number
  /** 0: the contracts job (workers without a written contract told) does not run in this process. */
  readonly contractsJobIntervalSeconds: number
  /** Seconds a running job's holder may go silent before another instance takes its period over. */
  readonly jobLeaseSeconds: number
  /** Hours a rotated partner key goes on working beside its successor. */
  readonly partnerKeyGraceHours: number
  /** Which `X-Forwarded-For` entries are believed when telling callers apart. */
  readonly trustProxy: ProxyTrust
  readonly logLevel: Env['LOG_LEVEL']
  /** Whether reaching the database from inside a transaction throws (decision 040). */
  readonly transactionGuard: boolean
}

/**
 * The reverse proxies in front of the portal: none (the socket's peer is the caller), a number
 * of them (`TRUST_PROXY_HOPS`), or their addresses (`TRUSTED_PROXIES`, CIDR ranges).
 */
export type ProxyTrust =
  | { readonly kind: 'none' }
  | { readonly kind: 'hops'; readonly hops: number }
  | { readonly kind: 'proxies'; readonly networks: readonly string[] }

export type DatabaseConfig =
  | { readonly engine: 'sqlite'; readonly path: string }
  | { readonly engine: 'postgres'; readonly url: string; readonly poolSize: number }

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string }

/** Parses the environment; a bad value comes back as one line that names the variable. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue?.path.join('.') ?? 'environment'
    return { ok: false, message: `Invalid configuration: ${name} ${issue?.message ?? 'is not valid'}` }
  }
  const e = parsed.data
  if (e.NODE_ENV === 'production') {
    const missing = (['DATA_ENCRYPTION_KEY', 'BLIND_INDEX_KEY'] as const).find((name) => !e[name])
    if (missing) return { ok: false, message: `Invalid configuration: ${missing} is required in production` }
  }
  if (e.DEMO_MODE && e.NODE_ENV === 'production') {
    return { ok: false, message: 'Invalid configuration: DEMO_MODE cannot be used with NODE_ENV=production' }
  }
  if (e.DEMO_MODE && !e.DEMO_ALLOW_NON_LOOPBACK && !isLoopback(e.HOST)) {
    return {
      ok: false,
      message: `Invalid configuration: DEMO_MODE serves the demo accounts and their development login to anyone who reaches HOST ${e.HOST}: bind to 127.0.0.1, or set DEMO_ALLOW_NON_LOOPBACK=1 as well`,
    }
  }
  if ((e.WECHAT_APPID === undefined) !== (e.WECHAT_SECRET === undefined)) {
    return { ok: false, message: 'Invalid configuration: WECHAT_APPID and WECHAT_SECRET must be set together' }
  }
  const wechatPay = wechatPayConfigOf(e)
  if (!wechatPay.ok) return wechatPay
  const bankGateway = bankGatewayConfigOf(e)
  if (!bankGateway.ok) return bankGateway
  const proxySettings = [e.TRUST_PROXY === 'true', e.TRUST_PROXY_HOPS !== undefined, e.TRUSTED_PROXIES !== undefined].filter(Boolean)
  if (proxySettings.length > 1) {
    return { ok: false, message: 'Invalid configuration: set only one of TRUST_PROXY, TRUST_PROXY_HOPS and TRUSTED_PROXIES' }
  }
  // Production never signs with the development key: venues would be handed a key labelled for development.
  if (e.NODE_ENV === 'production' && !e.CARD_SIGNING_KEYS) return { ok: false, message: 'Invalid configuration: CARD_SIGNING_KEYS is required in production' }
  // Nor timestamps contracts with it: a timestamp is only worth the key anyone checks it with.
  if (e.NODE_ENV === 'production' && !e.CONTRACT_TIMESTAMP_KEYS) return { ok: false, message: 'Invalid configuration: CONTRACT_TIMESTAMP_KEYS is required in production' }
  const keys: { dataEncryption?: Buffer; blindIndex?: Buffer } = {}
  if (e.DATA_ENCRYPTION_KEY) keys.dataEncryption = Buffer.from(e.DATA_ENCRYPTION_KEY, 'base64')
  if (e.BLIND_INDEX_KEY) keys.blindIndex = Buffer.from(e.BLIND_INDEX_KEY, 'base64')
  return {
    ok: true,
    config: {
      mode: e.NODE_ENV,
      demo: e.DEMO_MODE,
      host: e.HOST,
      port: e.PORT,
      dataDir: e.DATA_DIR,
      database: e.DATABASE_URL
        ? { engine: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
        : { engine: 'sqlite', path: e.DATABASE_PATH ?? `${e.DATA_DIR}/portal.db` },
      clientDist: e.CLIENT_DIST,
      publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
      keys,
      cardSigningKeys: e.CARD_SIGNING_KEYS ?? null,
      contractTimestampKeys: e.CONTRACT_TIMESTAMP_KEYS ?? null,
      session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteMinutes: e.SESSION_ABSOLUTE_MINUTES },
      wechat:
        e.WECHAT_APPID && e.WECHAT_SECRET
          ? { appId: e.WECHAT_APPID, secret: e.WECHAT_SECRET, apiBase: e.WECHAT_API_BASE }
          : null,
      subscribeTemplates: { case: e.WECHAT_SUBSCRIBE_TEMPLATE_CASE ?? null },
      wechatPay: wechatPay.config,
      bankGateway: bankGateway.config,
      rateLimits: {
        login: e.LOGIN_RATE_LIMIT,
        verification: e.VERIFY_RATE_LIMIT,
        windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
        realName: e.REAL_NAME_RATE_LIMIT,
        realNameWindowSeconds: e.REAL_NAME_RATE_WINDOW_SECONDS,
        realNameIdNumber: e.REAL_NAME_ID_RATE_LIMIT,
        submission: e.SUBMISSION_RATE_LIMIT,
        submissionWindowSeconds: e.SUBMISSION_RATE_WINDOW_SECONDS,
        partner: e.PARTNER_RATE_LIMIT,
        partnerWindowSeconds: e.PARTNER_RATE_WINDOW_SECONDS,
      },
      maxBodyBytes: e.MAX_BODY_BYTES,
      wagesJobIntervalSeconds: e.WAGES_JOB_INTERVAL_SECONDS,
      retiree: {
        cycleMonths: e.RETIREE_CYCLE_MONTHS,
        dueSoonDays: e.RETIREE_DUE_SOON_DAYS,
        graceDays: e.RETIREE_GRACE_DAYS,
        jobIntervalSeconds: e.RETIREE_JOB_INTERVAL_SECONDS,
      },
      jobsMatchIntervalSeconds: e.JOBS_MATCH_INTERVAL_SECONDS,
      trainingJobIntervalSeconds: e.TRAINING_JOB_INTERVAL_SECONDS,
      cardJobIntervalSeconds: e.CARD_JOB_INTERVAL_SECONDS,
      disputesJobIntervalSeconds: e.DISPUTES_JOB_INTERVAL_SECONDS,
      contractsJobIntervalSeconds: e.CONTRACTS_JOB_INTERVAL_SECONDS,
      jobLeaseSeconds: e.JOB_LEASE_SECONDS,
      partnerKeyGraceHours: e.PARTNER_KEY_GRACE_HOURS,
      trustProxy: proxyTrustOf(e),
      logLevel: e.LOG_LEVEL,
      transactionGuard: e.TRANSACTION_GUARD ?? true,
    },
  }
}

function proxyTrustOf(e: Env): ProxyTrust {
  if (e.TRUSTED_PROXIES) return { kind: 'proxies', networks: e.TRUSTED_PROXIES }
  const hops = e.TRUST_PROXY_HOPS ?? (e.TRUST_PROXY === 'true' ? 1 : 0)
  return hops > 0 ? { kind: 'hops', hops } : { kind: 'none' }
}

/** Addresses only this machine can reach: 127.0.0.0/8, ::1 and localhost. */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare)
}

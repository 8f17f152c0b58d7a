import { z } from 'zod'

// 0 asks the system for any free port (tests run servers side by side).
const portMessage = 'must be a whole number from 0 to 65535'
const port = z.coerce.number({ message: portMessage }).int(portMessage).min(0, portMessage).max(65535, portMessage)
const minutesMessage = 'must be a whole number of minutes, at least 1'
const minutes = z.coerce.number({ message: minutesMessage }).int(minutesMessage).positive(minutesMessage)
const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')

/** The only place that reads `process.env`. Everything else receives a `Config`. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
  SESSION_IDLE_MINUTES: minutes.default(30),
  SESSION_ABSOLUTE_MINUTES: minutes.default(12 * 60),
  WECHAT_APPID: z.string().min(1).optional(),
  WECHAT_SECRET: z.string().min(1).optional(),
  WECHAT_API_BASE: z.url().default('https://api.weixin.qq.com'),
  /** Subscribe-message template id for "case progress" messages; unset → none are sent. */
  WECHAT_SUBSCRIBE_TEMPLATE_CASE: z.string().min(1).optional(),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  VERIFY_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  /** Real-name binding attempts per account, per REAL_NAME_RATE_WINDOW_SECONDS. */
  REAL_NAME_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  REAL_NAME_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Submissions (cases, uploads) per account, per SUBMISSION_RATE_WINDOW_SECONDS. */
  SUBMISSION_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  SUBMISSION_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Calls per partner key, per PARTNER_RATE_WINDOW_SECONDS. */
  PARTNER_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  PARTNER_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
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
  /** A background job whose instance stops beating for this long is taken over by another. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(2).default(60),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
})
export type Env = z.infer<typeof EnvSchema>

export interface Config {
  readonly mode: Env['NODE_ENV']
  readonly host: string
  readonly port: number
  readonly dataDir: string
  /** The SQLite file (the embedded default), or PostgreSQL when `DATABASE_URL` is set. */
  readonly database: DatabaseConfig
  readonly clientDist: string
  readonly publicBaseUrl: string
  readonly keys: { readonly dataEncryption?: Buffer; readonly blindIndex?: Buffer }
  readonly session: { readonly idleMinutes: number; readonly absoluteMinutes: number }
  readonly wechat: { readonly appId: string; readonly secret: string; readonly apiBase: string } | null
  /** Subscribe-message template ids by purpose; null where none is configured. */
  readonly subscribeTemplates: { readonly case: string | null }
  readonly rateLimits: {
    readonly login: number
    readonly verification: number
    readonly windowSeconds: number
    readonly realName: number
    readonly realNameWindowSeconds: number
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
  /** Seconds a running job's holder may go silent before another instance takes its period over. */
  readonly jobLeaseSeconds: number
  readonly trustProxy: boolean
  readonly logLevel: Env['LOG_LEVEL']
}

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
  if ((e.WECHAT_APPID === undefined) !== (e.WECHAT_SECRET === undefined)) {
    return { ok: false, message: 'Invalid configuration: WECHAT_APPID and WECHAT_SECRET must be set together' }
  }
  const keys: { dataEncryption?: Buffer; blindIndex?: Buffer } = {}
  if (e.DATA_ENCRYPTION_KEY) keys.dataEncryption = Buffer.from(e.DATA_ENCRYPTION_KEY, 'base64')
  if (e.BLIND_INDEX_KEY) keys.blindIndex = Buffer.from(e.BLIND_INDEX_KEY, 'base64')
  return {
    ok: true,
    config: {
      mode: e.NODE_ENV,
      host: e.HOST,
      port: e.PORT,
      dataDir: e.DATA_DIR,
      database: e.DATABASE_URL
        ? { engine: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
        : { engine: 'sqlite', path: e.DATABASE_PATH ?? `${e.DATA_DIR}/portal.db` },
      clientDist: e.CLIENT_DIST,
      publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
      keys,
      session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteMinutes: e.SESSION_ABSOLUTE_MINUTES },
      wechat:
        e.WECHAT_APPID && e.WECHAT_SECRET
          ? { appId: e.WECHAT_APPID, secret: e.WECHAT_SECRET, apiBase: e.WECHAT_API_BASE }
          : null,
      subscribeTemplates: { case: e.WECHAT_SUBSCRIBE_TEMPLATE_CASE ?? null },
      rateLimits: {
        login: e.LOGIN_RATE_LIMIT,
        verification: e.VERIFY_RATE_LIMIT,
        windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
        realName: e.REAL_NAME_RATE_LIMIT,
        realNameWindowSeconds: e.REAL_NAME_RATE_WINDOW_SECONDS,
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
      jobLeaseSeconds: e.JOB_LEASE_SECONDS,
      trustProxy: e.TRUST_PROXY === 'true',
      logLevel: e.LOG_LEVEL,
    },
  }
}

import type { DemoAccount } from '@renshe/shared/identity/schemas'
import type { Config } from '../config'
import { openDatabase } from '../db/client'
import { guardTransactions, type Database } from '../db/database'
import { createAuditRecorder } from './audit'
import { systemClock, type Clock } from './clock'
import { createBlindIndex, createSealer } from './crypto'
import type { Deps } from './deps'
import { createEcardSigner, developmentEcardSigner, type EcardSigner } from './ecard-signing'
import { createDevelopmentFaceVerifier, createUnconfiguredFaceVerifier, createWechatFaceVerifier, type FaceVerifier } from './face-verification'
import { resolveKeys, type Keys } from './keys'
import { createLogger, type Logger } from './logger'
import type { AccountTransferChannel } from './payments/account-transfer'
import { createBankTransferChannel, createUnconfiguredAccountTransferChannel } from './payments/bank-transfer-channel'
import { createDevelopmentAccountTransferChannel } from './payments/development-account-transfer'
import { createDevelopmentPaymentChannel } from './payments/development-payment-channel'
import type { PaymentChannel } from './payments/payment-channel'
import { createUnconfiguredPaymentChannel, createWechatPayChannel } from './payments/wechat-pay-channel'
import { loadWechatPayKeys } from './payments/wechat-pay-config'
import { systemRandom, type Random } from './random'
import { createRateLimiter } from './rate-limit'
import { createDevelopmentSubscribeSender, createWechatSubscribeSender } from './subscribe-message'
import { createTimestampKeys, developmentTimestampKeys, type TimestampKeys } from './timestamp-keys'
import { createWechatClient, type WechatLogin } from './wechat'
import { createWechatAccessToken } from './wechat-access-token'

export interface DepsOverrides {
  clock?: Clock
  random?: Random
  logger?: Logger
  wechat?: WechatLogin | null
  subscribe?: Deps['subscribe']
  face?: FaceVerifier
  payments?: PaymentChannel
  accountTransfers?: AccountTransferChannel
  ecardSigner?: EcardSigner
  /** A database already open (the test harness's copy of a seeded one). */
  db?: Database
  /** The development login's accounts, in demo mode (modules never import the seed). */
  demoAccounts?: readonly DemoAccount[]
}

/** Opens the database (it must be migrated already: see db/migrate.ts) and wires the real implementations to the config. */
export function createDeps(config: Config, overrides: DepsOverrides = {}): Deps {
  const random = overrides.random ?? systemRandom
  const keys = resolveKeys(config, random)
  const wechat =
    overrides.wechat !== undefined
      ? overrides.wechat
      : config.wechat
        ? createWechatClient({ apiBase: config.wechat.apiBase, appId: config.wechat.appId, secret: config.wechat.secret })
        : null
  const logger = overrides.logger ?? createLogger(config.logLevel)
  const clock = overrides.clock ?? systemClock
  // One access token per app and process, shared by every client of WeChat's server API.
  const app = config.wechat ? { ...config.wechat, accessToken: createWechatAccessToken(config.wechat) } : null
  const subscribe = overrides.subscribe ?? {
    sender: app ? createWechatSubscribeSender(app) : createDevelopmentSubscribeSender(logger),
    templates: config.subscribeTemplates,
  }
  const face =
    overrides.face ??
    (app
      ? createWechatFaceVerifier({ ...app, now: () => clock.now().getTime(), logger })
      : config.demo
        ? createDevelopmentFaceVerifier()
        : createUnconfiguredFaceVerifier())
  const payments = overrides.payments ?? paymentChannelFor(config, clock, random, logger)
  const accountTransfers = overrides.accountTransfers ?? accountTransferChannelFor(config, clock, random, logger)
  guardTransactions(config.transactionGuard)
  const db = overrides.db ?? openDatabase(config.database)
  return {
    config,
    db,
    audit: createAuditRecorder(db),
    rateLimiter: createRateLimiter(db),
    clock,
    random,
    sealer: createSealer(keys.dataEncryption, random),
    blindIndex: createBlindIndex(keys.blindIndex),
    ecardSigner: overrides.ecardSigner ?? ecardSignerFor(config, keys),
    timestampKeys: timestampKeysFor(config, keys),
    logger,
    wechat,
    subscribe,
    face,
    payments,
    accountTransfers,
    demoAccounts: config.demo ? (overrides.demoAccounts ?? []) : [],
  }
}

/** The merchant's own channel when configured; the development one only in development and demo, never in production. */
export function paymentChannelFor(config: Config, clock: Clock, random: Random, logger: Logger): PaymentChannel {
  if (config.wechatPay) {
    return createWechatPayChannel({ ...config.wechatPay, ...loadWechatPayKeys(config.wechatPay), now: () => clock.now().getTime(), random, logger })
  }
  if (config.mode !== 'production' && (config.demo || config.mode === 'development')) {
    return createDevelopmentPaymentChannel({ ...(config.wechat ? { appId: config.wechat.appId } : {}), now: () => clock.now().getTime() })
  }
  return createUnconfiguredPaymentChannel()
}

/** The bank gateway's channel when configured; the development one only in development and demo, never in production. */
export function accountTransferChannelFor(config: Config, clock: Clock, random: Random, logger: Logger): AccountTransferChannel {
  if (config.bankGateway) return createBankTransferChannel({ ...config.bankGateway, now: () => clock.now().getTime(), random, logger })
  if (config.mode !== 'production' && (config.demo || config.mode === 'development')) return createDevelopmentAccountTransferChannel()
  return createUnconfiguredAccountTransferChannel()
}

/** The configured e-card keys; the development key, derived from the blind-index key, only outside production. */
export function ecardSignerFor(config: Config, keys: Pick<Keys, 'blindIndex'>): EcardSigner {
  if (config.cardSigningKeys) return createEcardSigner(config.cardSigningKeys)
  if (config.mode === 'production') throw new Error('CARD_SIGNING_KEYS is required in production')
  return developmentEcardSigner(keys.blindIndex)
}

/** The configured contract timestamping keys; the development key, derived from the blind-index key, only outside production. */
export function timestampKeysFor(config: Config, keys: Pick<Keys, 'blindIndex'>): TimestampKeys {
  if (config.contractTimestampKeys) return createTimestampKeys(config.contractTimestampKeys)
  if (config.mode === 'production') throw new Error('CONTRACT_TIMESTAMP_KEYS is required in production')
  return developmentTimestampKeys(keys.blindIndex)
}

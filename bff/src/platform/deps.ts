import type { DemoAccount } from '@renshe/shared/identity/schemas'
import type { Config } from '../config'
import type { Database } from '../db/database'
import type { AuditRecorder } from './audit'
import type { Clock } from './clock'
import type { BlindIndex, Sealer } from './crypto'
import type { EcardSigner } from './ecard-signing'
import type { FaceVerifier } from './face-verification'
import type { Logger } from './logger'
import type { AccountTransferChannel } from './payments/account-transfer'
import type { PaymentChannel } from './payments/payment-channel'
import type { Random } from './random'
import type { RateLimiter } from './rate-limit'
import type { SubscribeSender, SubscribeTemplates } from './subscribe-message'
import type { TimestampKeys } from './timestamp-keys'
import type { WechatLogin } from './wechat'

/** Everything a request may need from the outside world, handed in once by `createApp`. */
export interface Deps {
  readonly config: Config
  readonly db: Database
  /** Reads of personal data and other acts that write nothing else, group-committed to the audit chain. */
  readonly audit: AuditRecorder
  /** Rate-limit counters shared by every instance. */
  readonly rateLimiter: RateLimiter
  readonly clock: Clock
  readonly random: Random
  readonly sealer: Sealer
  readonly blindIndex: BlindIndex
  /** Signs the e-card's codes and publishes their keys (decision 064): the configured keys, else the development key (never in production). */
  readonly ecardSigner: EcardSigner
  /** Timestamps signed labour contracts and checks them again (decision 073): the configured keys, else the development key (never in production). */
  readonly timestampKeys: TimestampKeys
  readonly logger: Logger
  /** Null when no WeChat app is configured: only development login is offered then. */
  readonly wechat: WechatLogin | null
  /** WeChat subscribe messages: the real sender when a WeChat app is configured, else a stand-in that only records. */
  readonly subscribe: { readonly sender: SubscribeSender; readonly templates: SubscribeTemplates }
  /** Face checks of survival certification: WeChat's when an app is configured, else the development verifier (outside production). */
  readonly face: FaceVerifier
  /** Payments: WeChat Pay's when a merchant account is configured, else the development channel in development and demo, else none that works (decision 050). */
  readonly payments: PaymentChannel
  /** Transfers to organisations' bank accounts: the bank gateway's when configured, else the development channel in development and demo, else none that works (decision 063). */
  readonly accountTransfers: AccountTransferChannel
  /** The accounts the development login offers: handed in by the entry point in demo mode, none otherwise. */
  readonly demoAccounts: readonly DemoAccount[]
}

import type { Config } from '../config'
import { openDatabase } from '../db/client'
import { systemClock, type Clock } from './clock'
import { createBlindIndex, createSealer } from './crypto'
import type { Deps } from './deps'
import { resolveKeys } from './keys'
import { createLogger, type Logger } from './logger'
import { systemRandom, type Random } from './random'
import { createDevelopmentSubscribeSender, createWechatSubscribeSender } from './subscribe-message'
import { createWechatClient, type WechatLogin } from './wechat'

export interface DepsOverrides {
  clock?: Clock
  random?: Random
  logger?: Logger
  wechat?: WechatLogin | null
  subscribe?: Deps['subscribe']
}

/** Opens the database (migrating it) and wires the real implementations to the config. */
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
  const subscribe = overrides.subscribe ?? {
    sender: config.wechat
      ? createWechatSubscribeSender({ apiBase: config.wechat.apiBase, appId: config.wechat.appId, secret: config.wechat.secret })
      : createDevelopmentSubscribeSender(logger),
    templates: config.subscribeTemplates,
  }
  return {
    config,
    db: openDatabase(config.databasePath),
    clock: overrides.clock ?? systemClock,
    random,
    sealer: createSealer(keys.dataEncryption, random),
    blindIndex: createBlindIndex(keys.blindIndex),
    logger,
    wechat,
    subscribe,
  }
}

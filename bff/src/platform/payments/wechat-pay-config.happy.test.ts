import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, onTestFinished, test } from 'vitest'
import { loadConfig, type Config } from '../../config'
import { systemClock } from '../clock'
import { paymentChannelFor } from '../create-deps'
import { createLogger } from '../logger'
import { systemRandom } from '../random'
import { loadWechatPayKeys } from './wechat-pay-config'
import { merchant, wechatPayEnvironment } from './wechat-pay-test-context'

const { privatePem, publicPem, env: wechatPayEnv } = wechatPayEnvironment()

function configOf(env: Record<string, string>): Config {
  const loaded = loadConfig(env)
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.config
}

test('without WeChat Pay settings there is no merchant account', () => {
  expect(configOf({}).wechatPay).toBeNull()
})

test('a merchant account given in the environment loads, the keys as PEM (with \\n written out) and the serial in capitals', () => {
  expect(configOf(wechatPayEnv).wechatPay).toEqual({
    apiBase: 'https://api.mch.weixin.qq.com',
    mchId: merchant.mchId,
    appId: merchant.appId,
    merchantSerial: merchant.merchantSerial,
    merchantPrivateKey: { pem: privatePem },
    apiV3Key: merchant.apiV3Key,
    platformPublicKey: { pem: publicPem },
    platformPublicKeyId: merchant.platformPublicKeyId,
  })
})

test('the keys may be files instead, read once at start; the app defaults to the WeChat app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wechat-pay-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'apiclient_key.pem'), privatePem)
  writeFileSync(join(dir, 'pub_key.pem'), publicPem)
  const { WECHAT_PAY_PRIVATE_KEY: _private, WECHAT_PAY_PUBLIC_KEY: _public, WECHAT_PAY_APPID: _app, ...rest } = wechatPayEnv
  const config = configOf({
    ...rest,
    WECHAT_APPID: 'wx-portal',
    WECHAT_SECRET: 'secret',
    WECHAT_PAY_PRIVATE_KEY_PATH: join(dir, 'apiclient_key.pem'),
    WECHAT_PAY_PUBLIC_KEY_PATH: join(dir, 'pub_key.pem'),
  }).wechatPay
  if (!config) throw new Error('no merchant account')
  expect(config.appId).toBe('wx-portal')
  const loaded = loadWechatPayKeys(config)
  expect(loaded.merchantPrivateKey.export({ type: 'pkcs8', format: 'pem' })).toBe(privatePem)
  expect(loaded.platformPublicKey.export({ type: 'spki', format: 'pem' })).toBe(publicPem)
  expect(() => loadWechatPayKeys({ ...config, merchantPrivateKey: { path: join(dir, 'missing.pem') } })).toThrow('Invalid configuration: WECHAT_PAY_PRIVATE_KEY_PATH does not hold a readable PEM key')
})

test('the channel follows the configuration: WeChat Pay’s when configured, the development one in development and demo, never in production', async () => {
  const channelOf = (env: Record<string, string>) => paymentChannelFor(configOf(env), systemClock, systemRandom, createLogger('silent'))
  expect(channelOf({ NODE_ENV: 'development' }).kind).toBe('development')
  expect(channelOf({ NODE_ENV: 'test', DEMO_MODE: '1' }).kind).toBe('development')
  const order = { outTradeNo: 'flex01jd4x0000000000quarter1', description: '灵活就业人员养老保险', amountFen: 100, payerOpenid: 'o-worker', notifyUrl: 'https://127.0.0.1:9/notify' }
  const configured = channelOf({ NODE_ENV: 'development', ...wechatPayEnv, WECHAT_PAY_API_BASE: 'http://127.0.0.1:9' })
  expect(configured.kind).toBe('wechat')
  expect(await configured.createOrder(order)).toMatchObject({ ok: false, error: 'unavailable', code: 'network' })
  const key = Buffer.alloc(32, 3).toString('base64')
  for (const env of [{ NODE_ENV: 'test' }, { NODE_ENV: 'production', DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, CARD_SIGNING_KEYS: `k1:${key}`, CONTRACT_TIMESTAMP_KEYS: `t1:${key}` }]) {
    const none = channelOf(env)
    expect(none.kind, env.NODE_ENV).toBe('wechat')
    expect(await none.createOrder(order), env.NODE_ENV).toEqual({ ok: false, error: 'unavailable', code: 'not_configured' })
  }
})

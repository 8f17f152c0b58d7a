import { expect, test } from 'vitest'
import { loadConfig, type Config } from '../../config'
import { systemClock } from '../clock'
import { accountTransferChannelFor } from '../create-deps'
import { createLogger } from '../logger'
import { systemRandom } from '../random'
import { bankGatewayEnvironment, gatewayClient, institutionTransfer } from './bank-gateway-test-context'

function configOf(env: Record<string, string>): Config {
  const loaded = loadConfig(env)
  if (!loaded.ok) throw new Error(loaded.message)
  return loaded.config
}

test('without the gateway’s settings there is no bank gateway', () => {
  expect(configOf({}).bankGateway).toBeNull()
})

test('a bank gateway given in the environment loads, its URL without a trailing slash', () => {
  expect(configOf(bankGatewayEnvironment()).bankGateway).toEqual({ baseUrl: 'https://corp-gateway.bank.example.cn/renshe', clientId: gatewayClient.clientId, key: gatewayClient.key })
  expect(configOf({ ...bankGatewayEnvironment(), BANK_GATEWAY_URL: 'http://127.0.0.1:9090/' }).bankGateway?.baseUrl).toBe('http://127.0.0.1:9090')
})

test('the channel follows the configuration: the gateway’s when configured, the development one in development and demo, never in production', async () => {
  const channelOf = (env: Record<string, string>) => accountTransferChannelFor(configOf(env), systemClock, systemRandom, createLogger('silent'))
  expect(channelOf({ NODE_ENV: 'development' }).kind).toBe('development')
  expect(channelOf({ NODE_ENV: 'test', DEMO_MODE: '1' }).kind).toBe('development')
  const configured = channelOf({ NODE_ENV: 'development', ...bankGatewayEnvironment(), BANK_GATEWAY_URL: 'http://127.0.0.1:9' })
  expect(configured.kind).toBe('bank')
  expect(await configured.transfer(institutionTransfer)).toEqual({ ok: false, error: 'unavailable', code: 'network' })
  const key = Buffer.alloc(32, 3).toString('base64')
  for (const env of [{ NODE_ENV: 'test' }, { NODE_ENV: 'production', DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, CARD_SIGNING_KEYS: `k1:${key}`, CONTRACT_TIMESTAMP_KEYS: `t1:${key}` }]) {
    const none = channelOf(env)
    expect(none.kind, env.NODE_ENV).toBe('bank')
    expect(await none.transfer(institutionTransfer), env.NODE_ENV).toEqual({ ok: false, error: 'unavailable', code: 'not_configured' })
  }
})

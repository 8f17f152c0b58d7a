import { expect, test } from 'vitest'
import { loadConfig } from '../../config'
import { wechatPayEnvironment } from './wechat-pay-test-context'

const { env: complete } = wechatPayEnvironment()

function message(env: Record<string, string | undefined>): string {
  const loaded = loadConfig(env)
  if (loaded.ok) throw new Error(`expected ${Object.keys(env).join(', ')} to be refused`)
  return loaded.message
}

const without = (name: string) => ({ ...complete, [name]: undefined })

test('half a merchant account is refused in one line naming what is missing', () => {
  for (const name of ['WECHAT_PAY_MCHID', 'WECHAT_PAY_MERCHANT_SERIAL', 'WECHAT_PAY_APIV3_KEY', 'WECHAT_PAY_PUBLIC_KEY_ID']) {
    expect(message(without(name)), name).toBe(`Invalid configuration: WeChat Pay needs ${name} as well`)
  }
  expect(message(without('WECHAT_PAY_PRIVATE_KEY'))).toBe('Invalid configuration: WeChat Pay needs WECHAT_PAY_PRIVATE_KEY or WECHAT_PAY_PRIVATE_KEY_PATH as well')
  expect(message(without('WECHAT_PAY_PUBLIC_KEY'))).toBe('Invalid configuration: WeChat Pay needs WECHAT_PAY_PUBLIC_KEY or WECHAT_PAY_PUBLIC_KEY_PATH as well')
  expect(message(without('WECHAT_PAY_APPID'))).toBe('Invalid configuration: WeChat Pay needs WECHAT_PAY_APPID (or WECHAT_APPID) as well')
  expect(message({ WECHAT_PAY_APIV3_KEY: complete.WECHAT_PAY_APIV3_KEY })).toBe('Invalid configuration: WeChat Pay needs WECHAT_PAY_MCHID as well')
})

test('a key both inline and as a file is refused', () => {
  expect(message({ ...complete, WECHAT_PAY_PRIVATE_KEY_PATH: '/etc/wechat-pay/apiclient_key.pem' })).toBe(
    'Invalid configuration: set only one of WECHAT_PAY_PRIVATE_KEY and WECHAT_PAY_PRIVATE_KEY_PATH',
  )
})

test('a value that cannot be right is refused, naming its variable', () => {
  expect(message({ ...complete, WECHAT_PAY_APIV3_KEY: 'too-short' })).toBe('Invalid configuration: WECHAT_PAY_APIV3_KEY must be the 32-character APIv3 key')
  expect(message({ ...complete, WECHAT_PAY_PRIVATE_KEY: 'not a key' })).toBe('Invalid configuration: WECHAT_PAY_PRIVATE_KEY must be a PEM private key')
  expect(message({ ...complete, WECHAT_PAY_PUBLIC_KEY: complete.WECHAT_PAY_PRIVATE_KEY?.replace('PRIVATE', 'PUBLIC') })).toBe(
    'Invalid configuration: WECHAT_PAY_PUBLIC_KEY must be a PEM public key',
  )
  expect(message({ ...complete, WECHAT_PAY_MCHID: 'merchant-1' })).toBe('Invalid configuration: WECHAT_PAY_MCHID must be the merchant number (digits)')
  expect(message({ ...complete, WECHAT_PAY_MERCHANT_SERIAL: 'serial?' })).toBe('Invalid configuration: WECHAT_PAY_MERCHANT_SERIAL must be the certificate serial number in hex')
  expect(message({ ...complete, WECHAT_PAY_API_BASE: 'not a url' })).toMatch(/^Invalid configuration: WECHAT_PAY_API_BASE /)
})

test('in production WeChat Pay is reached over https only', () => {
  const key = Buffer.alloc(32, 3).toString('base64')
  expect(message({ ...complete, NODE_ENV: 'production', DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, WECHAT_PAY_API_BASE: 'http://api.mch.weixin.qq.com' })).toBe(
    'Invalid configuration: WECHAT_PAY_API_BASE must be https in production',
  )
})

import { expect, test } from 'vitest'
import { loadConfig } from '../../config'
import { bankGatewayEnvironment, gatewayClient } from './bank-gateway-test-context'

const complete = bankGatewayEnvironment()

function message(env: Record<string, string | undefined>): string {
  const loaded = loadConfig(env)
  if (loaded.ok) throw new Error(`expected ${Object.keys(env).join(', ')} to be refused`)
  return loaded.message
}

test('half a bank gateway is refused in one line naming what is missing', () => {
  for (const name of ['BANK_GATEWAY_URL', 'BANK_GATEWAY_CLIENT_ID', 'BANK_GATEWAY_KEY']) {
    expect(message({ ...complete, [name]: undefined }), name).toBe(`Invalid configuration: the bank gateway needs ${name} as well`)
  }
  expect(message({ BANK_GATEWAY_KEY: gatewayClient.key })).toBe('Invalid configuration: the bank gateway needs BANK_GATEWAY_URL as well')
})

test('a URL that is not the gateway’s base is refused, naming BANK_GATEWAY_URL', () => {
  for (const url of ['not a url', 'ftp://corp-gateway.bank.example.cn', 'https://portal:secret@corp-gateway.bank.example.cn', 'https://corp-gateway.bank.example.cn/renshe?client=1', 'https://corp-gateway.bank.example.cn/#top']) {
    expect(message({ ...complete, BANK_GATEWAY_URL: url }), url).toMatch(/^Invalid configuration: BANK_GATEWAY_URL must be /)
  }
})

test('a client id that could not travel in a header is refused, naming BANK_GATEWAY_CLIENT_ID', () => {
  for (const clientId of ['renshe portal', 'renshe\r\nX-Forwarded-For: 10.0.0.1', '人社门户', 'x'.repeat(65)]) {
    expect(message({ ...complete, BANK_GATEWAY_CLIENT_ID: clientId }), clientId).toBe(
      'Invalid configuration: BANK_GATEWAY_CLIENT_ID must be the client id the bank issued (letters, digits, ".", "_" and "-")',
    )
  }
})

test('a key shorter than 32 characters is refused without the key in the message', () => {
  const short = 'hunter2-hunter2-hunter2-hunter2'
  const text = message({ ...complete, BANK_GATEWAY_KEY: short })
  expect(text).toBe('Invalid configuration: BANK_GATEWAY_KEY must be the shared key the bank issued, at least 32 characters')
  expect(text).not.toContain('hunter2')
})

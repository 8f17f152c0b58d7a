import { expect, test } from 'vitest'
import { developmentApiBaseUrl, readBuildSettings } from './build-settings'

test('a developer who builds the mini-program with no settings gets a development build calling 127.0.0.1', () => {
  expect(readBuildSettings({}, 'weapp')).toEqual({ ok: true, value: { release: false, apiBaseUrl: developmentApiBaseUrl } })
  expect(readBuildSettings({ RELEASE: '0', API_BASE_URL: '' }, 'weapp')).toEqual({ ok: true, value: { release: false, apiBaseUrl: developmentApiBaseUrl } })
})

test('a development build may call any http(s) address, such as the laptop on the LAN', () => {
  const result = readBuildSettings({ API_BASE_URL: 'http://192.168.1.20:8787/api/' }, 'weapp')
  expect(result).toEqual({ ok: true, value: { release: false, apiBaseUrl: 'http://192.168.1.20:8787/api' } })
})

test('a release given an HTTPS domain name is built against it', () => {
  const result = readBuildSettings({ RELEASE: '1', API_BASE_URL: 'https://portal.example.gov.cn/api' }, 'weapp')
  expect(result).toEqual({ ok: true, value: { release: true, apiBaseUrl: 'https://portal.example.gov.cn/api' } })
})

test.each([
  ['no address', {}, /needs the portal's HTTPS API address/],
  ['an empty address', { API_BASE_URL: '  ' }, /needs the portal's HTTPS API address/],
  ['a plain-http address', { API_BASE_URL: 'http://portal.example.gov.cn/api' }, /over HTTPS only/],
  ['the development default', { API_BASE_URL: developmentApiBaseUrl }, /over HTTPS only/],
  ['an IP address', { API_BASE_URL: 'https://10.0.0.8/api' }, /registered domain names/],
  ['localhost', { API_BASE_URL: 'https://localhost:8787/api' }, /registered domain names/],
  ['something that is not an address', { API_BASE_URL: 'portal.example.gov.cn/api' }, /must be an http\(s\) address/],
])('a release with %s is refused, saying what to give', (_, env, message) => {
  const result = readBuildSettings({ RELEASE: '1', ...env }, 'weapp')
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.error).toMatch(message)
})

test('a mistyped RELEASE is refused rather than taken for a development build', () => {
  const result = readBuildSettings({ RELEASE: 'yes', API_BASE_URL: 'https://portal.example.gov.cn/api' }, 'weapp')
  expect(result).toEqual({ ok: false, error: 'RELEASE must be 1 (a release build) or unset (a development build)' })
})

test('an address with a query is refused in any build: API paths are appended to it', () => {
  expect(readBuildSettings({ API_BASE_URL: 'http://127.0.0.1:8787/api?x=1' }, 'weapp').ok).toBe(false)
})

test('the h5 build calls the origin that serves it, release or not', () => {
  expect(readBuildSettings({ RELEASE: '1' }, 'h5')).toEqual({ ok: true, value: { release: true, apiBaseUrl: '/api' } })
  expect(readBuildSettings({}, 'h5')).toEqual({ ok: true, value: { release: false, apiBaseUrl: '/api' } })
})

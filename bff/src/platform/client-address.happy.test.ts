import { expect, test } from 'vitest'
import { addressSeen, lookUpFrom } from '../testing/client-addresses'
import { createTestContext } from '../testing/harness'
import { expectProblem } from '../testing/http'

test('without a proxy setting, the socket’s peer is the caller, whatever X-Forwarded-For says', async () => {
  const seen = addressSeen({})
  expect(await seen('198.51.100.7', '203.0.113.1')).toBe('198.51.100.7')
})

test('TRUST_PROXY=true still means one proxy in front: the last X-Forwarded-For entry is the caller', async () => {
  const seen = addressSeen({ TRUST_PROXY: 'true' })
  expect(await seen('10.0.0.2', '203.0.113.9, 198.51.100.1')).toBe('198.51.100.1')
  expect(await seen('10.0.0.2')).toBe('10.0.0.2')
})

test('behind two proxies (TRUST_PROXY_HOPS=2) the caller is the second entry from the right', async () => {
  const seen = addressSeen({ TRUST_PROXY_HOPS: '2' })
  expect(await seen('10.0.0.3', '198.51.100.1, 10.0.0.2')).toBe('198.51.100.1')
  expect(await seen('10.0.0.3', '203.0.113.9, 198.51.100.1, 10.0.0.2')).toBe('198.51.100.1')
  // Sent straight to the inner proxy: only one entry, the furthest the chain saw.
  expect(await seen('10.0.0.3', '198.51.100.1')).toBe('198.51.100.1')
})

test('behind proxies at known addresses (TRUSTED_PROXIES), the first address from the right that is no proxy is the caller', async () => {
  const seen = addressSeen({ TRUSTED_PROXIES: '10.0.0.0/8, fd00::/8' })
  expect(await seen('10.0.0.2', '198.51.100.1')).toBe('198.51.100.1')
  expect(await seen('10.0.0.2', '203.0.113.9, 198.51.100.1, 10.20.30.40, fd00::7')).toBe('198.51.100.1')
  expect(await seen('fd00::1', '[2001:db8:5:6::9]:443')).toBe('2001:db8:5:6::/64')
})

test('an IPv4 caller is counted as its IPv4 address, also when a dual-stack socket or a proxy writes it IPv4-mapped', async () => {
  expect(await addressSeen({})('::ffff:198.51.100.7')).toBe('198.51.100.7')
  expect(await addressSeen({ TRUST_PROXY_HOPS: '1' })('10.0.0.2', '::ffff:198.51.100.7')).toBe('198.51.100.7')
  expect(await addressSeen({ TRUSTED_PROXIES: '10.0.0.0/8' })('::ffff:10.0.0.2', '198.51.100.8')).toBe('198.51.100.8')
})

test('an IPv6 caller is counted by its /64, written the same however the address was', async () => {
  const seen = addressSeen({})
  expect(await seen('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
  expect(await seen('2001:0db8:0001:0002:ffff:0000:0000:0009')).toBe('2001:db8:1:2::/64')
  expect(await seen('2001:db8:1:3:aaaa::1')).toBe('2001:db8:1:3::/64')
})

test('clients behind the same two proxies each have their own limit', async () => {
  const t = await createTestContext({ env: { TRUST_PROXY_HOPS: '2', VERIFY_RATE_LIMIT: '2' } })
  for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
    for (let i = 0; i < 2; i += 1) await expectProblem(await lookUpFrom(t, '10.0.0.3', `${client}, 10.0.0.2`), 'not_found', { because: client })
  }
})

test('IPv6 callers in different /64 networks have their own limits', async () => {
  const t = await createTestContext({ env: { VERIFY_RATE_LIMIT: '2' } })
  for (const network of ['2001:db8:1:2', '2001:db8:1:3', '2001:db8:ffff:2']) {
    for (let i = 0; i < 2; i += 1) await expectProblem(await lookUpFrom(t, `${network}::${i + 1}`), 'not_found', { because: network })
  }
})

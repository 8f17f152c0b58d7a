import { test } from 'vitest'
import { lookUpFrom } from '../testing/client-addresses'
import { createTestContext } from '../testing/harness'
import { expectProblem } from '../testing/http'

test('a caller behind two proxies cannot pick a fresh bucket by writing made-up addresses at the left of X-Forwarded-For', async () => {
  const t = await createTestContext({ env: { TRUST_PROXY_HOPS: '2', VERIFY_RATE_LIMIT: '2' } })
  const spoofed = (i: number) => `192.0.2.${i}, 198.18.0.${i}, 203.0.113.5, 10.0.0.2`
  for (let i = 0; i < 2; i += 1) await expectProblem(await lookUpFrom(t, '10.0.0.3', spoofed(i)), 'not_found')
  await expectProblem(await lookUpFrom(t, '10.0.0.3', spoofed(2)), 'rate_limited')
  await expectProblem(await lookUpFrom(t, '10.0.0.3', '203.0.113.5, 10.0.0.2'), 'rate_limited')
  // The proxies themselves are not the bucket: someone else behind them is not limited.
  await expectProblem(await lookUpFrom(t, '10.0.0.3', '198.51.100.4, 10.0.0.2'), 'not_found')
})

test('behind trusted proxy addresses, addresses a caller writes to the left of its own are ignored', async () => {
  const t = await createTestContext({ env: { TRUSTED_PROXIES: '10.0.0.0/8', VERIFY_RATE_LIMIT: '2' } })
  const spoofed = (i: number) => `10.9.9.${i}, 192.0.2.${i}, 203.0.113.5, 10.1.2.3`
  for (let i = 0; i < 2; i += 1) await expectProblem(await lookUpFrom(t, '10.0.0.2', spoofed(i)), 'not_found')
  await expectProblem(await lookUpFrom(t, '10.0.0.2', spoofed(2)), 'rate_limited')
  await expectProblem(await lookUpFrom(t, '10.0.0.2', '198.51.100.4, 10.1.2.3'), 'not_found')
})

test('a caller that reaches the portal around the trusted proxies cannot choose its bucket with X-Forwarded-For', async () => {
  const t = await createTestContext({ env: { TRUSTED_PROXIES: '10.0.0.0/8', VERIFY_RATE_LIMIT: '2' } })
  for (let i = 0; i < 2; i += 1) await expectProblem(await lookUpFrom(t, '198.51.100.9', `203.0.113.${i}`), 'not_found')
  await expectProblem(await lookUpFrom(t, '198.51.100.9', '203.0.113.77'), 'rate_limited')
  await expectProblem(await lookUpFrom(t, '198.51.100.9', '10.0.0.5'), 'rate_limited')
})

test('a caller cannot escape its limit by moving to other addresses of its IPv6 /64, but leaves other networks alone', async () => {
  const t = await createTestContext({ env: { VERIFY_RATE_LIMIT: '2' } })
  await expectProblem(await lookUpFrom(t, '2001:db8:1:2::1'), 'not_found')
  await expectProblem(await lookUpFrom(t, '2001:db8:1:2:dead:beef:0:2'), 'not_found')
  await expectProblem(await lookUpFrom(t, '2001:db8:1:2:ffff:ffff:ffff:ffff'), 'rate_limited')
  await expectProblem(await lookUpFrom(t, '2001:db8:1:3::1'), 'not_found')
})

test('a caller behind a trusted proxy cannot escape its limit by moving about its IPv6 /64 either', async () => {
  const t = await createTestContext({ env: { TRUST_PROXY_HOPS: '1', VERIFY_RATE_LIMIT: '2' } })
  for (let i = 1; i <= 2; i += 1) await expectProblem(await lookUpFrom(t, '10.0.0.2', `2001:db8:7:7::${i}`), 'not_found')
  await expectProblem(await lookUpFrom(t, '10.0.0.2', '2001:db8:7:7::3'), 'rate_limited')
  await expectProblem(await lookUpFrom(t, '10.0.0.2', '2001:db8:7:8::1'), 'not_found')
})

test('an IPv4 caller cannot double its limit by also arriving IPv4-mapped on a dual-stack socket', async () => {
  const t = await createTestContext({ env: { VERIFY_RATE_LIMIT: '2' } })
  await expectProblem(await lookUpFrom(t, '198.51.100.7'), 'not_found')
  await expectProblem(await lookUpFrom(t, '::ffff:198.51.100.7'), 'not_found')
  await expectProblem(await lookUpFrom(t, '::ffff:c633:6407'), 'rate_limited')
})

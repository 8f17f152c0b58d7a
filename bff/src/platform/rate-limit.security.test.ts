import { expect, test } from 'vitest'
import { CertificateVerification } from '@renshe/shared/records/schemas'
import { Session } from '@renshe/shared/identity/schemas'
import { issueCertificate } from '../testing/flows'
import { createTestContext, type TestContext } from '../testing/harness'
import { expectOk, expectProblem } from '../testing/http'

const devLogin = (t: TestContext, headers: Record<string, string> = {}) =>
  t.call('POST', '/api/auth/dev/login', { body: { account: 'citizen-zhang' }, headers })

async function expectRateLimited(response: Response, retryAfter: number): Promise<void> {
  expect(response.headers.get('retry-after')).toBe(String(retryAfter))
  const problem = await expectProblem(response, 'rate_limited')
  expect(problem.retryAfterSeconds).toBe(retryAfter)
}

test('someone trying to log in over and over from one address is stopped after 10 tries a minute, and let in again after it', async () => {
  const t = await createTestContext()
  for (let i = 0; i < 10; i += 1) await expectOk(await devLogin(t), Session, 200, `attempt ${i + 1}`)
  t.clock.advance(30_000)
  await expectRateLimited(await devLogin(t), 30)
  await expectRateLimited(await t.call('POST', '/api/auth/dev/login', { body: { account: 'nobody' } }), 30)
  t.clock.advance(30_000)
  await expectOk(await devLogin(t), Session)
})

test('failed logins count towards the limit too', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '3' } })
  for (let i = 0; i < 3; i += 1) await expectProblem(await t.call('POST', '/api/auth/dev/login', { body: { account: 'guess' } }), 'login_failed')
  await expectRateLimited(await devLogin(t), 60)
})

test('the WeChat login shares the login limit', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '2' } })
  await devLogin(t)
  await devLogin(t)
  await expectRateLimited(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'x' } }), 60)
})

test('someone guessing verification codes is stopped after 30 lookups a minute, and can check again after it', async () => {
  const t = await createTestContext()
  const certificate = await issueCertificate(t, { token: await t.login('citizen-zhang') })
  for (let i = 0; i < 30; i += 1) {
    const guess = `${String(i).padStart(4, '0')}AAAABBBB`
    await expectProblem(await t.call('GET', `/api/verify/certificates/${guess}`), 'not_found', { because: guess })
  }
  await expectRateLimited(await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`), 60)
  t.clock.advance(60_000)
  await expectOk(await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`), CertificateVerification)
})

test('the limits follow LOGIN_RATE_LIMIT, VERIFY_RATE_LIMIT and RATE_LIMIT_WINDOW_SECONDS', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '1', VERIFY_RATE_LIMIT: '2', RATE_LIMIT_WINDOW_SECONDS: '300' } })
  await expectOk(await devLogin(t), Session)
  await expectRateLimited(await devLogin(t), 300)
  for (let i = 0; i < 2; i += 1) await expectProblem(await t.call('GET', '/api/verify/certificates/AAAABBBBCCCC'), 'not_found')
  await expectRateLimited(await t.call('GET', '/api/verify/certificates/AAAABBBBCCCC'), 300)
})

test('behind a trusted proxy each client address has its own limit', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '2', TRUST_PROXY: 'true' } })
  const from = (address: string) => ({ 'x-forwarded-for': `203.0.113.9, ${address}` })
  await expectOk(await devLogin(t, from('198.51.100.1')), Session)
  await expectOk(await devLogin(t, from('198.51.100.1')), Session)
  await expectRateLimited(await devLogin(t, from('198.51.100.1')), 60)
  await expectOk(await devLogin(t, from('198.51.100.2')), Session)
})

test('without a trusted proxy, a caller cannot escape the limit by making up X-Forwarded-For', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '2' } })
  await expectOk(await devLogin(t, { 'x-forwarded-for': '198.51.100.1' }), Session)
  await expectOk(await devLogin(t, { 'x-forwarded-for': '198.51.100.2' }), Session)
  await expectRateLimited(await devLogin(t, { 'x-forwarded-for': '198.51.100.3' }), 60)
})

test('a busy login limit does not stop logged-in people from using the portal', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '1' } })
  const token = await t.login('citizen-zhang')
  await expectRateLimited(await devLogin(t), 60)
  expect((await t.call('GET', '/api/records/summary', { token })).status).toBe(200)
})

import { expect, test } from 'vitest'
import { z } from 'zod'
import { Me } from '@renshe/shared/identity/schemas'
import { formatVerificationCode } from '@renshe/shared/records/rules'
import { demoAccounts } from '../db/seed/demo-accounts'
import { giveConsent, issueCertificate } from '../testing/flows'
import { failInserts } from '../testing/database-probes'
import { createTestContext } from '../testing/harness'
import { expectOk, expectProblem } from '../testing/http'
import { createLogger } from './logger'

const li = { name: '李娜', idNumber: '330304198807214523', phone: '13812342345' }
const LogLine = z.object({ time: z.string(), level: z.string(), event: z.string() }).catchall(z.unknown())

test('the log of a binding, a records read, a verification and failing requests holds no ID number, name, phone or code', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ logLines })
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: { ...li, name: '李四' } }), 'validation_failed')
  await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: `{"idNumber":"${li.idNumber}","name":"${li.name}"` }), 'malformed_json')
  await expectOk(await t.call('POST', '/api/me/real-name', { token, body: li }), Me)
  await t.call('GET', '/api/records/summary', { token })
  await t.call('GET', '/api/records/years/2024?type=pension', { token })
  const certificate = await issueCertificate(t, { token })
  const code = certificate.verificationCode
  await t.call('GET', `/api/verify/certificates/${formatVerificationCode(code)}`)
  await t.call('GET', `/api/verify/certificates/${code}`)
  await t.call('GET', `/api/records/certificates/${certificate.id}/${li.idNumber}`, { token })
  await t.call('GET', `/api/nothing/${li.phone}?name=${encodeURIComponent(li.name)}`)

  const lines = logLines.map((line) => LogLine.parse(JSON.parse(line)))
  expect(lines.filter((line) => line.event === 'request').length).toBeGreaterThanOrEqual(12)
  const secrets = [li.name, li.idNumber, li.phone, li.idNumber.slice(-8), code, formatVerificationCode(code), certificate.id]
  for (const demo of demoAccounts) secrets.push(...[demo.idNumber, demo.phone].filter((value): value is string => value !== undefined))
  for (const line of logLines) for (const secret of secrets) expect(line, secret).not.toContain(secret)

  const routes = lines.map((line) => line.route)
  expect(routes).toContain('/api/verify/certificates/:code')
  expect(routes).toContain('/api/me/real-name')
  expect(routes).toContain('/api/records/years/:year')
})

test('an unexpected error is logged with its stack frames but without its message, which could quote personal data', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ logLines })
  const token = await t.login('citizen-zhang')
  await failInserts(t.deps.db, 'certificates', 'duplicate holder 330302199003151231 张伟')
  const problem = await expectProblem(await t.call('POST', '/api/records/certificates', { token, body: { purpose: 'other', types: ['pension'] } }), 'internal')
  expect(JSON.stringify(problem)).not.toMatch(/330302199003151231|张伟|raise|at /)

  const errors = logLines.map((line) => LogLine.parse(JSON.parse(line))).filter((line) => line.level === 'error')
  expect(errors).toHaveLength(1)
  const sqlite = t.deps.db.engine === 'sqlite'
  expect(errors[0]).toMatchObject({
    event: 'unhandled_error',
    requestId: problem.requestId,
    route: '/api/records/certificates',
    errorName: sqlite ? 'SqliteError' : 'DatabaseError',
    code: sqlite ? 'SQLITE_CONSTRAINT_TRIGGER' : 'P0001',
  })
  expect(String(errors[0]?.stack)).toMatch(/^\s+at /)
  // The query library's own message runs over two lines, the statement and its parameters: neither is logged.
  expect(String(errors[0]?.stack)).not.toMatch(/Failed query|params:|insert into/i)
  for (const line of logLines) expect(line).not.toMatch(/330302199003151231|张伟/)
})

test('the logger drops any field that is not on its allow-list', () => {
  const lines: string[] = []
  const logger = createLogger('info', (line) => lines.push(line))
  const fields: Record<string, unknown> = { route: '/api/me', idNumber: li.idNumber, name: li.name, body: { phone: li.phone } }
  logger.info('request', fields)
  logger.debug('too_detailed', { route: '/api/me' })
  expect(lines).toHaveLength(1)
  const entry = LogLine.parse(JSON.parse(lines[0] ?? ''))
  expect(Object.keys(entry).sort()).toEqual(['event', 'level', 'route', 'time'])
})

import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { Me } from '@renshe/shared/identity/schemas'
import { giveConsent } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'

test('a year outside 1990 to 2100, or not a year at all, is refused with year.range', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  for (const year of ['1989', '2101', '2024.5', 'latest', '-2024']) {
    expect(await expectFieldErrors(await t.call('GET', `/api/records/years/${year}`, { token })), year).toEqual({ 'params.year': 'year.range' })
  }
})

test('an unknown insurance type or an unknown query parameter is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect(await expectFieldErrors(await t.call('GET', '/api/records/years/2024?type=housing_fund', { token }))).toEqual({ 'query.type': 'field.choose' })
  expect(await expectFieldErrors(await t.call('GET', '/api/records/years/2024?types=pension', { token }))).toEqual({ query: 'field.unknownKey' })
})

test('a certificate request with no type, an unknown purpose or a badly formed period is refused field by field', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const cases: [unknown, Record<string, string>][] = [
    [{ purpose: 'other', types: [] }, { 'body.types': 'field.choose' }],
    [{ purpose: 'visa', types: ['pension'] }, { 'body.purpose': 'field.choose' }],
    [{ purpose: 'other', types: ['pension', 'car'] }, { 'body.types.1': 'field.choose' }],
    [{ purpose: 'other', types: ['pension'], period: { from: '2024-13', to: '2025-01' } }, { 'body.period.from': 'period.format' }],
    [{ purpose: 'other', types: ['pension'], period: { from: '2024-06', to: '2024-01' } }, { 'body.period.to': 'period.order' }],
    [{ purpose: 'other', types: ['pension'], period: { from: '2024-01' } }, { 'body.period.to': 'field.required' }],
  ]
  for (const [body, expected] of cases) {
    expect(await expectFieldErrors(await t.call('POST', '/api/records/certificates', { token, body })), JSON.stringify(body)).toEqual(expected)
  }
})

test('a certificate for insurance never paid, or for a period without contributions, is refused with certificate.empty', async () => {
  const t = await createTestContext()
  const elder = await t.login('elder-wang')
  const zhang = await t.login('citizen-zhang')
  const cases: [string, unknown][] = [
    [elder, { purpose: 'other', types: ['unemployment'] }],
    [zhang, { purpose: 'other', types: ['pension'], period: { from: '2017-01', to: '2017-05' } }],
    [zhang, { purpose: 'other', types: ['pension', 'medical'], period: { from: '2000-01', to: '2011-12' } }],
  ]
  for (const [token, body] of cases) {
    const problem = await expectProblem(await t.call('POST', '/api/records/certificates', { token, body }), 'validation_failed', { because: JSON.stringify(body) })
    expect(problem.errors).toEqual([{ path: 'body.types', key: 'certificate.empty', message: '所选险种在此期间没有缴费记录，无法开具证明' }])
  }
  const [count] = await t.deps.db.rows<{ n: number | string }>(sql`select count(*) as n from certificates`)
  expect(Number(count?.n)).toBe(0)
})

test('a citizen unknown to the register cannot be issued a certificate', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  const first17 = '33030220000101002'
  await expectOk(await t.call('POST', '/api/me/real-name', { token, body: { name: '赵敏', idNumber: `${first17}${idNumberCheckCharacter(first17)}` } }), Me)
  const problem = await expectProblem(await t.call('POST', '/api/records/certificates', { token, body: { purpose: 'other', types: ['pension'] } }), 'validation_failed')
  expect(problem.errors?.map((error) => error.key)).toEqual(['certificate.empty'])
})

test('a malformed verification code is refused with verificationCode.format, and an unknown one finds nothing', async () => {
  const t = await createTestContext()
  for (const code of ['ABC', '7KQ2-M9XD-4TPAX', '7KQ2-M9XD-4TPI', '7KQ2-M9XD-4TP%21']) {
    expect(await expectFieldErrors(await t.call('GET', `/api/verify/certificates/${code}`)), code).toEqual({ 'params.code': 'verificationCode.format' })
  }
  const problem = await expectProblem(await t.call('GET', '/api/verify/certificates/7KQ2-M9XD-4TPA'), 'not_found')
  expect(problem.detail).toBeUndefined()
})

test('opening a certificate that does not exist finds nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  await expectProblem(await t.call('GET', '/api/records/certificates/zzzzzzzzzzzzzzzzzzzzzzzzzz', { token }), 'not_found')
  expect(await expectFieldErrors(await t.call('GET', `/api/records/certificates/${'a'.repeat(65)}`, { token }))).toEqual({ 'params.id': 'field.tooLong' })
})

import { sql } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { Me } from '@renshe/shared/identity/schemas'
import { days } from '../../platform/clock'
import { giveConsent, grantProxy, withdrawConsent } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'

const li = { name: '李娜', idNumber: '330304198807214523' }

/** An ID number with a correct check character, so only the rule under test can fail. */
function validIdNumber(first17: string): string {
  return `${first17}${idNumberCheckCharacter(first17)}`
}

async function realNameRows(t: TestContext): Promise<number> {
  const [row] = await t.deps.db.rows<{ n: number | string }>(sql`select count(*) as n from real_names`)
  return Number(row?.n)
}

async function liReadyToBind(t: TestContext): Promise<string> {
  const token = await t.login('citizen-li')
  await giveConsent(t, token, 'identity.real_name')
  return token
}

test('a citizen who has not agreed to the real-name consent cannot bind, and nothing is stored', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  const before = await realNameRows(t)
  const problem = await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: li }), 'consent_required')
  expect(problem.detail).toBe('identity.real_name')
  expect(await realNameRows(t)).toBe(before)
})

test('a citizen who agreed and then withdrew the real-name consent cannot bind', async () => {
  const t = await createTestContext()
  const token = await liReadyToBind(t)
  await t.call('POST', '/api/consents/identity.real_name/withdraw', { token })
  await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: li }), 'consent_required')
})

test('an ID number with a wrong check digit is refused with idNumber.checkDigit', async () => {
  const t = await createTestContext()
  const token = await liReadyToBind(t)
  for (const idNumber of ['330304198807214524', '33030419880721452X', '330304198807214533']) {
    const errors = await expectFieldErrors(await t.call('POST', '/api/me/real-name', { token, body: { ...li, idNumber } }))
    expect(errors, idNumber).toEqual({ 'body.idNumber': 'idNumber.checkDigit' })
  }
})

test('an ID number born tomorrow is refused with idNumber.futureBirthDate, and binds once that day has come', async () => {
  const t = await createTestContext()
  t.clock.set('2026-11-29T02:00:00.000Z')
  const token = await liReadyToBind(t)
  const bornTomorrow = validIdNumber('33030220261130001')
  const errors = await expectFieldErrors(await t.call('POST', '/api/me/real-name', { token, body: { name: '赵小宝', idNumber: bornTomorrow } }))
  expect(errors).toEqual({ 'body.idNumber': 'idNumber.futureBirthDate' })

  t.clock.advance(days(1))
  const sameDevice = await t.login('citizen-li')
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token: sameDevice, body: { name: '赵小宝', idNumber: bornTomorrow } }), Me)
  expect(me.realName.bound).toBe(true)
})

test('a baby born today in China can be bound in the early hours, while it is still yesterday in UTC', async () => {
  const t = await createTestContext()
  // 01:30 on 30 November in Beijing is 17:30 on 29 November in UTC.
  t.clock.set('2026-11-29T17:30:00.000Z')
  const token = await liReadyToBind(t)
  const bornToday = validIdNumber('33030220261130001')
  const me = await expectOk(await t.call('POST', '/api/me/real-name', { token, body: { name: '赵小宝', idNumber: bornToday } }), Me)
  expect(me.realName.bound).toBe(true)
})

test('an ID number of a province that does not exist is refused with idNumber.region', async () => {
  const t = await createTestContext()
  const token = await liReadyToBind(t)
  for (const idNumber of [validIdNumber('99030419880721452'), validIdNumber('00030419880721452'), validIdNumber('39030419880721452')]) {
    const errors = await expectFieldErrors(await t.call('POST', '/api/me/real-name', { token, body: { ...li, idNumber } }))
    expect(errors, idNumber).toEqual({ 'body.idNumber': 'idNumber.region' })
  }
})

test('an ID number with a date that never existed is refused with idNumber.birthDate', async () => {
  const t = await createTestContext()
  const token = await liReadyToBind(t)
  for (const first17 of ['33030419880230452', '33030419890229452', '33030419881301452', '33030419880700452', '33030418991231452']) {
    const errors = await expectFieldErrors(await t.call('POST', '/api/me/real-name', { token, body: { ...li, idNumber: validIdNumber(first17) } }))
    expect(errors, first17).toEqual({ 'body.idNumber': 'idNumber.birthDate' })
  }
})

test('an ID number, name or phone of the wrong shape is refused field by field', async () => {
  // More attempts than one account may make in an hour: the limit is tested on its own.
  const t = await createTestContext({ env: { REAL_NAME_RATE_LIMIT: '100' } })
  const token = await liReadyToBind(t)
  const seeded = await realNameRows(t)
  const cases: [unknown, Record<string, string>][] = [
    [{ name: '李娜', idNumber: '33030419880721452' }, { 'body.idNumber': 'idNumber.format' }],
    [{ name: '李娜', idNumber: '3303041988072145AB' }, { 'body.idNumber': 'idNumber.format' }],
    [{ name: '李娜', idNumber: '' }, { 'body.idNumber': 'idNumber.required' }],
    [{ name: '李娜' }, { 'body.idNumber': 'idNumber.required' }],
    [{ name: '李1', idNumber: li.idNumber }, { 'body.name': 'name.format' }],
    [{ ...li, phone: '1381234234' }, { 'body.phone': 'phone.format' }],
    [{ ...li, phone: '23812342345' }, { 'body.phone': 'phone.format' }],
    [{ ...li, isAdmin: true }, { body: 'field.unknownKey' }],
  ]
  for (const [body, expected] of cases) {
    expect(await expectFieldErrors(await t.call('POST', '/api/me/real-name', { token, body })), JSON.stringify(body)).toEqual(expected)
  }
  const blank = await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: { name: '   ', idNumber: li.idNumber } }), 'validation_failed')
  expect(blank.errors?.[0]).toMatchObject({ path: 'body.name', key: 'name.required' })
  expect(await realNameRows(t)).toBe(seeded)
})

test('a name that does not match the one registered for the ID number is refused with name.mismatch', async () => {
  const t = await createTestContext()
  const token = await liReadyToBind(t)
  const seeded = await realNameRows(t)
  const problem = await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: { ...li, name: '李四' } }), 'validation_failed')
  expect(problem.errors).toEqual([{ path: 'body.name', key: 'name.mismatch', message: '姓名与身份证号码登记的信息不一致，请核对' }])
  expect(await realNameRows(t)).toBe(seeded)
})

test('an ID number another account has already bound is refused with id_number_taken', async () => {
  const t = await createTestContext()
  const token = await liReadyToBind(t)
  const problem = await expectProblem(
    await t.call('POST', '/api/me/real-name', { token, body: { name: '张伟', idNumber: '330302199003151231' } }),
    'id_number_taken',
  )
  expect(JSON.stringify(problem)).not.toMatch(/张|citizen-zhang/)
})

test('a citizen who has bound a real name cannot bind another, nor the same one again', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  await expectProblem(await t.call('POST', '/api/me/real-name', { token: zhang, body: { name: '张伟', idNumber: '330302199003151231' } }), 'real_name_already_bound')

  const token = await liReadyToBind(t)
  await expectOk(await t.call('POST', '/api/me/real-name', { token, body: li }), Me)
  await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: li }), 'real_name_already_bound')
  const other = validIdNumber('33030220000101002')
  await expectProblem(await t.call('POST', '/api/me/real-name', { token, body: { name: '赵敏', idNumber: other } }), 'real_name_already_bound')
})

test('consent to a text version other than the current one is refused as a conflict', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  const problem = await expectProblem(await t.call('POST', '/api/consents', { token, body: { purpose: 'identity.real_name', version: '2020-01' } }), 'conflict')
  expect(problem.detail).toContain('2026-11')
  const errors = await expectFieldErrors(await t.call('POST', '/api/consents', { token, body: { purpose: 'marketing', version: '2026-11' } }))
  expect(errors).toEqual({ 'body.purpose': 'field.choose' })
})

test('withdrawing a consent never given, or of an unknown purpose, is refused', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  await expectProblem(await t.call('POST', '/api/consents/proxy.sharing/withdraw', { token }), 'not_found')
  expect(await expectFieldErrors(await t.call('POST', '/api/consents/marketing/withdraw', { token }))).toEqual({ 'params.purpose': 'field.choose' })
})

test('a citizen cannot grant help before agreeing to share, nor to a code that is no grid staff member, nor to herself', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const body = { staffCode: 'WG330302002', scopes: ['records.read'], days: 30 }
  const noConsent = await expectProblem(await t.call('POST', '/api/proxy/grants', { token: zhang, body }), 'consent_required')
  expect(noConsent.detail).toBe('proxy.sharing')

  await giveConsent(t, zhang, 'proxy.sharing')
  const unknownStaff = await expectFieldErrors(await t.call('POST', '/api/proxy/grants', { token: zhang, body: { ...body, staffCode: 'WG330302999' } }))
  expect(unknownStaff).toEqual({ 'body.staffCode': 'staffCode.format' })

  const chen = await t.login('staff-chen')
  await giveConsent(t, chen, 'proxy.sharing')
  const self = await expectProblem(await t.call('POST', '/api/proxy/grants', { token: chen, body: { ...body, staffCode: 'WG330302001' } }), 'conflict')
  expect(self.detail).toBe('You cannot grant yourself')
})

test('a grant must name known scopes and last between 1 and 365 days', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  await giveConsent(t, token, 'proxy.sharing')
  const cases: [unknown, Record<string, string>][] = [
    [{ staffCode: 'WG330302002', scopes: ['records.read'], days: 366 }, { 'body.days': 'proxy.expiry' }],
    [{ staffCode: 'WG330302002', scopes: ['records.read'], days: 0 }, { 'body.days': 'proxy.expiry' }],
    [{ staffCode: 'WG330302002', scopes: ['records.read'], days: 1.5 }, { 'body.days': 'proxy.expiry' }],
    [{ staffCode: 'WG330302002', scopes: ['records.read'], days: '30' }, { 'body.days': 'proxy.expiry' }],
    [{ staffCode: 'WG330302002', scopes: [], days: 30 }, { 'body.scopes': 'proxy.scopes' }],
    [{ staffCode: 'WG330302002', scopes: ['records.delete'], days: 30 }, { 'body.scopes.0': 'field.choose' }],
    [{ staffCode: '330302002', scopes: ['records.read'], days: 30 }, { 'body.staffCode': 'staffCode.format' }],
  ]
  for (const [body, expected] of cases) {
    expect(await expectFieldErrors(await t.call('POST', '/api/proxy/grants', { token, body })), JSON.stringify(body)).toEqual(expected)
  }
})

test('looking up a staff code that is not a grid staff member, or is malformed, finds nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  await expectProblem(await t.call('GET', '/api/proxy/staff/WG330302999', { token }), 'not_found')
  expect(await expectFieldErrors(await t.call('GET', '/api/proxy/staff/officer-liu', { token }))).toEqual({ 'params.staffCode': 'staffCode.format' })
})

test('revoking a grant that does not exist finds nothing', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  await grantProxy(t, token, { staffCode: 'WG330302002', scopes: ['records.read'] })
  await expectProblem(await t.call('POST', '/api/proxy/grants/zzzzzzzzzzzzzzzzzzzzzzzzzz/revoke', { token }), 'not_found')
})

test('logging in as a demo account that does not exist fails, and WeChat login is absent when WeChat is not configured', async () => {
  const t = await createTestContext()
  const problem = await expectProblem(await t.call('POST', '/api/auth/dev/login', { body: { account: 'nobody' } }), 'login_failed')
  expect(problem.detail).toBe('Unknown demo account')
  expect(await expectFieldErrors(await t.call('POST', '/api/auth/dev/login', { body: { account: '' } }))).toEqual({ 'body.account': 'field.required' })
  await expectProblem(await t.call('POST', '/api/auth/wechat/login', { body: { code: 'any-code' } }), 'not_found')
})

test('the access log refuses a page size outside 1 to 100', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  expect(await expectFieldErrors(await t.call('GET', '/api/me/access-log?limit=0', { token }))).toEqual({ 'query.limit': 'field.tooShort' })
  expect(await expectFieldErrors(await t.call('GET', '/api/me/access-log?limit=101', { token }))).toEqual({ 'query.limit': 'field.tooLong' })
  expect(await expectFieldErrors(await t.call('GET', '/api/me/access-log?limit=ten', { token }))).toEqual({ 'query.limit': 'field.invalid' })
})

test('a field of the wrong type is reported as invalid, and a missing one as required', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const wrongType = await expectFieldErrors(await t.call('POST', '/api/records/certificates', { token, body: { purpose: 'other', types: 42 } }))
  expect(wrongType).toEqual({ 'body.types': 'field.invalid' })
  const missing = await expectFieldErrors(await t.call('POST', '/api/records/certificates', { token, body: { purpose: 'other' } }))
  expect(missing).toEqual({ 'body.types': 'field.required' })
  const notAnObject = await expectFieldErrors(await t.call('POST', '/api/records/certificates', { token, body: [] }))
  expect(notAnObject).toEqual({ body: 'field.invalid' })
})

test('a consent given again in the same millisecond as its withdrawal is the one in force, however the rows happen to be numbered', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  // The clock stands still: every give and withdrawal below happens in the same millisecond.
  for (let round = 0; round < 8; round += 1) {
    await withdrawConsent(t, token, 'identity.real_name')
    await expectProblem(await t.call('GET', '/api/records/summary', { token }), 'consent_required')
    await giveConsent(t, token, 'identity.real_name')
    expect((await t.call('GET', '/api/records/summary', { token })).status, `round ${round}`).toBe(200)
  }
})

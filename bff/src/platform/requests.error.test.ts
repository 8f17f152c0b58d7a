import { expect, test } from 'vitest'
import type { Operation } from '@renshe/shared/platform/operation'
import { allOperations } from '@renshe/shared/platform/operations'
import { fieldMessages, problemTitles } from '@renshe/shared/platform/messages'
import { demoAccounts } from '../db/seed/demo-accounts'
import { devPartnerKeys } from '../db/seed/retiree'
import { createTestContext, type TestContext } from '../testing/harness'
import { expectFieldErrors, expectProblem } from '../testing/http'
import { callSample, describeOperation, sampleRequest } from '../testing/operation-samples'

const bodyOperations = allOperations.filter((operation) => operation.body !== undefined)
const writeOperations = allOperations.filter((operation) => operation.method !== 'get')
// Uploads have a limit of their own, walked below and tested in uploads.*.test.ts.
const jsonWriteOperations = writeOperations.filter((operation) => operation.upload === undefined)
const uploadOperations = allOperations.filter((operation) => operation.upload !== undefined)

/**
 * Someone the operation admits, so the request reaches its body: a logged-in user of an admitted
 * role (with a bound real name), or for a partner operation the seeded key of the highest level.
 */
async function admittedCaller(t: TestContext, operation: Operation): Promise<{ token?: string; partnerKey?: string }> {
  if (operation.access.kind === 'public') return {}
  if (operation.access.kind === 'partner') return { partnerKey: devPartnerKeys.civilAffairs }
  const admitted = operation.access.roles
  const account = ['citizen-zhang', 'staff-zhou', 'officer-liu', 'employer-demo', 'institution-demo', 'assessor-demo', 'venue-bus', 'admin'].find((candidate) =>
    demoAccounts.find((demo) => demo.account === candidate)?.roles.some((role) => admitted.includes(role)),
  )
  return account ? { token: await t.login(account) } : {}
}

test('the walked operations include every one that takes a body and every one that writes', () => {
  expect(bodyOperations.map((operation) => operation.id).sort()).toEqual([
    'card.applyForCard',
    'card.createOutlet',
    'card.partnerConfirmCredits',
    'card.partnerRecordCollection',
    'card.partnerReportApplicationStep',
    'card.partnerReportCardLost',
    'card.recordEcardUse',
    'card.setBenefitOpening',
    'card.updateOutlet',
    'contracts.createContract',
    'contracts.declineContract',
    'contracts.endContract',
    'contracts.recordReading',
    'contracts.signContract',
    'contracts.startSigning',
    'contracts.updateContract',
    'disputes.actOnArbitration',
    'disputes.actOnInjury',
    'disputes.applyForArbitration',
    'disputes.applyForInjury',
    'disputes.applyForRelativeInjury',
    'disputes.reportAccident',
    'identity.bindRealName',
    'identity.confirmKeptProfile',
    'identity.createProxyGrant',
    'identity.devLogin',
    'identity.giveConsent',
    'identity.registerKeptPerson',
    'identity.wechatLogin',
    'jobs.answerPay',
    'jobs.applySubsidy',
    'jobs.checkIn',
    'jobs.checkOut',
    'jobs.confirmAttendance',
    'jobs.createPost',
    'jobs.decideApplication',
    'jobs.decidePost',
    'jobs.decideSubsidy',
    'jobs.enrolFlexible',
    'jobs.openWageComplaint',
    'jobs.putMyProfile',
    'jobs.rateEmployer',
    'jobs.rateWorker',
    'jobs.resubmitPost',
    'jobs.setRecommendationConsent',
    'jobs.statePay',
    'partner.sendDeathRecord',
    'partner.sendLifeSignal',
    'records.issueCertificate',
    'retiree.finishFace',
    'retiree.registerPartner',
    'retiree.reverseDeathRecord',
    'retiree.reviewVisit',
    'retiree.submitVisit',
    'training.applyForMySubsidy',
    'training.approveInstitutions',
    'training.approveSubsidies',
    'training.checkIn',
    'training.createCourse',
    'training.createProgramme',
    'training.decideEnrolment',
    'training.declineSubsidy',
    'training.enrol',
    'training.paySubsidies',
    'training.recordAssessment',
    'training.setInstitutionAccount',
    'training.suspendInstitution',
    'wages.actOnComplaint',
    'wages.createProject',
    'wages.postMessage',
    'wages.respondAsEmployer',
    'wages.saveDraft',
    'wages.setCalendarDay',
    'wages.submitComplaint',
  ])
  expect(writeOperations.length).toBeGreaterThan(bodyOperations.length)
})

test('a body that is not JSON is answered malformed_json by every operation that takes a body', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '100', REAL_NAME_RATE_LIMIT: '100' } })
  for (const operation of bodyOperations) {
    const caller = await admittedCaller(t, operation)
    const { method, path } = sampleRequest(operation)
    for (const body of ['{"purpose":', 'not json', '', "{'single': 'quotes'}", '{"a":1}}']) {
      const response = await t.call(method, path, { ...caller, body, headers: { 'content-type': 'application/json' } })
      await expectProblem(response, 'malformed_json', { because: `${describeOperation(operation)} with ${JSON.stringify(body)}` })
    }
  }
})

test('a body sent as anything but application/json is answered unsupported_media_type by every operation that takes a body', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '100', REAL_NAME_RATE_LIMIT: '100' } })
  for (const operation of bodyOperations) {
    const caller = await admittedCaller(t, operation)
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json', 'application/jsonx']) {
      const response = await callSample(t, operation, { ...caller, headers: { 'content-type': type } })
      const problem = await expectProblem(response, 'unsupported_media_type', { because: `${describeOperation(operation)} as ${type}` })
      expect(problem.detail).toBe('Send application/json')
    }
    const { method, path, body } = sampleRequest(operation)
    // Bytes, not a string: a string body would be labelled text/plain by fetch itself.
    const untyped = await t.app.request(path, {
      method,
      body: new TextEncoder().encode(JSON.stringify(body)),
      headers: {
        ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}),
        ...(caller.partnerKey ? { 'x-partner-key': caller.partnerKey } : {}),
      },
    })
    expect(untyped.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    await expectProblem(untyped, 'unsupported_media_type', { because: `${describeOperation(operation)} without a content type` })
  }
})

test('a body over 64 KB is answered payload_too_large by every operation that writes, whether or not its length is announced', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '100', REAL_NAME_RATE_LIMIT: '100' } })
  const oversize = JSON.stringify({ padding: 'x'.repeat(64 * 1024) })
  expect(oversize.length).toBeGreaterThan(64 * 1024)
  for (const operation of jsonWriteOperations) {
    const caller = await admittedCaller(t, operation)
    const { method, path } = sampleRequest(operation)
    for (const headers of [{ 'content-length': String(oversize.length) }, {}]) {
      const response = await t.call(method, path, { ...caller, body: oversize, headers })
      const problem = await expectProblem(response, 'payload_too_large', { because: describeOperation(operation) })
      expect(problem.detail).toBe('At most 65536 bytes')
    }
  }
})

test('every upload refuses JSON with unsupported_media_type, and a body announced over its limit with payload_too_large', async () => {
  const t = await createTestContext({ env: { LOGIN_RATE_LIMIT: '100', REAL_NAME_RATE_LIMIT: '100', SUBMISSION_RATE_LIMIT: '100' } })
  for (const operation of uploadOperations) {
    const caller = await admittedCaller(t, operation)
    const { method, path } = sampleRequest(operation)
    const json = await t.call(method, path, { ...caller, body: { file: 'aGVsbG8=' } })
    const wrongType = await expectProblem(json, 'unsupported_media_type', { because: describeOperation(operation) })
    expect(wrongType.detail).toBe('Send multipart/form-data')

    const maxBytes = operation.upload?.maxBytes ?? 0
    const announced = await t.call(method, path, {
      body: 'x',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(maxBytes * 2) },
    })
    const tooLarge = await expectProblem(announced, 'payload_too_large', { because: describeOperation(operation) })
    expect(tooLarge.detail).toBe(`At most ${maxBytes} bytes`)
  }
})

test('a partner operation checks the key before the body: without a good key, a bad body tells nothing about the contract', async () => {
  const t = await createTestContext({ env: { VERIFY_RATE_LIMIT: '100' } })
  for (const operation of bodyOperations.filter((candidate) => candidate.access.kind === 'partner')) {
    const { method, path } = sampleRequest(operation)
    for (const body of ['not json', { unexpected: true }]) {
      await expectProblem(await t.call(method, path, { body }), 'unauthenticated', { because: describeOperation(operation) })
      await expectProblem(await t.call(method, path, { body, partnerKey: 'rp_made_up' }), 'unauthenticated', { because: describeOperation(operation) })
    }
  }
})

test('a body of exactly 64 KB gets past the size limit to validation', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const shell = JSON.stringify({ purpose: 'other', types: ['pension'], padding: '' })
  const exact = JSON.stringify({ purpose: 'other', types: ['pension'], padding: 'x'.repeat(64 * 1024 - shell.length) })
  expect(Buffer.byteLength(exact)).toBe(64 * 1024)
  const errors = await expectFieldErrors(await t.call('POST', '/api/records/certificates', { token, body: exact }))
  expect(errors).toEqual({ body: 'field.unknownKey' })
})

test('the body size limit follows MAX_BODY_BYTES', async () => {
  const t = await createTestContext({ env: { MAX_BODY_BYTES: '1024' } })
  const response = await t.call('POST', '/api/auth/dev/login', { body: { account: 'x'.repeat(1100) } })
  const problem = await expectProblem(response, 'payload_too_large')
  expect(problem.detail).toBe('At most 1024 bytes')
})

test('a path the API does not have is answered with a not_found problem, under /api and outside it', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const attempts: [string, string][] = [
    ['GET', '/api/nothing-here'],
    ['GET', '/api/records/summary/extra'],
    ['GET', '/api/records/certificates/a/b'],
    ['GET', '/api/../etc/passwd'],
    ['GET', '/not-the-api'],
  ]
  for (const [method, path] of attempts) {
    const problem = await expectProblem(await t.call(method, path, { token }), 'not_found', { because: `${method} ${path}` })
    expect(problem.detail).toBeUndefined()
  }
})

test('a path the API has, asked with a method it does not serve, is answered 405 with the methods it does', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const attempts: [string, string, string][] = [
    ['DELETE', '/api/me', 'GET'],
    ['PUT', '/api/consents', 'GET, POST'],
  ]
  for (const [method, path, allow] of attempts) {
    const response = await t.call(method, path, { token })
    expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow)
    const problem = await expectProblem(response, 'method_not_allowed', { because: `${method} ${path}` })
    expect(problem.detail).toBe(`Use ${allow}`)
  }
})

test('development login is simply absent in production: no 405 hints that it exists', async () => {
  const t = await createTestContext({ env: { NODE_ENV: 'production' } })
  await expectProblem(await t.call('PUT', '/api/auth/dev/login'), 'not_found')
  await expectProblem(await t.call('POST', '/api/auth/dev/login', { body: { account: 'citizen-zhang' } }), 'not_found')
})

test('field errors come in Chinese by default, and in English for Accept-Language: en', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-li')
  const body = { name: '李娜', idNumber: '330304198807214524' }

  const chinese = await expectProblem(await t.call('POST', '/api/me/real-name', { token, body }), 'validation_failed')
  expect(chinese.errors).toEqual([{ path: 'body.idNumber', key: 'idNumber.checkDigit', message: fieldMessages['idNumber.checkDigit']['zh-CN'] }])

  for (const acceptLanguage of ['en', 'en-US,en;q=0.9', 'fr-FR, en;q=0.5']) {
    const response = await t.call('POST', '/api/me/real-name', { token, body, headers: { 'accept-language': acceptLanguage } })
    const english = await expectProblem(response, 'validation_failed', { locale: 'en', because: acceptLanguage })
    expect(english.title).toBe(problemTitles.validation_failed.en)
    expect(english.errors).toEqual([{ path: 'body.idNumber', key: 'idNumber.checkDigit', message: fieldMessages['idNumber.checkDigit'].en }])
  }

  const unsupported = await t.call('POST', '/api/me/real-name', { token, body, headers: { 'accept-language': 'fr, de;q=0.8' } })
  await expectProblem(unsupported, 'validation_failed', { locale: 'zh-CN' })
})

test('problems other than field errors are titled in the asked language too', async () => {
  const t = await createTestContext()
  const response = await t.call('GET', '/api/me', { headers: { 'accept-language': 'en' } })
  const problem = await expectProblem(response, 'unauthenticated', { locale: 'en' })
  expect(problem.title).toBe('Log in first')
})

test('every field that is wrong is reported at once, each under its own path', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const body = { staffCode: 'W1', scopes: [], days: 0, extra: true }
  const errors = await expectFieldErrors(await t.call('POST', '/api/proxy/grants', { token, body }))
  expect(errors).toEqual({
    'body.staffCode': 'staffCode.format',
    'body.scopes': 'proxy.scopes',
    'body.days': 'proxy.expiry',
    body: 'field.unknownKey',
  })
})

test('a request id sent by the caller is echoed on success and on problems, and a malformed one is replaced', async () => {
  const t = await createTestContext()
  const ok = await t.call('GET', '/api/consents/documents', { headers: { 'x-request-id': 'trace-0123456789' } })
  expect(ok.headers.get('x-request-id')).toBe('trace-0123456789')

  const problem = await expectProblem(await t.call('GET', '/api/me', { headers: { 'x-request-id': 'trace-abcdefghij' } }), 'unauthenticated')
  expect(problem.requestId).toBe('trace-abcdefghij')

  const replaced = await expectProblem(await t.call('GET', '/api/me', { headers: { 'x-request-id': 'bad id\twith spaces' } }), 'unauthenticated')
  expect(replaced.requestId).toMatch(/^[0-9a-z]{26}$/)
})

import { expect, test } from 'vitest'
import { Page } from '@renshe/shared/platform/primitives'
import { RegionCertificate } from '@renshe/shared/records/schemas'
import { issueCertificate, auditRows, meOf, seededGrantOf } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'

test('a citizen cannot open another citizen’s certificate by its id, nor learn anything from the refusal', async () => {
  const t = await createTestContext()
  const certificate = await issueCertificate(t, { token: await t.login('citizen-zhang') })
  for (const account of ['elder-wang', 'staff-chen']) {
    const response = await t.call('GET', `/api/records/certificates/${certificate.id}`, { token: await t.login(account) })
    const problem = await expectProblem(response, 'not_found', { because: account })
    const text = JSON.stringify(problem)
    expect(text).not.toContain(certificate.verificationCode)
    expect(text).not.toContain('张')
  }
})

test('a citizen’s certificate list holds only her own certificates', async () => {
  const t = await createTestContext()
  await issueCertificate(t, { token: await t.login('citizen-zhang') })
  const elder = await t.login('elder-wang')
  const listed = await t.call('GET', '/api/records/certificates', { token: elder })
  expect(await listed.json()).toEqual({ certificates: [] })
})

test('an officer cannot open, or list, a certificate issued in another region', async () => {
  const t = await createTestContext()
  const certificate = await issueCertificate(t, { token: await t.login('citizen-zhang') })
  const huang = await t.login('officer-huang')
  await expectProblem(await t.call('GET', `/api/records/certificates/${certificate.id}`, { token: huang }), 'not_found')
  const page = await expectOk(await t.call('GET', '/api/records/region/certificates', { token: huang }), Page(RegionCertificate))
  expect(page).toEqual({ items: [], nextCursor: null })
})

test('a grid staff member acting for one citizen cannot open another citizen’s certificate', async () => {
  const t = await createTestContext()
  const certificate = await issueCertificate(t, { token: await t.login('citizen-zhang') })
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  await expectProblem(await t.call('GET', `/api/records/certificates/${certificate.id}`, { token: chen, actingFor: grantId }), 'not_found')
})

test('a public check of a certificate shows only the masked name, the period, the status and the dates', async () => {
  const t = await createTestContext()
  const certificate = await issueCertificate(t, { token: await t.login('citizen-zhang') })
  const response = await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`)
  const body: unknown = await response.json()
  expect(body).toEqual({
    verificationCode: certificate.verificationCode,
    maskedName: '张*',
    period: certificate.period,
    status: 'valid',
    issuedAt: certificate.issuedAt,
    expiresAt: certificate.expiresAt,
  })
  expect(JSON.stringify(body)).not.toContain('330302')
})

test('every read of a citizen’s records leaves an audit row naming who read them and whose they are', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const zhang = (await meOf(t, token)).id
  const certificate = await issueCertificate(t, { token })
  const officer = await t.login('officer-liu')
  const liu = (await meOf(t, officer)).id

  const reads: [string, string | undefined, string, string | null][] = [
    ['/api/records/summary', token, 'records.getSummary', zhang],
    ['/api/records/years/2024', token, 'records.getYear', zhang],
    ['/api/records/certificates', token, 'records.listCertificates', zhang],
    [`/api/records/certificates/${certificate.id}`, token, 'records.getCertificate', zhang],
    [`/api/records/certificates/${certificate.id}`, officer, 'records.getCertificate', liu],
    [`/api/verify/certificates/${certificate.verificationCode}`, undefined, 'records.verifyCertificate', null],
  ]
  for (const [path, caller, action, actor] of reads) {
    const before = (await auditRows(t)).length
    const response = await t.call('GET', path, caller ? { token: caller } : {})
    expect(response.status, path).toBe(200)
    const added = (await auditRows(t)).slice(before)
    expect(added.map((row) => ({ action: row.action, kind: row.kind, actor: row.actorUserId, subject: row.subjectUserId, via: row.viaGrantId })), path).toEqual([
      { action, kind: 'read', actor, subject: zhang, via: null },
    ])
  }

  const before = (await auditRows(t)).length
  await t.call('GET', '/api/records/region/certificates', { token: officer })
  expect((await auditRows(t)).slice(before).map((row) => [row.action, row.actorUserId, row.objectId])).toEqual([['records.listRegionCertificates', liu, '330302']])
})

test('a certificate read by a grid staff member is recorded as the staff member’s act, for the citizen, under the grant', async () => {
  const t = await createTestContext()
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const staffId = (await meOf(t, chen)).id
  const elderId = (await meOf(t, await t.login('elder-wang'))).id
  const certificate = await issueCertificate(t, { token: chen, actingFor: grantId })
  const before = (await auditRows(t)).length
  await t.call('GET', `/api/records/certificates/${certificate.id}`, { token: chen, actingFor: grantId })
  expect((await auditRows(t)).slice(before).map((row) => [row.action, row.actorUserId, row.subjectUserId, row.viaGrantId])).toEqual([
    ['records.getCertificate', staffId, elderId, grantId],
  ])
})

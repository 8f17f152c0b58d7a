import { expect, test } from 'vitest'
import { z } from 'zod'
import { Page } from '@renshe/shared/platform/primitives'
import {
  Certificate,
  CertificateListItem,
  CertificateVerification,
  RecordsSummary,
  RegionCertificate,
  YearRecords,
} from '@renshe/shared/records/schemas'
import { days, minutes } from '../../platform/clock'
import { issueCertificate, seededGrantOf } from '../../testing/flows'
import { createTestContext, testStart } from '../../testing/harness'
import { expectOk } from '../../testing/http'

const Certificates = z.object({ certificates: z.array(CertificateListItem) })
const RegionPage = Page(RegionCertificate)

test('a citizen reads the summary of their contributions, with the gap between jobs', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const summary = await expectOk(await t.call('GET', '/api/records/summary', { token }), RecordsSummary)
  expect(summary.maskedName).toBe('张*')
  expect(summary.asOf).toBe('2026-10')
  expect(summary.retiredFrom).toBeNull()
  expect(summary.years[0]).toBe(2026)
  expect(summary.years.at(-1)).toBe(2012)
  expect(summary.gaps).toContainEqual({ type: 'pension', from: '2017-01', to: '2017-05', months: 5, ongoing: false })
  expect(summary.gaps).toContainEqual({ type: 'pension', from: '2024-03', to: '2024-03', months: 1, ongoing: false })
  expect(summary.types.find((type) => type.type === 'pension')).toMatchObject({ firstMonth: '2012-07', lastMonth: '2026-10', status: 'contributing' })
})

test('a citizen reads one year month by month, and one insurance type of it', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const year = await expectOk(await t.call('GET', '/api/records/years/2024', { token }), YearRecords)
  expect(year.type).toBeNull()
  expect(year.rows).toHaveLength(12 * 5 - 2)
  expect(year.rows.filter((row) => row.month === '2024-03').map((row) => row.type).sort()).toEqual(['maternity', 'medical', 'work_injury'])
  expect(year.totals.find((total) => total.type === 'pension')?.months).toBe(11)
  expect(year.gaps).toEqual([
    { type: 'pension', from: '2024-03', to: '2024-03', months: 1, ongoing: false },
    { type: 'unemployment', from: '2024-03', to: '2024-03', months: 1, ongoing: false },
  ])

  const pension = await expectOk(await t.call('GET', '/api/records/years/2024?type=pension', { token }), YearRecords)
  expect(pension.type).toBe('pension')
  expect(pension.rows.every((row) => row.type === 'pension')).toBe(true)
  expect(pension.rows[0]).toEqual({
    month: '2024-01',
    type: 'pension',
    // 7,200 yuan in 2022, up 6% each January: 8,089.92 yuan in 2024; 8% personal, 16% employer.
    baseFen: 808992,
    personalFen: 64719,
    employerFen: 129439,
    employerName: '浙江温州数码科技有限公司',
    payer: 'employer',
    regionCode: '330302',
  })
  expect(pension.totals).toEqual([{ type: 'pension', months: 11, personalFen: pension.rows.reduce((sum, row) => sum + row.personalFen, 0), employerFen: pension.rows.reduce((sum, row) => sum + row.employerFen, 0) }])
  expect(pension.gaps).toEqual([{ type: 'pension', from: '2024-03', to: '2024-03', months: 1, ongoing: false }])
})

test('a year before the first contribution is empty, not an error', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const year = await expectOk(await t.call('GET', '/api/records/years/2000', { token }), YearRecords)
  expect(year).toEqual({ year: 2000, type: null, rows: [], totals: [], gaps: [] })
})

test('a citizen issues a participation certificate, finds it in her list and opens it', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const certificate = await issueCertificate(t, { token })
  expect(certificate).toMatchObject({
    purpose: 'school_enrollment',
    period: { from: '2012-07', to: '2026-10' },
    holder: { maskedName: '张*', maskedIdNumber: '330302********1231' },
    issuedAt: testStart,
    expiresAt: new Date(Date.parse(testStart) + days(90)).toISOString(),
    status: 'valid',
  })
  expect(certificate.lines).toEqual([
    { type: 'pension', paidMonths: 54 + 55 + 57, firstMonth: '2012-07', lastMonth: '2026-10' },
    { type: 'medical', paidMonths: 54 + 55 + 58, firstMonth: '2012-07', lastMonth: '2026-10' },
  ])
  expect(certificate.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
  expect(certificate.verifyUrl).toBe(`http://127.0.0.1:8787/#/features/records/pages/verify/index?code=${certificate.verificationCode}`)
  expect(certificate.qrDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)

  const { certificates } = await expectOk(await t.call('GET', '/api/records/certificates', { token }), Certificates)
  expect(certificates).toEqual([
    { id: certificate.id, verificationCode: certificate.verificationCode, purpose: certificate.purpose, period: certificate.period, issuedAt: certificate.issuedAt, expiresAt: certificate.expiresAt, status: 'valid' },
  ])
  expect(await expectOk(await t.call('GET', `/api/records/certificates/${certificate.id}`, { token }), Certificate)).toEqual(certificate)
})

test('a certificate for a chosen period states only that period', async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const body = { purpose: 'housing', types: ['pension', 'unemployment'], period: { from: '2024-01', to: '2024-06' } }
  const certificate = await expectOk(await t.call('POST', '/api/records/certificates', { token, body }), Certificate, 201)
  expect(certificate.period).toEqual({ from: '2024-01', to: '2024-06' })
  expect(certificate.lines).toEqual([
    { type: 'pension', paidMonths: 5, firstMonth: '2024-01', lastMonth: '2024-06' },
    { type: 'unemployment', paidMonths: 5, firstMonth: '2024-01', lastMonth: '2024-06' },
  ])
})

test('a school checks a certificate by its code, typed with dashes, spaces or in lower case', async () => {
  const t = await createTestContext()
  const certificate = await issueCertificate(t, { token: await t.login('citizen-zhang') })
  const code = certificate.verificationCode
  const grouped = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`
  for (const typed of [code, grouped, grouped.toLowerCase(), `${code.slice(0, 4)} ${code.slice(4)}`]) {
    const verification = await expectOk(await t.call('GET', `/api/verify/certificates/${encodeURIComponent(typed)}`), CertificateVerification)
    expect(verification, typed).toEqual({
      verificationCode: code,
      maskedName: '张*',
      period: certificate.period,
      status: 'valid',
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
    })
  }
})

test('a certificate verifies as expired from 90 days after issue', async () => {
  const t = await createTestContext()
  const certificate = await issueCertificate(t, { token: await t.login('citizen-zhang') })
  t.clock.advance(days(90) - 1)
  expect((await expectOk(await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`), CertificateVerification)).status).toBe('valid')
  t.clock.advance(1)
  expect((await expectOk(await t.call('GET', `/api/verify/certificates/${certificate.verificationCode}`), CertificateVerification)).status).toBe('expired')
  const { certificates } = await expectOk(await t.call('GET', '/api/records/certificates', { token: await t.login('citizen-zhang') }), Certificates)
  expect(certificates[0]?.status).toBe('expired')
})

test('an officer lists the certificates of her region newest first, a page at a time, and opens one', async () => {
  const t = await createTestContext()
  const zhang = await t.login('citizen-zhang')
  const first = await issueCertificate(t, { token: zhang })
  t.clock.advance(minutes(1))
  const chen = await t.login('staff-chen')
  const forElder = await issueCertificate(t, { token: chen, actingFor: (await seededGrantOf(t, chen)).grantId })
  t.clock.advance(minutes(1))
  const latest = await issueCertificate(t, { token: zhang })

  const officer = await t.login('officer-liu')
  const page1 = await expectOk(await t.call('GET', '/api/records/region/certificates?limit=2', { token: officer }), RegionPage)
  expect(page1.items.map((item) => [item.id, item.maskedName, item.regionCode])).toEqual([
    [latest.id, '张*', '330302'],
    [forElder.id, '王**', '330302'],
  ])
  expect(page1.nextCursor).toBe(`${forElder.issuedAt}|${forElder.id}`)
  const page2 = await expectOk(await t.call('GET', `/api/records/region/certificates?limit=2&cursor=${encodeURIComponent(page1.nextCursor ?? '')}`, { token: officer }), RegionPage)
  expect(page2.items.map((item) => item.id)).toEqual([first.id])
  expect(page2.nextCursor).toBeNull()

  expect((await expectOk(await t.call('GET', `/api/records/certificates/${first.id}`, { token: officer }), Certificate)).id).toBe(first.id)
})

test('an elderly citizen’s summary counts no gaps after she retired', async () => {
  const t = await createTestContext()
  const summary = await expectOk(await t.call('GET', '/api/records/summary', { token: await t.login('elder-wang') }), RecordsSummary)
  expect(summary).toMatchObject({ maskedName: '王**', retiredFrom: '1999-07', asOf: '1999-06', gaps: [] })
  expect(summary.types.find((type) => type.type === 'pension')).toMatchObject({ paidMonths: 90, status: 'retired' })
})

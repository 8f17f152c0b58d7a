import { expect, test } from 'vitest'
import { SkillsSummary, SkillsSummaryVerification } from '@renshe/shared/training/assessment'
import { auditRows } from '../../testing/flows'
import { createTestContext } from '../../testing/harness'
import { expectOk } from '../../testing/http'
import { attendingZhang, checkedInBeneath, recorded, share, skillsRecordOf, summaryShared, verifySkills } from '../../testing/training-assessment-flows'

const passed = { passed: true, certificateNumber: 'S000033030226Z00300' } as const
const assessorName = '温州市鹿城区职业技能等级认定中心'

test('her skills record shows her certificate and the course she was confirmed on, with attendance, voucher and result', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  await checkedInBeneath(t, enrolmentId, 1)
  const token = await t.login('citizen-zhang')
  const before = await skillsRecordOf(t, token)
  expect(before.certificates).toEqual([])
  expect(before.courses).toEqual([
    {
      enrolmentId,
      courseName: '养老护理员（五级）初级班',
      institutionName: '温州技师培训学校',
      occupationCode: '4-10-01-05',
      level: 5,
      hours: 32,
      startsOn: '2026-12-27',
      endsOn: '2027-01-12',
      attended: 2,
      sessions: 8,
      voucherNumber: expect.any(String) as string,
      voucherStatus: 'attending',
      result: null,
    },
  ])
  await recorded(t, await t.login('assessor-demo'), enrolmentId, passed)
  const after = await skillsRecordOf(t, await t.login('citizen-zhang'))
  expect(after.certificates).toEqual([{ id: expect.any(String) as string, certificateNumber: passed.certificateNumber, occupationCode: '4-10-01-05', level: 5, issuedOn: '2026-12-27', issuerName: assessorName }])
  expect(after.courses[0]).toMatchObject({ voucherStatus: 'assessed', result: { passed: true, certificateNumber: passed.certificateNumber, assessedOn: '2026-12-27', assessorName } })
  expect((await auditRows(t)).map((row) => row.action)).toContain('training.getSkillsRecord')
})

test('she shares a summary: frozen as it is, masked, with a code and QR code anyone checks for 90 days; then it says expired', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, zhang } = await attendingZhang(t)
  await recorded(t, await t.login('assessor-demo'), enrolmentId, passed)
  const token = await t.login('citizen-zhang')
  const summary = await summaryShared(t, token)
  expect(summary).toMatchObject({
    maskedName: '张*',
    status: 'valid',
    issuedAt: t.clock.now().toISOString(),
    expiresAt: new Date(t.clock.now().getTime() + 90 * 24 * 3600 * 1000).toISOString(),
    certificates: [{ certificateNumber: passed.certificateNumber, occupationCode: '4-10-01-05', level: 5, issuedOn: '2026-12-27', issuerName: assessorName }],
    courses: [{ courseName: '养老护理员（五级）初级班', institutionName: '温州技师培训学校', attended: 1, sessions: 8, result: { passed: true } }],
  })
  expect(summary.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
  expect(summary.verifyUrl).toBe(`http://127.0.0.1:8787/#/features/training/pages/verify-skills/index?code=${summary.verificationCode}`)
  expect(summary.qrDataUrl).toMatch(/^data:image\/png;base64,/)

  const checked = await expectOk(await verifySkills(t, summary.verificationCode), SkillsSummaryVerification)
  const { id: _id, verifyUrl: _url, qrDataUrl: _qr, ...stated } = summary
  expect(checked).toEqual(stated)
  // Typed as printed, in groups and lower case, it is the same code.
  const grouped = (summary.verificationCode.match(/.{4}/g) ?? []).join('-').toLowerCase()
  expect((await expectOk(await verifySkills(t, grouped), SkillsSummaryVerification)).verificationCode).toBe(summary.verificationCode)
  const check = (await auditRows(t)).find((row) => row.action === 'training.verifySkillsSummary')
  expect(check).toMatchObject({ actorUserId: null, subjectUserId: zhang, kind: 'read' })

  t.clock.advance(90 * 24 * 3600 * 1000)
  expect((await expectOk(await verifySkills(t, summary.verificationCode), SkillsSummaryVerification)).status).toBe('expired')
})

test('a retry of the same share is the same summary; a new share is a new code', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const token = await t.login('citizen-zhang')
  const first = await summaryShared(t, token, 'skills-share-retry-1')
  const replayed = await share(t, token, 'skills-share-retry-1')
  expect(replayed.headers.get('idempotent-replayed')).toBe('true')
  expect(await expectOk(replayed, SkillsSummary, 201)).toEqual(first)
  const second = await summaryShared(t, token, 'skills-share-retry-2')
  expect(second.verificationCode).not.toBe(first.verificationCode)
  // Nothing yet to state: an empty record is shared as such, never invented.
  expect(first).toMatchObject({ certificates: [], courses: [] })
})

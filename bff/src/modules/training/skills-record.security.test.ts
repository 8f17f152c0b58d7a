import { expect, test } from 'vitest'
import { createTestContext } from '../../testing/harness'
import { expectProblem } from '../../testing/http'
import { attendingZhang, recorded, share, skillsRecordOf, summaryShared, verifySkills } from '../../testing/training-assessment-flows'
import { realNamedCitizens } from '../../testing/training-flows'

test('another person’s skills record cannot be read: each holder reads only her own, and her summary’s retry key replays nothing for anyone else', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId } = await attendingZhang(t)
  await recorded(t, await t.login('assessor-demo'), enrolmentId, { passed: true, certificateNumber: 'S000033030226Z00400' })
  const [other] = await realNamedCitizens(t, 1)
  const token = other?.token ?? ''
  expect(await skillsRecordOf(t, token)).toEqual({ certificates: [], courses: [] })
  const zhangs = await summaryShared(t, await t.login('citizen-zhang'), 'skills-share-zhang')
  // The same key from another account is her own request, not a replay of zhang's.
  const hers = await summaryShared(t, token, 'skills-share-zhang')
  expect(hers.id).not.toBe(zhangs.id)
  expect(hers).toMatchObject({ certificates: [], courses: [] })
  for (const account of ['institution-demo', 'assessor-demo', 'officer-liu', 'employer-demo', 'admin']) {
    const staff = await t.login(account)
    await expectProblem(await t.call('GET', '/api/training/skills-record', { token: staff }), 'forbidden', { because: account })
    await expectProblem(await share(t, staff), 'forbidden', { because: account })
  }
})

test('a summary shows nothing unmasked: no full name, no ID number, no voucher, no account ids', { timeout: 30_000 }, async () => {
  const t = await createTestContext()
  const { enrolmentId, voucherId, zhang } = await attendingZhang(t)
  await recorded(t, await t.login('assessor-demo'), enrolmentId, { passed: true, certificateNumber: 'S000033030226Z00401' })
  const summary = await summaryShared(t, await t.login('citizen-zhang'))
  const text = await (await verifySkills(t, summary.verificationCode)).text()
  for (const secret of ['张伟', '330302199003151231', '13857712345', voucherId, enrolmentId, zhang, summary.id]) expect(text, secret).not.toContain(secret)
  expect(text).toContain('张*')
  expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['certificates', 'courses', 'expiresAt', 'issuedAt', 'maskedName', 'status', 'verificationCode'])
})

test('a forged code finds nothing, and guessing codes is rate limited per address', { timeout: 60_000 }, async () => {
  const t = await createTestContext({ env: { VERIFY_RATE_LIMIT: '5' } })
  const summary = await summaryShared(t, await t.login('citizen-zhang'))
  const forged = summary.verificationCode.slice(0, 11) + (summary.verificationCode.endsWith('0') ? '1' : '0')
  await expectProblem(await verifySkills(t, forged), 'not_found')
  const statuses: number[] = []
  for (let i = 0; i < 6; i += 1) statuses.push((await verifySkills(t, forged)).status)
  expect(statuses).toContain(429)
})

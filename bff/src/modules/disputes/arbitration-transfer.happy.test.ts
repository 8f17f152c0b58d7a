import { expect, test } from 'vitest'
import { ArbitrationCase, ArbitrationPrefill, NewArbitration } from '@renshe/shared/disputes/arbitration-cases'
import { CaseDetail, EvidenceContent } from '@renshe/shared/wages/schemas'
import { auditRows, grantProxy } from '../../testing/flows'
import { prefilled, prefillOf, transferredComplaint, zhaosTransferredComplaint } from '../../testing/dispute-files-flows'
import { acted, applied, heard, nextDay, oujiangCreditCode, readArbitration, unknownCreditCode, weeksLongSessions } from '../../testing/disputes-flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectOk, expectProblem } from '../../testing/http'
import { acted as actedOnComplaint, complaintForm, draftIdOf, fileComplaint, readCase, userIdOf } from '../../testing/wages-flows'

/** The prefilled form as she sends it, citing the complaint; `creditCode` where the complaint had none. */
function applicationFrom(prefill: ArbitrationPrefill, overrides: { creditCode?: string; regionCode?: string } = {}): NewArbitration {
  const { form } = prefill
  return NewArbitration.parse({
    ...form,
    respondent: { name: form.respondent.name, creditCode: form.respondent.creditCode ?? overrides.creditCode },
    regionCode: overrides.regionCode ?? form.regionCode,
    wageCaseId: prefill.wageCase.id,
  })
}

async function complaintAs(t: TestContext, token: string, id: string): Promise<CaseDetail> {
  return expectOk(await readCase(t, { token }, id), CaseDetail)
}

test('a complaint the office sent to arbitration becomes her application, prefilled; applied from, each links to the other', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const complaint = await zhaosTransferredComplaint(t)
  expect(complaint.status).toBe('arbitration')

  const prefill = await prefilled(t, { token: zhao }, complaint.id)
  expect(prefill).toEqual({
    wageCase: { id: complaint.id, caseNumber: complaint.caseNumber },
    form: {
      respondent: { name: '温州瓯江建设有限公司', creditCode: await oujiangCreditCode(t) },
      regionCode: '330302',
      // The complaint's wages run to October 2026: due at the latest on its last day.
      knewOn: '2026-11-01',
      claims: [{ kind: 'wages', amountFen: 1_170_000, statement: '2026年9月至2026年10月的工资未发，共 11700 元。' }],
      facts: '九月只发了一半，十月没有发，班组长说等项目回款。',
    },
    evidence: [],
  })

  const filed = await applied(t, { token: zhao }, applicationFrom(prefill))
  expect(filed).toMatchObject({ status: 'applied', wageCase: { id: complaint.id, caseNumber: complaint.caseNumber }, claimedFen: 1_170_000, knewOn: '2026-11-01' })
  // The complaint names the arbitration for her and for the office; the employer learns of it only when it is served.
  const link = { id: filed.id, caseNumber: filed.caseNumber }
  expect((await complaintAs(t, zhao, complaint.id)).arbitration).toEqual(link)
  expect((await complaintAs(t, liu, complaint.id)).arbitration).toEqual(link)
  expect((await complaintAs(t, employer, complaint.id)).arbitration).toBeNull()
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  expect((await complaintAs(t, employer, complaint.id)).arbitration).toEqual(link)

  // Applied from once, the complaint offers no second application.
  await expectProblem(await prefillOf(t, { token: zhao }, complaint.id), 'not_found')
  // The prefill read is recorded for her.
  const zhaoId = await userIdOf(t, 'worker-zhao')
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.getArbitrationPrefill').map((row) => [row.kind, row.actorUserId, row.subjectUserId, row.objectId])).toEqual([
    ['read', zhaoId, zhaoId, complaint.id],
  ])
})

test('the commission of the arbitration reads the complaint’s evidence through it, even in another county', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const huang = await t.login('officer-huang')
  const complaint = await transferredComplaint(t, { token: zhao })
  const [photo] = complaint.evidence
  if (!photo) throw new Error('the complaint was filed with a photo')

  const prefill = await prefilled(t, { token: zhao }, complaint.id)
  expect(prefill.evidence).toEqual([photo])
  expect(prefill.form.respondent).toEqual({ name: '温州某装饰工程有限公司', creditCode: null })
  // Not yet Ouhai's commission's case: its officer finds no such file.
  await expectProblem(await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: huang }), 'not_found')

  // She applies to the commission of Ouhai, where the employer is.
  const filed = await applied(t, { token: zhao }, applicationFrom(prefill, { creditCode: unknownCreditCode, regionCode: '330304' }))
  // Her case lists the complaint's evidence to her, and to the commission that opens it.
  expect(filed.wageCase).toEqual({ id: complaint.id, caseNumber: complaint.caseNumber, evidence: [photo] })
  expect((await expectOk(await readArbitration(t, { token: huang }, filed.id), ArbitrationCase)).wageCase?.evidence).toEqual([photo])
  const opened = await expectOk(await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: huang }), EvidenceContent)
  expect(opened).toMatchObject({ id: photo.id, name: '工资条.png', mime: 'image/png' })
  const [huangId, zhaoId] = [await userIdOf(t, 'officer-huang'), await userIdOf(t, 'worker-zhao')]
  expect((await auditRows(t)).filter((row) => row.action === 'wages.getEvidence').map((row) => [row.actorUserId, row.subjectUserId, row.objectId])).toEqual([[huangId, zhaoId, photo.id]])
})

test('a complaint whose words are too short for facts is prefilled with a sentence made from it, in her language, that an application accepts', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const complaint = await transferredComplaint(t, { token: zhao }, 702)
  const short = await transferredShortComplaint(t, zhao)

  const zh = await prefilled(t, { token: zhao }, short.id)
  expect(zh.form.facts).toBe(`我在温州某装饰工程有限公司的江滨路商铺装修做工，2026年8月至2026年10月的工资共 23400 元未发。我已向劳动保障监察投诉（案件编号 ${short.caseNumber}），已转劳动争议仲裁。欠钱不给`)
  expect(NewArbitration.safeParse({ ...zh.form, respondent: { ...zh.form.respondent, creditCode: unknownCreditCode } }).success).toBe(true)

  const english = await expectOk(await t.call('GET', `/api/disputes/arbitration-prefill?wageCaseId=${short.id}`, { token: zhao, headers: { 'accept-language': 'en' } }), ArbitrationPrefill)
  expect(english.form.claims).toEqual([{ kind: 'wages', amountFen: 2_340_000, statement: 'Wages for 2026-08 to 2026-10 not paid: 23400 yuan.' }])
  expect(english.form.facts).toContain(`(case ${short.caseNumber})`)
  // The longer complaint keeps her own words.
  expect((await prefilled(t, { token: zhao }, complaint.id)).form.facts).toBe('八月到十月的工资一直拖欠，老板说年底再给。')
})

test('grid staff get the prefilled application for her under disputes.file and apply for her from it', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const complaint = await zhaosTransferredComplaint(t)
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302001', scopes: ['disputes.file'] })
  const forHer = { token: await t.login('staff-chen'), actingFor: grant.id }
  const prefill = await prefilled(t, forHer, complaint.id)
  const filed = await applied(t, forHer, applicationFrom(prefill))
  expect(filed).toMatchObject({ myRole: 'grid_staff', filedByStaff: 'WG330302001', wageCase: { id: complaint.id } })
  expect((await complaintAs(t, zhao, complaint.id)).arbitration).toEqual({ id: filed.id, caseNumber: filed.caseNumber })
})

/** A complaint of zhao's whose description is two words, sent to arbitration. */
async function transferredShortComplaint(t: TestContext, zhao: string): Promise<CaseDetail> {
  const filed = await expectOk(
    await t.call('POST', '/api/wages/complaints', { token: zhao, body: { draftId: '00000000-0000-4000-8000-000000000703', form: complaintForm({ description: '欠钱不给' }) } }),
    CaseDetail,
    201,
  )
  const liu = { token: await t.login('officer-liu') }
  await expectOk(await t.call('POST', `/api/wages/complaints/${filed.id}/actions`, { ...liu, body: { kind: 'accept' } }), CaseDetail)
  return expectOk(await t.call('POST', `/api/wages/complaints/${filed.id}/actions`, { ...liu, body: { kind: 'transferArbitration', note: '' } }), CaseDetail)
}

test('a complaint for the most the wage module takes (¥10,000,000) prefills an application sent as it is, and awarded whole', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const form = complaintForm()
  const mostFen = 1_000_000_000
  const filed = await fileComplaint(t, { token: zhao }, { draftId: draftIdOf(702), form: { ...form, wages: { ...form.wages, amountFen: mostFen } } })
  await actedOnComplaint(t, { token: liu }, filed.id, { kind: 'accept' })
  await actedOnComplaint(t, { token: liu }, filed.id, { kind: 'transferArbitration', note: '' })
  const prefill = await prefilled(t, { token: zhao }, filed.id)
  expect(prefill.form.claims).toEqual([expect.objectContaining({ kind: 'wages', amountFen: mostFen })])
  const arbitration = await applied(t, { token: zhao }, applicationFrom(prefill, { creditCode: unknownCreditCode }))
  expect(arbitration.claims).toEqual([expect.objectContaining({ kind: 'wages', amountFen: mostFen })])
  await heard(t, arbitration.id, { officer: liu, employer: null })
  const awarded = await acted(t, { token: liu }, arbitration.id, { kind: 'award', awardedFen: [mostFen] })
  expect(awarded.claims.map((claim) => claim.awardedFen)).toEqual([mostFen])
})

import { expect, test } from 'vitest'
import { ArbitrationCase, NewArbitration, type ArbitrationPrefill } from '@renshe/shared/disputes/arbitration-cases'
import { EvidenceContent } from '@renshe/shared/wages/schemas'
import { arbitrations } from '../../db/schema'
import { prefilled, prefillOf, transferredComplaint, zhaosTransferredComplaint } from '../../testing/dispute-files-flows'
import { acted, apply, applied, nextDay, oujiangApplication, oujiangCreditCode, readArbitration, unknownCreditCode, weeksLongSessions } from '../../testing/disputes-flows'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { evidenceSamples } from '../../testing/evidence-samples'
import { grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'
import { seededCase, sendMessage, uploadEvidence } from '../../testing/wages-flows'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

async function stored(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(arbitrations))
}

function applicationFrom(prefill: ArbitrationPrefill, regionCode = prefill.form.regionCode): NewArbitration {
  const respondent = { name: prefill.form.respondent.name, creditCode: prefill.form.respondent.creditCode ?? unknownCreditCode }
  return NewArbitration.parse({ ...prefill.form, respondent, regionCode, wageCaseId: prefill.wageCase.id })
}

test('another citizen finds no prefill for her complaint, as for one that does not exist, and cannot apply citing it', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const complaint = await zhaosTransferredComplaint(t)
  const prefill = await prefilled(t, { token: zhao }, complaint.id)
  const zhang = await t.login('citizen-zhang')
  const missing = await expectProblem(await prefillOf(t, { token: zhang }, unknownId), 'not_found')
  const hers = await expectProblem(await prefillOf(t, { token: zhang }, complaint.id), 'not_found')
  expect({ ...hers, requestId: '', instance: '' }).toEqual({ ...missing, requestId: '', instance: '' })
  const before = await stored(t)
  expect(await expectFieldErrors(await apply(t, { token: zhang }, applicationFrom(prefill)))).toEqual({ 'body.wageCaseId': 'disputes.wageCaseNotTransferable' })
  expect(await stored(t)).toEqual(before)
  // Officers and employers have no prefill to ask for at all.
  for (const account of ['officer-liu', 'employer-demo']) await expectProblem(await prefillOf(t, { token: await t.login(account) }, complaint.id), 'forbidden')
})

test('grid staff without disputes.file cannot read the prefill; for another citizen, hers is not there', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const complaint = await zhaosTransferredComplaint(t)
  const zhou = await t.login('staff-zhou')
  const wagesOnly = await grantProxy(t, zhao, { staffCode: 'WG330302002', scopes: ['wages.file'] })
  await expectProblem(await prefillOf(t, { token: zhou, actingFor: wagesOnly.id }, complaint.id), 'proxy_scope_missing')
  await expectProblem(await prefillOf(t, { token: zhou }, complaint.id), 'forbidden')
  const forZhang = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['disputes.file'] })
  await expectProblem(await prefillOf(t, { token: zhou, actingFor: forZhang.id }, complaint.id), 'not_found')
  const prefill = await prefilled(t, { token: zhao }, complaint.id)
  expect(await expectFieldErrors(await apply(t, { token: zhou, actingFor: forZhang.id }, applicationFrom(prefill)))).toEqual({ 'body.wageCaseId': 'disputes.wageCaseNotTransferable' })
})

test('one application a complaint: a second is refused, and of two at once only one is made', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const complaint = await zhaosTransferredComplaint(t)
  const body = applicationFrom(await prefilled(t, { token: zhao }, complaint.id))
  const [first, second] = await Promise.all([apply(t, { token: zhao, idempotencyKey: 'transfer-once-0001' }, body), apply(t, { token: zhao, idempotencyKey: 'transfer-once-0002' }, body)])
  const statuses = [first.status, second.status].sort()
  expect(statuses).toEqual([201, 400])
  const refused = first.status === 400 ? first : second
  expect(await expectFieldErrors(refused)).toEqual({ 'body.wageCaseId': 'disputes.wageCaseNotTransferable' })
  expect((await stored(t)).filter((row) => row.wageCaseId === complaint.id)).toHaveLength(1)
  // Later, with yet another key: still refused.
  expect(await expectFieldErrors(await apply(t, { token: zhao, idempotencyKey: 'transfer-once-0003' }, body))).toEqual({ 'body.wageCaseId': 'disputes.wageCaseNotTransferable' })
  expect((await stored(t)).filter((row) => row.wageCaseId === complaint.id)).toHaveLength(1)
})

test('a complaint not sent to arbitration gives no prefill and cannot be cited, even by its own worker', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const waiting = await seededCase(t, 'citizen-zhang', 'submitted')
  await expectProblem(await prefillOf(t, { token: zhang }, waiting.id), 'not_found')
  const before = await stored(t)
  const body = { ...(await oujiangApplication(t)), wageCaseId: waiting.id }
  expect(await expectFieldErrors(await apply(t, { token: zhang }, body))).toEqual({ 'body.wageCaseId': 'disputes.wageCaseNotTransferable' })
  expect(await expectFieldErrors(await apply(t, { token: zhang }, { ...body, wageCaseId: unknownId }))).toEqual({ 'body.wageCaseId': 'disputes.wageCaseNotTransferable' })
  expect(await stored(t)).toEqual(before)
})

test('the arbitration’s commission reads the complaint’s own evidence through it, not the files of its messages; another employer or citizen reads neither', async () => {
  const t = await createTestContext(weeksLongSessions)
  await addOuhaiEmployer(t)
  const zhao = await t.login('worker-zhao')
  const huang = await t.login('officer-huang')
  const complaint = await transferredComplaint(t, { token: zhao })
  const [photo] = complaint.evidence
  if (!photo) throw new Error('the complaint was filed with a photo')
  const forMessage = await uploadEvidence(t, { token: zhao }, evidenceSamples['image/jpeg'], '聊天记录.jpg', 'message')
  expect((await sendMessage(t, { token: zhao }, complaint.id, { text: '补充聊天记录。', evidenceIds: [forMessage.id] })).status).toBe(200)
  const open = (token: string, id: string) => t.call('GET', `/api/wages/evidence/${id}`, { token })
  await applied(t, { token: zhao }, applicationFrom(await prefilled(t, { token: zhao }, complaint.id), '330304'))
  expect((await expectOk(await open(huang, photo.id), EvidenceContent)).id).toBe(photo.id)
  await expectProblem(await open(huang, forMessage.id), 'not_found')
  for (const account of ['employer-xincheng', 'citizen-zhang']) {
    const token = await t.login(account)
    for (const id of [photo.id, forMessage.id]) await expectProblem(await open(token, id), 'not_found', { because: `${account} → ${id}` })
  }
})

test('the complaint’s evidence is listed on the arbitration to her and the commission, never to the employer it is served on, nor to grid staff whose grant is for disputes only', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const complaint = await transferredComplaint(t, { token: zhao })
  const [photo] = complaint.evidence
  if (!photo) throw new Error('the complaint was filed with a photo')
  // She names employer-demo's organisation by its credit code: its account is the respondent.
  const prefill = await prefilled(t, { token: zhao }, complaint.id)
  const filed = await applied(t, { token: zhao }, NewArbitration.parse({ ...prefill.form, respondent: { name: prefill.form.respondent.name, creditCode: await oujiangCreditCode(t) }, wageCaseId: complaint.id }))
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  const served = await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  expect(served.wageCase?.evidence).toEqual([photo])

  const asEmployer = await expectOk(await readArbitration(t, { token: employer }, filed.id), ArbitrationCase)
  expect(asEmployer.myRole).toBe('respondent')
  expect(asEmployer.wageCase).toEqual({ id: complaint.id, caseNumber: complaint.caseNumber, evidence: [] })
  expect(JSON.stringify(asEmployer)).not.toContain(photo.id)
  expect(JSON.stringify(asEmployer)).not.toContain(photo.name)
  // Nor does the wage module open it for the employer.
  await expectProblem(await t.call('GET', `/api/wages/evidence/${photo.id}`, { token: employer }), 'not_found')

  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302001', scopes: ['disputes.file'] })
  const asStaff = await expectOk(await readArbitration(t, { token: await t.login('staff-chen'), actingFor: grant.id }, filed.id), ArbitrationCase)
  expect([asStaff.myRole, asStaff.wageCase?.evidence]).toEqual(['grid_staff', []])
})

import { expect, test } from 'vitest'
import { ArbitrationCase } from '@renshe/shared/disputes/arbitration-cases'
import type { DisputeFile } from '@renshe/shared/disputes/files'
import { arbitrations, disputeFiles } from '../../db/schema'
import { openDisputeFile, openedDisputeFile, uploadDisputeFile, uploadedDisputeFile } from '../../testing/dispute-files-flows'
import { act, acted, applied, apply, nextDay, oujiangApplication, readArbitration, weeksLongSessions } from '../../testing/disputes-flows'
import { addOuhaiEmployer } from '../../testing/employer-accounts'
import { evidenceSamples } from '../../testing/evidence-samples'
import { databaseDump, grantProxy } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../testing/http'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

async function stored(t: TestContext) {
  return t.deps.db.read(async (q) => ({ cases: await q.select().from(arbitrations), files: await q.select().from(disputeFiles) }))
}

/** The same problem as for a file that does not exist, but for the request's own id. */
async function expectLikeMissing(t: TestContext, token: string, id: string, because: string): Promise<void> {
  const missing = await expectProblem(await openDisputeFile(t, { token }, unknownId), 'not_found')
  const theirs = await expectProblem(await openDisputeFile(t, { token }, id), 'not_found', { because })
  expect({ ...theirs, requestId: '', instance: '' }, because).toEqual({ ...missing, requestId: '', instance: '' })
}

interface Scene {
  readonly caseId: string
  readonly zhao: string
  readonly liu: string
  readonly employer: string
  /** Sent with zhao's application. */
  readonly contract: DisputeFile
}

async function appliedWithEvidence(t: TestContext): Promise<Scene> {
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const contract = await uploadedDisputeFile(t, { token: zhao }, evidenceSamples['image/jpeg'], '赵强的劳动合同.jpg')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t, { evidenceIds: [contract.id] }))
  return { caseId: filed.id, zhao, liu, employer, contract }
}

test('the respondent cannot open the applicant’s file before the application is served on it, and can once it is', async () => {
  const t = await createTestContext(weeksLongSessions)
  const { caseId, liu, employer, contract } = await appliedWithEvidence(t)
  await expectLikeMissing(t, employer, contract.id, 'before acceptance')
  nextDay(t)
  await acted(t, { token: liu }, caseId, { kind: 'accept' })
  await expectLikeMissing(t, employer, contract.id, 'accepted, not served')
  await acted(t, { token: liu }, caseId, { kind: 'serve' })
  expect((await openedDisputeFile(t, { token: employer }, contract.id)).name).toBe('赵强的劳动合同.jpg')
})

test('the applicant cannot open the respondent’s file before the commission serves the defence, and can once it does', async () => {
  const t = await createTestContext(weeksLongSessions)
  const { caseId, zhao, liu, employer } = await appliedWithEvidence(t)
  nextDay(t)
  await acted(t, { token: liu }, caseId, { kind: 'accept' })
  await acted(t, { token: liu }, caseId, { kind: 'serve' })
  const answer = await uploadedDisputeFile(t, { token: employer }, evidenceSamples['application/pdf'], '答辩证据.pdf')
  await expectLikeMissing(t, zhao, answer.id, 'not yet sent')
  await acted(t, { token: employer }, caseId, { kind: 'submitDefence', evidenceIds: [answer.id] })
  await expectLikeMissing(t, zhao, answer.id, 'sent, not served on her')
  expect((await expectOk(await readArbitration(t, { token: zhao }, caseId), ArbitrationCase)).files.map((file) => file.id)).not.toContain(answer.id)
  // The applicant cannot serve it on herself, nor the employer.
  for (const token of [zhao, employer]) expect((await expectProblem(await act(t, { token }, caseId, { kind: 'serveDefence' }), 'conflict')).detail).toBe('not_your_action')
  await acted(t, { token: liu }, caseId, { kind: 'serveDefence' })
  expect((await openedDisputeFile(t, { token: zhao }, answer.id)).name).toBe('答辩证据.pdf')
})

test('another employer, another county’s officer and another citizen find neither side’s files, even after both are served', async () => {
  const t = await createTestContext(weeksLongSessions)
  await addOuhaiEmployer(t)
  const { caseId, zhao, liu, employer, contract } = await appliedWithEvidence(t)
  const unsent = await uploadedDisputeFile(t, { token: zhao }, evidenceSamples['image/png'], '还没发出的照片.png')
  nextDay(t)
  await acted(t, { token: liu }, caseId, { kind: 'accept' })
  await acted(t, { token: liu }, caseId, { kind: 'serve' })
  const answer = await uploadedDisputeFile(t, { token: employer }, evidenceSamples['application/pdf'], '答辩证据.pdf')
  await acted(t, { token: employer }, caseId, { kind: 'submitDefence', evidenceIds: [answer.id] })
  await acted(t, { token: liu }, caseId, { kind: 'serveDefence' })
  for (const account of ['employer-xincheng', 'officer-huang', 'citizen-zhang']) {
    const token = await t.login(account)
    for (const file of [contract, answer, unsent]) await expectLikeMissing(t, token, file.id, `${account} → ${file.name}`)
  }
  // Nor do the parties open each other’s files that were never sent.
  await expectLikeMissing(t, employer, unsent.id, 'employer → unsent')
  await expectLikeMissing(t, liu, unsent.id, 'officer → unsent')
})

test('a file of someone else cannot be sent with an application or a defence, and is left as it was', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const hers = await uploadedDisputeFile(t, { token: zhang }, evidenceSamples['image/jpeg'], '张的证据.jpg')
  const { caseId, zhao, liu, employer, contract } = await appliedWithEvidence(t)
  const before = await stored(t)
  expect(await expectFieldErrors(await apply(t, { token: zhao }, await oujiangApplication(t, { evidenceIds: [hers.id] })))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  expect(await stored(t)).toEqual(before)

  nextDay(t)
  await acted(t, { token: liu }, caseId, { kind: 'accept' })
  await acted(t, { token: liu }, caseId, { kind: 'serve' })
  const served = await stored(t)
  // The employer cannot send the worker's own evidence (nor a stranger's) as its defence's.
  for (const id of [contract.id, hers.id]) {
    expect(await expectFieldErrors(await act(t, { token: employer }, caseId, { kind: 'submitDefence', evidenceIds: [id] }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  }
  expect(await stored(t)).toEqual(served)
  await expectLikeMissing(t, zhao, hers.id, 'another citizen’s unsent file')
})

test('grid staff without a grant naming disputes.file can neither upload for her nor open her files; with one for another citizen, hers are not there', async () => {
  const t = await createTestContext(weeksLongSessions)
  const { zhao, contract } = await appliedWithEvidence(t)
  const wagesOnly = await grantProxy(t, zhao, { staffCode: 'WG330302002', scopes: ['wages.file'] })
  const zhou = await t.login('staff-zhou')
  const before = await stored(t)
  await expectProblem(await uploadDisputeFile(t, { token: zhou, actingFor: wagesOnly.id }), 'proxy_scope_missing')
  await expectProblem(await openDisputeFile(t, { token: zhou, actingFor: wagesOnly.id }, contract.id), 'proxy_scope_missing')
  // Not acting for anyone, grid staff have no dispute files of their own.
  await expectProblem(await openDisputeFile(t, { token: zhou }, contract.id), 'forbidden')
  await expectProblem(await uploadDisputeFile(t, { token: zhou }), 'forbidden')

  const zhang = await t.login('citizen-zhang')
  const forZhang = await grantProxy(t, zhang, { staffCode: 'WG330302002', scopes: ['disputes.file'] })
  const missing = await expectProblem(await openDisputeFile(t, { token: zhou, actingFor: forZhang.id }, unknownId), 'not_found')
  const hers = await expectProblem(await openDisputeFile(t, { token: zhou, actingFor: forZhang.id }, contract.id), 'not_found')
  expect({ ...hers, requestId: '', instance: '' }).toEqual({ ...missing, requestId: '', instance: '' })
  expect(await stored(t)).toEqual(before)
})

test('file names and contents are sealed at rest, and neither reaches the logs', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ ...weeksLongSessions, logLines })
  const { zhao, liu, contract } = await appliedWithEvidence(t)
  await openedDisputeFile(t, { token: liu }, contract.id)
  await openedDisputeFile(t, { token: zhao }, contract.id)
  const dump = await databaseDump(t)
  expect(dump).toContain(contract.id)
  expect(dump).not.toContain('赵强的劳动合同')
  const [row] = (await stored(t)).files
  expect(Buffer.from(row?.contentEnc ?? []).includes(Buffer.from(evidenceSamples['image/jpeg']))).toBe(false)
  expect(row?.contentEnc.length).toBeGreaterThan(0)
  const logs = logLines.join('\n')
  expect(logs).toContain('/api/disputes/files')
  expect(logs).not.toContain('赵强的劳动合同')
})

import { expect, test } from 'vitest'
import { disputeFiles } from '../../db/schema'
import { deleteDisputeFile, openedDisputeFile, unsentFilesOf, uploadedDisputeFile } from '../../testing/dispute-files-flows'
import { acted, apply, applied, nextDay, oujiangApplication, weeksLongSessions } from '../../testing/disputes-flows'
import { evidenceSamples } from '../../testing/evidence-samples'
import { auditRows, grantProxy, seededGrantOf } from '../../testing/flows'
import { createTestContext, type TestContext } from '../../testing/harness'
import { expectFieldErrors, expectProblem } from '../../testing/http'
import { uploadedDocument, workersOwnCase } from '../../testing/injury-flows'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

async function storedFiles(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(disputeFiles))
}

/** Deleting `id` as `token` answers exactly as deleting a file that does not exist. */
async function expectLikeMissing(t: TestContext, as: { token: string; actingFor?: string }, id: string, because: string): Promise<void> {
  const missing = await expectProblem(await deleteDisputeFile(t, as, unknownId), 'not_found')
  const theirs = await expectProblem(await deleteDisputeFile(t, as, id), 'not_found', { because })
  expect({ ...theirs, requestId: '', instance: '' }, because).toEqual({ ...missing, requestId: '', instance: '' })
}

test('another person’s file, sent or not, is not found to anyone else: not the other side, not the commission, not another citizen; nothing is deleted', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const liu = await t.login('officer-liu')
  const zhang = await t.login('citizen-zhang')
  const sent = await uploadedDisputeFile(t, { token: zhao }, evidenceSamples['image/jpeg'], '劳动合同.jpg')
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t, { evidenceIds: [sent.id] }))
  const unsent = await uploadedDisputeFile(t, { token: zhao }, evidenceSamples['image/png'], '工资条.png')
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  const before = await storedFiles(t)
  for (const [account, token] of [['employer', employer], ['officer', liu], ['supervisor', await t.login('supervisor-wu')], ['citizen', zhang]] as const) {
    for (const file of [sent, unsent]) await expectLikeMissing(t, { token }, file.id, `${account} → ${file.name}`)
  }
  expect(await storedFiles(t)).toEqual(before)
  expect((await auditRows(t)).filter((row) => row.action === 'disputes.deleteFile')).toEqual([])
})

test('a file sent with an application, a defence or an injury’s documents can never be deleted, even by its owner; it still opens', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const liu = await t.login('officer-liu')
  const evidence = await uploadedDisputeFile(t, { token: zhao })
  const filed = await applied(t, { token: zhao }, await oujiangApplication(t, { evidenceIds: [evidence.id] }))
  nextDay(t)
  await acted(t, { token: liu }, filed.id, { kind: 'accept' })
  await acted(t, { token: liu }, filed.id, { kind: 'serve' })
  const defence = await uploadedDisputeFile(t, { token: employer }, evidenceSamples['application/pdf'], '答辩证据.pdf')
  await acted(t, { token: employer }, filed.id, { kind: 'submitDefence', evidenceIds: [defence.id] })
  const diagnosis = await uploadedDocument(t, { token: zhao })
  await workersOwnCase(t, zhao, [diagnosis.id])
  const before = await storedFiles(t)
  for (const [token, file] of [[zhao, evidence], [employer, defence], [zhao, diagnosis]] as const) {
    expect((await expectProblem(await deleteDisputeFile(t, { token }, file.id), 'conflict')).detail).toBe('This file has been sent with a case and stays with it')
    expect((await openedDisputeFile(t, { token }, file.id)).id).toBe(file.id)
  }
  expect(await storedFiles(t)).toEqual(before)
})

test('a file deleted and sent at the same moment is either sent or deleted, never a case pointing at nothing', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const file = await uploadedDisputeFile(t, { token: zhao })
  const application = await oujiangApplication(t, { evidenceIds: [file.id] })
  const [deleted, sent] = await Promise.all([deleteDisputeFile(t, { token: zhao }, file.id), apply(t, { token: zhao }, application)])
  const rows = await storedFiles(t)
  if (deleted.status === 200) {
    expect(await expectFieldErrors(sent)).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
    expect(rows).toEqual([])
  } else {
    expect([deleted.status, sent.status]).toEqual([409, 201])
    expect(rows.map((row) => row.caseId)).toEqual([((await sent.json()) as { id: string }).id])
  }
})

test('grid staff cannot delete her files without a grant naming disputes.file, nor another citizen’s under a grant for her', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const file = await uploadedDisputeFile(t, { token: zhao })
  const zhou = await t.login('staff-zhou')
  const wagesOnly = await grantProxy(t, zhao, { staffCode: 'WG330302002', scopes: ['wages.file'] })
  const before = await storedFiles(t)
  await expectProblem(await deleteDisputeFile(t, { token: zhou, actingFor: wagesOnly.id }, file.id), 'proxy_scope_missing')
  await expectProblem(await deleteDisputeFile(t, { token: zhou }, file.id), 'forbidden')
  const forZhang = await grantProxy(t, await t.login('citizen-zhang'), { staffCode: 'WG330302002', scopes: ['disputes.file'] })
  await expectLikeMissing(t, { token: zhou, actingFor: forZhang.id }, file.id, 'grid staff for another citizen')
  expect(await storedFiles(t)).toEqual(before)
})

test('each pool is listed to its owner alone: another citizen, the employer and the office see none of hers; grid staff see hers only acting for her', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const hers = await uploadedDisputeFile(t, { token: zhao })
  const employer = await t.login('employer-demo')
  const its = await uploadedDisputeFile(t, { token: employer }, evidenceSamples['application/pdf'], '答辩证据.pdf')
  expect((await unsentFilesOf(t, { token: zhao })).map((file) => file.id)).toEqual([hers.id])
  expect((await unsentFilesOf(t, { token: employer })).map((file) => file.id)).toEqual([its.id])
  for (const account of ['citizen-zhang', 'officer-liu', 'supervisor-wu']) expect(await unsentFilesOf(t, { token: await t.login(account) })).toEqual([])

  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const forElder = await uploadedDisputeFile(t, { token: chen, actingFor: grantId })
  expect((await unsentFilesOf(t, { token: chen, actingFor: grantId })).map((file) => file.id)).toEqual([forElder.id])
  const zhou = await t.login('staff-zhou')
  const wagesOnly = await grantProxy(t, zhao, { staffCode: 'WG330302002', scopes: ['wages.file'] })
  await expectProblem(await t.call('GET', '/api/disputes/files', { token: zhou, actingFor: wagesOnly.id }), 'proxy_scope_missing')
  await expectProblem(await t.call('GET', '/api/disputes/files', { token: zhou }), 'forbidden')
})

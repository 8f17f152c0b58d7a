import { expect, test } from 'vitest'
import { weeksLongSessions } from '../../../testing/disputes-flows'
import { createTestContext } from '../../../testing/harness'
import { expectOk, expectProblem } from '../../../testing/http'
import {
  actedInjury,
  applyAsRelative,
  applyInjury,
  fromReport,
  myInjuries,
  oujiangAccident,
  pastEmployersDays,
  readInjury,
  relativeApplication,
  relativeDocuments,
  relativesCase,
  reported,
  uploadedDocument,
} from '../../../testing/injury-flows'
import { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { inboxOf } from '../../../testing/wages-flows'

test('张伟 applies as 赵强’s spouse after the employer’s days: she follows the case as his side, he sees it too, the office reads the relationship and both documents, the employer only that a close relative applied', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')

  const applied = await relativesCase(t, zhang)
  expect(applied).toMatchObject({ applicantKind: 'relative', applicantRelation: 'spouse', myRole: 'worker', workerMaskedName: '赵强', status: 'applied' })
  expect(applied.allowedActions).toContain('withdraw')
  expect(applied.files.map((file) => file.name).sort()).toEqual(['结婚证.pdf', '诊断证明.pdf'])
  // Her own acts are hers on the timeline: the worker's close relative, not the worker.
  expect(applied.timeline).toEqual([expect.objectContaining({ kind: 'applied', by: 'relative' })])

  // She finds it in her list; he finds it in his, by the ID number he bound; each told in the inbox.
  expect((await myInjuries(t, { token: zhang })).cases.map((summary) => summary.id)).toEqual([applied.id])
  expect((await myInjuries(t, { token: zhao })).cases.map((summary) => summary.id)).toEqual([applied.id])
  expect(await inboxOf(t, zhang)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryReceived', params: expect.objectContaining({ caseId: applied.id }) }))
  for (const token of [zhao, liu, employer]) {
    expect(await inboxOf(t, token)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: applied.caseNumber, step: 'applied', caseId: applied.id } }))
  }
  const asWorker = await expectOk(await readInjury(t, { token: zhao }, applied.id), InjuryCase)
  expect(asWorker).toMatchObject({ myRole: 'worker', applicantRelation: 'spouse', workerMaskedName: '赵强' })

  const asOffice = await expectOk(await readInjury(t, { token: liu }, applied.id), InjuryCase)
  expect(asOffice).toMatchObject({ myRole: 'officer', applicantKind: 'relative', applicantRelation: 'spouse', workerMaskedName: '赵*' })
  expect(asOffice.files).toHaveLength(2)
  const asEmployer = await expectOk(await readInjury(t, { token: employer }, applied.id), InjuryCase)
  expect(asEmployer).toMatchObject({ myRole: 'employer', applicantKind: 'relative', applicantRelation: null, workerMaskedName: '赵*' })
  expect(JSON.stringify(asEmployer)).not.toContain('张')

  // The office asks for a document; she supplies it from her own pool and is told of each step.
  await actedInjury(t, { token: liu }, applied.id, { kind: 'requestDocuments', missing: ['户口簿（夫妻同户页）'] })
  expect(await inboxOf(t, zhang)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: expect.objectContaining({ step: 'documents_requested' }) }))
  const register = await uploadedDocument(t, { token: zhang }, '户口簿.pdf')
  const supplied = await actedInjury(t, { token: zhang }, applied.id, { kind: 'supplyDocuments', evidenceIds: [register.id] })
  expect(supplied.status).toBe('documents_supplied')
  const accepted = await actedInjury(t, { token: liu }, applied.id, { kind: 'accept' })
  expect(accepted.status).toBe('accepted')
  expect(accepted.timeline.map((event) => [event.kind, event.by])).toEqual([
    ['applied', 'relative'],
    ['documents_requested', 'officer'],
    ['documents_supplied', 'relative'],
    ['accepted', 'officer'],
  ])
  // The employer reads the same roles, never who she is.
  const employerSees = await expectOk(await readInjury(t, { token: employer }, applied.id), InjuryCase)
  expect(employerSees.timeline.map((event) => event.by)).toEqual(['relative', 'officer', 'relative', 'officer'])
  expect(await inboxOf(t, zhang)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: expect.objectContaining({ step: 'accepted' }) }))
})

test('a relative’s application takes the worker’s own report when none was applied from it: one case a report, and he is not told he may apply', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const zhao = await t.login('worker-zhao')
  const filed = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: pastEmployersDays }))
  const applied = await relativesCase(t, zhang)
  expect((await myInjuries(t, { token: zhao })).reports.find((report) => report.id === filed.id)?.caseId).toBe(applied.id)
  const again = await expectProblem(await applyInjury(t, { token: zhao }, fromReport(filed.id)), 'conflict')
  expect(again.detail).toBe(applied.id)
})

test('the same accident applied for twice by the same relative answers with the first case; a retry with its key replays it', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const body = relativeApplication(await relativeDocuments(t, { token: zhang }))
  const first = await expectOk(await applyAsRelative(t, { token: zhang, idempotencyKey: 'relative-retry-0001' }, body), InjuryCase, 201)
  const replayed = await expectOk(await applyAsRelative(t, { token: zhang, idempotencyKey: 'relative-retry-0001' }, body), InjuryCase, 201)
  expect(replayed.id).toBe(first.id)
  const again = await expectProblem(await applyAsRelative(t, { token: zhang }, relativeApplication(await relativeDocuments(t, { token: zhang }))), 'conflict')
  expect(again.detail).toBe(first.id)
})

test('a relative may apply for a worker the portal does not know: the case waits for the account that binds his number', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhang = await t.login('citizen-zhang')
  const applied = await relativesCase(t, zhang, { worker: { name: '张建国', idNumber: '330302196007053010' }, relation: 'parent' })
  expect(applied).toMatchObject({ applicantRelation: 'parent', workerMaskedName: '张建国', myRole: 'worker' })
  expect((await myInjuries(t, { token: await t.login('worker-zhao') })).cases).toEqual([])
})

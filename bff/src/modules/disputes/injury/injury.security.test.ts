import { expect, test } from 'vitest'
import { applicationDeadline } from '@renshe/shared/disputes/injury'
import { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { disputeFiles } from '../../../db/schema'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { weeksLongSessions } from '../../../testing/disputes-flows'
import { addOuhaiEmployer } from '../../../testing/employer-accounts'
import { databaseDump, grantProxy, seededGrantOf } from '../../../testing/flows'
import { createTestContext } from '../../../testing/harness'
import { expectFieldErrors, expectOk, expectProblem } from '../../../testing/http'
import {
  actedInjury,
  actInjury,
  appliedInjury,
  applyInjury,
  fromReport,
  injuryQueueOf,
  myInjuries,
  oujiangAccident,
  pastEmployersDays,
  readInjury,
  reported,
  storedInjuries,
  uploadedDocument,
  workersOwnCase,
} from '../../../testing/injury-flows'
import { inboxOf } from '../../../testing/wages-flows'

const unknownId = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'
const everyAct = [
  { kind: 'withdraw', reason: '' },
  { kind: 'accept' },
  { kind: 'requestDocuments', missing: ['医疗诊断证明书'] },
  { kind: 'supplyDocuments', evidenceIds: [unknownId] },
  { kind: 'assess', grade: 9 },
]

test('another citizen, another employer, an officer of another county and grid staff acting for someone else find no such case, cannot act on it, and change nothing', async () => {
  const t = await createTestContext(weeksLongSessions)
  await addOuhaiEmployer(t)
  const zhao = await t.login('worker-zhao')
  const filed = await workersOwnCase(t, zhao)
  const chen = await t.login('staff-chen')
  const { grantId } = await seededGrantOf(t, chen)
  const before = await storedInjuries(t)
  const outsiders = [
    { token: await t.login('citizen-zhang') },
    { token: await t.login('employer-xincheng') },
    { token: await t.login('officer-huang') },
    // staff-chen is a citizen too: neither as himself nor for elder-wang is the case his.
    { token: chen },
    { token: chen, actingFor: grantId },
  ]
  for (const as of outsiders) {
    const unknown = await expectProblem(await readInjury(t, as, unknownId), 'not_found')
    const theirs = await expectProblem(await readInjury(t, as, filed.id), 'not_found')
    expect({ ...theirs, requestId: '', instance: '' }).toEqual({ ...unknown, requestId: '', instance: '' })
    for (const action of everyAct) await expectProblem(await actInjury(t, as, filed.id, action), 'not_found')
  }
  for (const as of [outsiders[0], outsiders[1], outsiders[3], outsiders[4]]) {
    const listed = await myInjuries(t, as ?? { token: '' })
    expect([listed.reports, listed.cases]).toEqual([[], []])
  }
  expect((await injuryQueueOf(t, outsiders[2]?.token ?? '')).items).toEqual([])
  expect(await storedInjuries(t)).toEqual(before)
})

test('grid staff whose grant does not name disputes.file cannot report, apply, read or act for her', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await workersOwnCase(t, zhao)
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302002', scopes: ['wages.file'] })
  const zhou = await t.login('staff-zhou')
  const as = { token: zhou, actingFor: grant.id }
  const before = await storedInjuries(t)
  await expectProblem(await t.call('POST', '/api/disputes/injury-reports', { ...as, body: oujiangAccident() }), 'proxy_scope_missing')
  await expectProblem(await applyInjury(t, as, fromReport(filed.id)), 'proxy_scope_missing')
  await expectProblem(await readInjury(t, as, filed.id), 'proxy_scope_missing')
  await expectProblem(await actInjury(t, as, filed.id, { kind: 'withdraw', reason: '' }), 'proxy_scope_missing')
  // Not acting for anyone, the staff member (no citizen) may not call it at all.
  await expectProblem(await readInjury(t, { token: zhou }, filed.id), 'forbidden')
  expect(await storedInjuries(t)).toEqual(before)
})

test('the employer never reads the worker’s full name or ID number: not in its inbox, its list, the case, nor the grid staff who filed for him', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302001', scopes: ['disputes.file'] })
  const chen = await t.login('staff-chen')
  const filed = await reported(t, { token: chen, actingFor: grant.id }, oujiangAccident())
  const employer = await t.login('employer-demo')
  const applied = await appliedInjury(t, { token: employer }, fromReport(filed.id))
  const secrets = ['赵强', '511321198803124572', 'WG330302001', '陈建华']
  const response = await readInjury(t, { token: employer }, applied.id)
  const text = await response.clone().text()
  expect((await expectOk(response, InjuryCase)).workerMaskedName).toBe('赵*')
  for (const secret of secrets) expect(text).not.toContain(secret)
  const listed = JSON.stringify(await myInjuries(t, { token: employer }))
  const inbox = JSON.stringify(await inboxOf(t, employer))
  for (const secret of secrets) {
    expect(listed).not.toContain(secret)
    expect(inbox).not.toContain(secret)
  }
  // Nor when it applies itself, naming him by his number: its answer masks him again.
  const forHim = await applyInjury(t, { token: employer }, {
    worker: { name: '赵强', idNumber: '511321198803124572' },
    regionCode: '330302',
    accidentOn: '2026-11-25',
    kind: 'accident',
    account: '在滨江商务楼工地搬运模板时被砸伤左脚。',
    injuries: '左足第二跖骨骨折。',
  })
  const answer = await forHim.clone().text()
  expect((await expectOk(forHim, InjuryCase, 201)).workerMaskedName).toBe('赵*')
  for (const secret of ['赵强', '511321198803124572']) expect(answer).not.toContain(secret)
  // The office reads the name masked too, and the ID number nowhere.
  const asOfficer = await readInjury(t, { token: await t.login('officer-liu') }, applied.id)
  expect(await asOfficer.clone().text()).not.toContain('511321198803124572')
  expect((await expectOk(asOfficer, InjuryCase)).workerMaskedName).toBe('赵*')
})

test('a worker cannot apply while the employer’s 30 days run: refused with the day they end, and nothing is stored', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const filed = await reported(t, { token: zhao }, oujiangAccident())
  const employerBy = applicationDeadline(await t.deps.db.read(loadWorkCalendar), '2026-11-20', 'employer')
  const before = await storedInjuries(t)
  const response = await applyInjury(t, { token: zhao }, fromReport(filed.id))
  expect((await expectProblem(response.clone(), 'validation_failed')).detail).toBe(`用人单位可在 ${employerBy} 前申请；此后您可以自行申请`)
  expect(await expectFieldErrors(response)).toEqual({ 'body.accidentId': 'disputes.injuryEmployerFirst' })
  expect(await storedInjuries(t)).toEqual(before)
})

test('one case a report: a second application from it, by either side, is refused naming the first case; two at once make one', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const filed = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: pastEmployersDays }))
  const first = await appliedInjury(t, { token: zhao }, fromReport(filed.id))
  for (const token of [zhao, employer]) {
    const again = await expectProblem(await applyInjury(t, { token }, fromReport(filed.id)), 'conflict')
    expect(again.detail).toBe(first.id)
  }
  // Within the employer's days, the worker's report and the employer's application race: one wins.
  const raced = await reported(t, { token: zhao }, oujiangAccident())
  const [a, b] = await Promise.all([applyInjury(t, { token: employer }, fromReport(raced.id)), applyInjury(t, { token: employer, idempotencyKey: 'injury-race-second-01' }, fromReport(raced.id))])
  expect([a.status, b.status].sort()).toEqual([201, 409])
  const { cases, reports } = await storedInjuries(t)
  expect(cases.filter((row) => row.reportId === raced.id)).toHaveLength(1)
  expect(reports.find((row) => row.id === raced.id)?.caseId).toBe(cases.find((row) => row.reportId === raced.id)?.id)
})

test('a file of someone else’s pool, or one already sent, cannot go with an application or documents; the whole act is refused', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const zhang = await t.login('citizen-zhang')
  const employer = await t.login('employer-demo')
  const hisFile = await uploadedDocument(t, { token: zhang }, '张伟的病历.pdf')
  const filed = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: pastEmployersDays }))
  const before = await storedInjuries(t)
  expect(await expectFieldErrors(await applyInjury(t, { token: zhao }, fromReport(filed.id, [hisFile.id])))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  expect(await storedInjuries(t)).toEqual(before)

  const own = await uploadedDocument(t, { token: zhao })
  const applied = await appliedInjury(t, { token: zhao }, fromReport(filed.id, [own.id]))
  await actedInjury(t, { token: await t.login('officer-liu') }, applied.id, { kind: 'requestDocuments', missing: ['劳动关系证明'] })
  const afterRequest = await storedInjuries(t)
  // The employer's file, his own file already sent, or zhang's: none goes with his documents.
  const employersFile = await uploadedDocument(t, { token: employer }, '考勤表.pdf')
  for (const ids of [[employersFile.id], [own.id], [hisFile.id]]) {
    expect(await expectFieldErrors(await actInjury(t, { token: zhao }, applied.id, { kind: 'supplyDocuments', evidenceIds: ids }))).toEqual({ 'body.evidenceIds': 'evidence.unknown' })
  }
  expect(await storedInjuries(t)).toEqual(afterRequest)
  const files = await t.deps.db.read((q) => q.select().from(disputeFiles))
  expect(files.filter((file) => file.caseId === applied.id).map((file) => file.id)).toEqual([own.id])
  // Nor can the employer read zhang's file through the case: it is not the case's.
  await expectProblem(await t.call('GET', `/api/disputes/files/${hisFile.id}`, { token: employer }), 'not_found')
})

test('the case’s documents are read by its parties, the employer and the worker alike, and by nobody else', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const document = await uploadedDocument(t, { token: zhao }, '出院小结.pdf')
  const applied = await workersOwnCase(t, zhao, [document.id])
  expect(applied.files.map((file) => file.id)).toEqual([document.id])
  for (const account of ['employer-demo', 'officer-liu', 'supervisor-wu']) {
    expect((await t.call('GET', `/api/disputes/files/${document.id}`, { token: await t.login(account) })).status, account).toBe(200)
  }
  await addOuhaiEmployer(t)
  for (const account of ['citizen-zhang', 'employer-xincheng', 'officer-huang']) {
    await expectProblem(await t.call('GET', `/api/disputes/files/${document.id}`, { token: await t.login(account) }), 'not_found')
  }
})

test('the employer cannot act as the worker, nor the worker as the office, nor an officer as the committee', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const employer = await t.login('employer-demo')
  const filed = await workersOwnCase(t, zhao)
  await actedInjury(t, { token: liu }, filed.id, { kind: 'requestDocuments', missing: ['医疗诊断证明书'] })
  const employersFile = await uploadedDocument(t, { token: employer }, '诊断证明.pdf')
  const before = await storedInjuries(t)
  expect((await expectProblem(await actInjury(t, { token: employer }, filed.id, { kind: 'supplyDocuments', evidenceIds: [employersFile.id] }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await actInjury(t, { token: employer }, filed.id, { kind: 'withdraw', reason: '' }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await actInjury(t, { token: zhao }, filed.id, { kind: 'refuse', reason: '不属于工伤认定范围。' }), 'conflict')).detail).toBe('not_your_action')
  expect((await expectProblem(await actInjury(t, { token: liu }, filed.id, { kind: 'extendAssessment', reason: '需要进一步检查。' }), 'conflict')).detail).toBe('not_your_action')
  expect(await storedInjuries(t)).toEqual(before)
  const files = await t.deps.db.read((q) => q.select().from(disputeFiles))
  expect(files.find((file) => file.id === employersFile.id)?.caseId).toBeNull()
})

test('two acts at once: one wins, the other is refused, and the timeline has one', async () => {
  const t = await createTestContext()
  const liu = await t.login('officer-liu')
  const filed = await workersOwnCase(t, await t.login('worker-zhao'))
  const [accept, refuse] = await Promise.all([actInjury(t, { token: liu }, filed.id, { kind: 'accept' }), actInjury(t, { token: liu }, filed.id, { kind: 'refuse', reason: '不属于工伤认定范围。' })])
  expect([accept.status, refuse.status].sort()).toEqual([200, 409])
  const { events } = await storedInjuries(t)
  expect(events.filter((event) => event.kind === 'accepted' || event.kind === 'refused')).toHaveLength(1)
})

test('accounts, injuries, lists of what is missing, reasons and the named worker’s ID number are sealed at rest, and nothing personal reaches the logs', async () => {
  const logLines: string[] = []
  const t = await createTestContext({ ...weeksLongSessions, logLines })
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const body = oujiangAccident({ accidentOn: pastEmployersDays })
  const filed = await reported(t, { token: zhao }, body)
  const applied = await appliedInjury(t, { token: zhao }, fromReport(filed.id))
  await actedInjury(t, { token: liu }, applied.id, { kind: 'requestDocuments', missing: ['温州市中心医院骨科诊断证明'] })
  const byEmployer = await appliedInjury(t, { token: await t.login('employer-demo') }, {
    worker: { name: '林小梅', idNumber: '330302199205173324' },
    regionCode: '330302',
    accidentOn: '2026-11-25',
    kind: 'accident',
    account: '在仓库理货时被叉车撞倒，左臂受伤。',
    injuries: '左尺骨骨折。',
  })
  await actedInjury(t, { token: liu }, byEmployer.id, { kind: 'refuse', reason: '林小梅与本单位无劳动关系证明。' })
  const dump = await databaseDump(t)
  expect(dump).toContain(applied.caseNumber)
  for (const words of [body.account, '右胫骨骨折', '温州市中心医院骨科诊断证明', '林小梅', '330302199205173324', '叉车撞倒', '无劳动关系证明']) expect(dump).not.toContain(words)
  const logs = logLines.join('\n')
  expect(logs).toContain('/api/disputes/injuries')
  for (const secret of ['赵强', '511321198803124572', '林小梅', '330302199205173324', body.account, applied.caseNumber]) expect(logs).not.toContain(secret)
})

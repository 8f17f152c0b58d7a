import { expect, test } from 'vitest'
import { applicationDeadline } from '@renshe/shared/disputes/injury'
import { InjuryCase } from '@renshe/shared/disputes/injury-cases'
import { openInjuryCase } from '@renshe/shared/disputes/injury-machine'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { deadlineAfter, legalDeadlines } from '@renshe/shared/wages/deadlines'
import { employers } from '../../../db/schema'
import { days } from '../../../platform/clock'
import { loadWorkCalendar } from '../../../platform/work-calendar'
import { nextDay, weeksLongSessions } from '../../../testing/disputes-flows'
import { giveConsent, grantProxy } from '../../../testing/flows'
import { createTestContext } from '../../../testing/harness'
import { expectOk } from '../../../testing/http'
import {
  actedInjury,
  appliedInjury,
  fromReport,
  injuryQueueOf,
  myInjuries,
  oujiang,
  oujiangAccident,
  pastEmployersDays,
  readInjury,
  reported,
  sampleInjuries,
  uploadedDocument,
  workersOwnCase,
} from '../../../testing/injury-flows'
import { inboxOf } from '../../../testing/wages-flows'

test('the demo employer’s organisation is 温州瓯江建设有限公司 under the credit code the injury tests name', async () => {
  const t = await createTestContext()
  const rows = await t.deps.db.read((q) => q.select({ name: employers.name, creditCode: employers.creditCode }).from(employers))
  expect(rows).toContainEqual(oujiang)
})

test('a worker reports his fall; the employer is told at once and applies within its 30 days; the office asks for a document, accepts, finds the facts clear and recognises it; the committee assesses a grade', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const liu = await t.login('officer-liu')
  const wu = await t.login('supervisor-wu')
  const calendar = await t.deps.db.read(loadWorkCalendar)
  const employerBy = applicationDeadline(calendar, '2026-11-20', 'employer')
  const workerBy = applicationDeadline(calendar, '2026-11-20', 'worker')

  // His report: the employer's 30 days run, and he may apply after them, within the year.
  const filed = await reported(t, { token: zhao }, oujiangAccident())
  expect(filed).toMatchObject({
    employerName: oujiang.name,
    employerCreditCode: oujiang.creditCode,
    regionCode: '330302',
    accidentOn: '2026-11-20',
    kind: 'accident',
    workerMaskedName: '赵强',
    window: { state: 'employer_first', by: workerBy, employerBy },
    caseId: null,
  })
  expect(await inboxOf(t, employer)).toContainEqual(
    expect.objectContaining({
      template: 'disputes.accidentReported',
      params: { workerMaskedName: '赵*', accidentOn: '2026-11-20', employerBy, reportId: filed.id },
      link: '/features/disputes/pages/injuries/index',
    }),
  )
  // The employer sees the report, the worker masked, its own window open until its 30th day.
  const asEmployer = await myInjuries(t, { token: employer })
  expect(asEmployer.reports).toEqual([expect.objectContaining({ id: filed.id, workerMaskedName: '赵*', window: { state: 'open', by: employerBy, employerBy }, account: oujiangAccident().account })])
  expect((await myInjuries(t, { token: zhao })).reports.map((each) => [each.id, each.window.state])).toEqual([[filed.id, 'employer_first']])

  // The employer applies, with the diagnosis it holds.
  nextDay(t)
  const diagnosis = await uploadedDocument(t, { token: employer }, '诊断证明.pdf')
  const applied = await appliedInjury(t, { token: employer }, fromReport(filed.id, [diagnosis.id]))
  const opened = openInjuryCase(calendar, { accidentOn: '2026-11-20', appliedOn: '2026-11-30', applicantKind: 'employer' })
  expect(applied).toMatchObject({
    status: 'applied',
    applicantKind: 'employer',
    employerName: oujiang.name,
    workerMaskedName: '赵*',
    myRole: 'employer',
    allowedActions: ['withdraw'],
    injuries: sampleInjuries,
    next: { step: 'acceptance', by: opened.acceptBy, done: false, overdue: false },
    missingDocuments: null,
    filedByStaff: null,
  })
  expect(applied.caseNumber).toMatch(/^GS3303022026\d{6}$/)
  expect(applied.files.map((file) => [file.id, file.side, file.name])).toEqual([[diagnosis.id, 'applicant', '诊断证明.pdf']])
  expect(await inboxOf(t, employer)).toContainEqual(
    expect.objectContaining({ template: 'disputes.injuryReceived', params: { caseNumber: applied.caseNumber, acceptBy: opened.acceptBy, caseId: applied.id }, link: `/features/disputes/pages/injury/index?id=${applied.id}` }),
  )
  for (const token of [zhao, liu]) {
    expect(await inboxOf(t, token)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: applied.caseNumber, step: 'applied', caseId: applied.id } }))
  }
  // The report now names its case, for both sides.
  expect((await myInjuries(t, { token: zhao })).reports[0]?.caseId).toBe(applied.id)

  // He follows the case: his own name whole, the employer's document too.
  const hisView = await expectOk(await readInjury(t, { token: zhao }, applied.id), InjuryCase)
  expect(hisView).toMatchObject({ myRole: 'worker', workerMaskedName: '赵强', allowedActions: [] })
  expect(hisView.files.map((file) => file.id)).toEqual([diagnosis.id])
  expect((await myInjuries(t, { token: zhao })).cases.map((each) => each.id)).toEqual([applied.id])

  // The office reads it in its queue, asks once for what is missing, and the employer supplies it.
  expect((await injuryQueueOf(t, liu)).items.map((item) => [item.id, item.workerMaskedName])).toContainEqual([applied.id, '赵*'])
  const asked = await actedInjury(t, { token: liu }, applied.id, { kind: 'requestDocuments', missing: ['劳动合同或工资支付凭证'] })
  expect(asked).toMatchObject({ status: 'documents_requested', missingDocuments: ['劳动合同或工资支付凭证'], next: null })
  expect(await inboxOf(t, employer)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: applied.caseNumber, step: 'documents_requested', caseId: applied.id } }))
  expect((await expectOk(await readInjury(t, { token: zhao }, applied.id), InjuryCase)).missingDocuments).toEqual(['劳动合同或工资支付凭证'])
  nextDay(t)
  const contract = await uploadedDocument(t, { token: employer }, '劳动合同.pdf')
  const supplied = await actedInjury(t, { token: employer }, applied.id, { kind: 'supplyDocuments', evidenceIds: [contract.id] })
  expect(supplied.status).toBe('documents_supplied')
  expect(supplied.files.map((file) => file.id)).toEqual([diagnosis.id, contract.id])
  // Its 15 days to decide on acceptance run again from the day the documents came.
  expect(supplied.next).toEqual({ step: 'acceptance', by: deadlineAfter(calendar, legalDeadlines.injuryAcceptance, '2026-12-01'), done: false, overdue: false })

  const accepted = await actedInjury(t, { token: liu }, applied.id, { kind: 'accept' })
  expect(accepted.status).toBe('accepted')
  const decideBy60 = accepted.deadlines.find((deadline) => deadline.step === 'decision')?.by ?? ''
  const clear = await actedInjury(t, { token: liu }, applied.id, { kind: 'markFactsClear' })
  const decideBy15 = clear.deadlines.find((deadline) => deadline.step === 'decision')?.by ?? ''
  expect(clear.factsClear).toBe(true)
  expect(decideBy15 < decideBy60).toBe(true)
  const recognised = await actedInjury(t, { token: liu }, applied.id, { kind: 'recognise' })
  expect(recognised).toMatchObject({ status: 'recognised', allowedActions: [] })
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: applied.caseNumber, step: 'recognised', caseId: applied.id } }))

  // He asks for the assessment; the committee (the county's supervisors) is told, assesses grade 8.
  const requested = await actedInjury(t, { token: zhao }, applied.id, { kind: 'requestAssessment' })
  expect(requested.next).toMatchObject({ step: 'assessment' })
  expect(await inboxOf(t, wu)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: applied.caseNumber, step: 'assessment_requested', caseId: applied.id } }))
  const asCommittee = await expectOk(await readInjury(t, { token: wu }, applied.id), InjuryCase)
  expect(asCommittee).toMatchObject({ myRole: 'committee', allowedActions: ['extendAssessment', 'assess'], workerMaskedName: '赵*' })
  const assessed = await actedInjury(t, { token: wu }, applied.id, { kind: 'assess', grade: 8 })
  expect(assessed).toMatchObject({ status: 'assessed', grade: 8, assessed: true, next: null })
  expect(assessed.deadlines.map((deadline) => [deadline.step, deadline.done])).toEqual([
    ['acceptance', true],
    ['decision', true],
    ['assessment', true],
    ['review', false],
  ])
  const employerSees = await expectOk(await readInjury(t, { token: employer }, applied.id), InjuryCase)
  expect(employerSees).toMatchObject({ grade: 8, allowedActions: ['requestReview'] })
  expect(employerSees.timeline.map((event) => [event.kind, event.by])).toEqual([
    ['applied', 'employer'],
    ['documents_requested', 'officer'],
    ['documents_supplied', 'employer'],
    ['accepted', 'officer'],
    ['facts_marked_clear', 'officer'],
    ['recognised', 'officer'],
    ['assessment_requested', 'worker'],
    ['assessed', 'committee'],
  ])
})

test('once the employer’s 30 days pass without it, the worker applies from his own report with his documents; the employer follows the case and reads them', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const employer = await t.login('employer-demo')
  const calendar = await t.deps.db.read(loadWorkCalendar)
  const filed = await reported(t, { token: zhao }, oujiangAccident({ accidentOn: pastEmployersDays }))
  expect(filed.window).toEqual({ state: 'open', by: applicationDeadline(calendar, pastEmployersDays, 'worker'), employerBy: applicationDeadline(calendar, pastEmployersDays, 'employer') })
  // The employer's own window has closed: its list says so.
  expect((await myInjuries(t, { token: employer })).reports.find((each) => each.id === filed.id)?.window.state).toBe('closed')

  const document = await uploadedDocument(t, { token: zhao }, '出院小结.pdf')
  const applied = await appliedInjury(t, { token: zhao }, fromReport(filed.id, [document.id]))
  expect(applied).toMatchObject({ applicantKind: 'worker', myRole: 'worker', workerMaskedName: '赵强', allowedActions: ['withdraw'] })
  expect(applied.timeline.map((event) => [event.kind, event.by])).toEqual([['applied', 'worker']])
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryReceived', params: expect.objectContaining({ caseId: applied.id }) }))
  expect(await inboxOf(t, employer)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: applied.caseNumber, step: 'applied', caseId: applied.id } }))

  const seen = await expectOk(await readInjury(t, { token: employer }, applied.id), InjuryCase)
  expect(seen).toMatchObject({ myRole: 'employer', workerMaskedName: '赵*', allowedActions: [] })
  expect(seen.files.map((file) => [file.id, file.side])).toEqual([[document.id, 'applicant']])
  expect((await myInjuries(t, { token: employer })).cases.map((each) => [each.id, each.workerMaskedName])).toEqual([[applied.id, '赵*']])
})

test('the employer applies for a worker by name and ID number: the worker with an account follows it at once; one who binds that number later finds it then', async () => {
  const t = await createTestContext(weeksLongSessions)
  const employer = await t.login('employer-demo')
  const zhao = await t.login('worker-zhao')
  const forZhao = await appliedInjury(t, { token: employer }, {
    worker: { name: '赵强', idNumber: '511321198803124572' },
    regionCode: '330302',
    accidentOn: '2026-11-25',
    kind: 'accident',
    account: '在滨江商务楼工地搬运模板时被砸伤左脚。',
    injuries: '左足第二跖骨骨折。',
  })
  expect(forZhao).toMatchObject({ applicantKind: 'employer', employerName: oujiang.name, workerMaskedName: '赵*' })
  expect((await myInjuries(t, { token: zhao })).cases.map((each) => [each.id, each.workerMaskedName])).toEqual([[forZhao.id, '赵强']])
  expect(await inboxOf(t, zhao)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: forZhao.caseNumber, step: 'applied', caseId: forZhao.id } }))

  // 李娜 has an account but has not bound her real name: she is found once she binds that number.
  const li = await t.login('citizen-li')
  const forLi = await appliedInjury(t, { token: employer }, {
    worker: { name: '李娜', idNumber: '330304198807214523' },
    regionCode: '330302',
    accidentOn: '2026-11-26',
    kind: 'occupational_disease',
    account: '长期在喷涂车间作业，经诊断为职业性苯中毒。',
    injuries: '职业性慢性轻度苯中毒。',
  })
  await giveConsent(t, li, 'identity.real_name')
  expect((await t.call('POST', '/api/me/real-name', { token: li, body: { name: '李娜', idNumber: '330304198807214523' } })).status).toBe(200)
  expect((await myInjuries(t, { token: li })).cases.map((each) => each.id)).toEqual([forLi.id])
  const hers = await expectOk(await readInjury(t, { token: li }, forLi.id), InjuryCase)
  expect(hers).toMatchObject({ myRole: 'worker', workerMaskedName: '李娜', kind: 'occupational_disease', allowedActions: [] })
  // Acts on her case now reach her inbox.
  await actedInjury(t, { token: await t.login('officer-liu') }, forLi.id, { kind: 'accept' })
  expect(await inboxOf(t, li)).toContainEqual(expect.objectContaining({ template: 'disputes.injuryStep', params: { caseNumber: forLi.caseNumber, step: 'accepted', caseId: forLi.id } }))
})

test('grid staff report and apply for a worker under her grant; she sees the case, with the staff code', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const grant = await grantProxy(t, zhao, { staffCode: 'WG330302001', scopes: ['disputes.file'] })
  const chen = await t.login('staff-chen')
  const as = { token: chen, actingFor: grant.id }
  const filed = await reported(t, as, oujiangAccident({ accidentOn: pastEmployersDays }))
  expect(filed.workerMaskedName).toBe('赵*')
  const applied = await appliedInjury(t, as, fromReport(filed.id))
  expect(applied).toMatchObject({ myRole: 'grid_staff', filedByStaff: 'WG330302001', workerMaskedName: '赵*', applicantKind: 'worker' })
  expect(applied.timeline.map((event) => event.by)).toEqual(['grid_staff'])
  const hisView = await expectOk(await readInjury(t, { token: zhao }, applied.id), InjuryCase)
  expect(hisView).toMatchObject({ myRole: 'worker', filedByStaff: 'WG330302001', workerMaskedName: '赵强' })
  expect((await myInjuries(t, as)).cases.map((each) => each.id)).toEqual([applied.id])
  const employerSees = await expectOk(await readInjury(t, { token: await t.login('employer-demo') }, applied.id), InjuryCase)
  expect(employerSees.filedByStaff).toBeNull()
  expect(employerSees.timeline.map((event) => event.by)).toEqual(['worker'])
  const withdrawn = await actedInjury(t, as, applied.id, { kind: 'withdraw', reason: '已与单位协商处理。' })
  expect(withdrawn.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', by: 'grid_staff', reason: '已与单位协商处理。' })
})

test('the queue lists the overdue first, then by the next step’s day; it filters and pages', async () => {
  const t = await createTestContext(weeksLongSessions)
  const zhao = await t.login('worker-zhao')
  const liu = await t.login('officer-liu')
  const late = await workersOwnCase(t, zhao)
  t.clock.advance(days(20))
  const fresh = await workersOwnCase(t, zhao)
  const accepted = await workersOwnCase(t, zhao)
  await actedInjury(t, { token: liu }, accepted.id, { kind: 'accept' })
  const today = chinaDate(t.clock.now())

  const queue = await injuryQueueOf(t, liu)
  expect(queue.items.map((item) => [item.id, item.overdue])).toEqual([
    [late.id, true],
    [fresh.id, false],
    [accepted.id, false],
  ])
  expect(queue.items[0]?.next).toMatchObject({ step: 'acceptance', overdue: true })
  expect((queue.items[0]?.next?.by ?? '') < today).toBe(true)
  expect((await injuryQueueOf(t, liu, '?overdue=true')).items.map((item) => item.id)).toEqual([late.id])
  expect((await injuryQueueOf(t, liu, '?overdue=false')).items.map((item) => item.id)).toEqual([fresh.id, accepted.id])
  expect((await injuryQueueOf(t, liu, '?status=accepted')).items.map((item) => item.id)).toEqual([accepted.id])
  const first = await injuryQueueOf(t, liu, '?limit=1')
  expect(first.items.map((item) => item.id)).toEqual([late.id])
  const second = await injuryQueueOf(t, liu, `?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
  expect(second.items.map((item) => item.id)).toEqual([fresh.id])
  const third = await injuryQueueOf(t, liu, `?limit=1&cursor=${encodeURIComponent(second.nextCursor ?? '')}`)
  expect(third).toEqual({ items: [expect.objectContaining({ id: accepted.id })], nextCursor: null })
  // The committee reads the same queue; the worker's list is newest first.
  expect((await injuryQueueOf(t, await t.login('supervisor-wu'))).items.map((item) => item.id)).toEqual(queue.items.map((item) => item.id))
  expect((await myInjuries(t, { token: zhao })).cases.at(-1)?.id).toBe(late.id)
})

test('a retried report or application with the same Idempotency-Key answers the first', async () => {
  const t = await createTestContext()
  const zhao = await t.login('worker-zhao')
  const body = oujiangAccident({ accidentOn: pastEmployersDays })
  const first = await reported(t, { token: zhao, idempotencyKey: 'injury-report-retry-01' }, body)
  const again = await reported(t, { token: zhao, idempotencyKey: 'injury-report-retry-01' }, body)
  expect(again.id).toBe(first.id)
  const applied = await appliedInjury(t, { token: zhao, idempotencyKey: 'injury-apply-retry-01' }, fromReport(first.id))
  const reapplied = await appliedInjury(t, { token: zhao, idempotencyKey: 'injury-apply-retry-01' }, fromReport(first.id))
  expect(reapplied.id).toBe(applied.id)
  const mine = await myInjuries(t, { token: zhao })
  expect([mine.reports.length, mine.cases.length]).toEqual([1, 1])
})

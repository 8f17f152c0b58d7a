import type { AccidentReport, InjuryCase, InjurySummary } from '@renshe/shared/disputes/injury-cases'

/**
 * Her fall from scaffolding at a Lucheng builder on 10 November 2026, reported two days later:
 * the builder has until 10 December to apply for recognition, she until 10 November 2027.
 */
export const waitingReport: AccidentReport = {
  id: 'acc-1',
  employerName: '温州市鹿城建工有限公司',
  employerCreditCode: '91350100M000100Y43',
  regionCode: '330302',
  accidentOn: '2026-11-10',
  kind: 'accident',
  account: '2026 年 11 月 10 日上午在工地三楼搭脚手架时摔下，右腿骨折，被送到市第三医院。',
  workerMaskedName: '张*红',
  reportedAt: '2026-11-12T02:00:00.000Z',
  window: { state: 'employer_first', by: '2027-11-10', employerBy: '2026-12-10' },
  caseId: null,
}

/** The same report once the builder's 30 days have passed without its application: hers to make. */
export const openReport: AccidentReport = { ...waitingReport, window: { ...waitingReport.window, state: 'open' } }

/** A report whose year has run out. */
export const closedReport: AccidentReport = {
  ...waitingReport,
  id: 'acc-0',
  accidentOn: '2025-09-01',
  kind: 'occupational_disease',
  reportedAt: '2025-09-05T02:00:00.000Z',
  window: { state: 'closed', by: '2026-09-01', employerBy: '2025-10-08' },
}

/** Her application from the report, made on 14 December 2026, waiting for the office to accept it. */
export const appliedInjury: InjuryCase = {
  id: 'inj-1',
  caseNumber: '温鹿工伤认〔2026〕0001号',
  status: 'applied',
  applicantKind: 'worker',
  regionCode: '330302',
  employerName: '温州市鹿城建工有限公司',
  workerMaskedName: '张*红',
  accidentOn: '2026-11-10',
  kind: 'accident',
  appliedAt: '2026-12-14T02:00:00.000Z',
  next: { step: 'acceptance', by: '2026-12-29', done: false, overdue: false },
  overdue: false,
  employerCreditCode: '91350100M000100Y43',
  account: waitingReport.account,
  injuries: '右胫骨骨折',
  deadlines: [{ step: 'acceptance', by: '2026-12-29', done: false, overdue: false }],
  missingDocuments: null,
  factsClear: false,
  grade: null,
  assessed: false,
  timeline: [{ kind: 'applied', at: '2026-12-14T02:00:00.000Z', by: 'worker', reason: null }],
  files: [
    { id: 'file-1', name: '诊断证明.jpg', mime: 'image/jpeg', size: 204_800, uploadedAt: '2026-12-14T01:50:00.000Z', side: 'applicant' },
    { id: 'file-2', name: '劳动合同.pdf', mime: 'application/pdf', size: 1_048_576 * 2, uploadedAt: '2026-12-14T01:55:00.000Z', side: 'applicant' },
  ],
  myRole: 'worker',
  applicantRelation: null,
  allowedActions: ['withdraw'],
  filedByStaff: null,
}

/** The office asked on 18 December for what was missing. */
export const documentsRequested: InjuryCase = {
  ...appliedInjury,
  status: 'documents_requested',
  next: null,
  deadlines: [],
  missingDocuments: ['医疗诊断证明书原件照片', '劳动关系证明（劳动合同或工资发放记录）'],
  timeline: [...appliedInjury.timeline, { kind: 'documents_requested', at: '2026-12-18T02:00:00.000Z', by: 'officer', reason: null }],
  allowedActions: ['supplyDocuments', 'withdraw'],
}

/** Recognised on 20 February 2027, assessed on 30 April at grade 8; the review may be asked for until 17 May. */
export const assessedInjury: InjuryCase = {
  ...appliedInjury,
  status: 'assessed',
  next: { step: 'review', by: '2027-05-17', done: false, overdue: false },
  deadlines: [
    { step: 'acceptance', by: '2026-12-29', done: true, overdue: false },
    { step: 'decision', by: '2027-02-22', done: true, overdue: false },
    { step: 'assessment', by: '2027-04-26', done: true, overdue: false },
    { step: 'review', by: '2027-05-17', done: false, overdue: false },
  ],
  grade: 8,
  assessed: true,
  timeline: [
    ...appliedInjury.timeline,
    { kind: 'accepted', at: '2026-12-22T02:00:00.000Z', by: 'officer', reason: null },
    { kind: 'recognised', at: '2027-02-20T02:00:00.000Z', by: 'officer', reason: null },
    { kind: 'assessment_requested', at: '2027-02-25T02:00:00.000Z', by: 'worker', reason: null },
    { kind: 'assessment_extended', at: '2027-04-20T02:00:00.000Z', by: 'committee', reason: '需要补做肌电图检查' },
    { kind: 'assessed', at: '2027-04-30T02:00:00.000Z', by: 'committee', reason: null },
  ],
  allowedActions: ['requestReview'],
}

/** The case as a list shows it. */
export function injurySummaryOf(detail: InjuryCase): InjurySummary {
  const { id, caseNumber, status, applicantKind, regionCode, employerName, workerMaskedName, accidentOn, kind, appliedAt, next, overdue } = detail
  return { id, caseNumber, status, applicantKind, regionCode, employerName, workerMaskedName, accidentOn, kind, appliedAt, next, overdue }
}

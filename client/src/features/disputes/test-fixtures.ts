import type { ArbitrationCase, ArbitrationSummary } from '@renshe/shared/disputes/arbitration-cases'

/** Her application against a Lucheng builder, made on 1 December 2026, waiting for the commission to accept it. */
export const appliedCase: ArbitrationCase = {
  id: 'arb-1',
  caseNumber: '温鹿劳人仲案〔2026〕0001号',
  status: 'applied',
  regionCode: '330302',
  respondentName: '温州市鹿城建工有限公司',
  applicantMaskedName: '张*红',
  claimedFen: 1_200_000,
  appliedAt: '2026-12-01T02:00:00.000Z',
  next: { step: 'accept', by: '2026-12-08', done: false, overdue: false },
  overdue: false,
  respondentCreditCode: '91330302MA2AXXXX1X',
  knewOn: '2026-09-30',
  claims: [
    { kind: 'wages', amountFen: 1_200_000, statement: '支付 2026 年 7 月至 9 月的工资', awardedFen: null },
    { kind: 'social_insurance', amountFen: null, statement: '补缴在职期间的社会保险', awardedFen: null },
  ],
  facts: '2026 年 3 月入职，在工地做木工，7 月起单位没有发工资，9 月 30 日被告知不用再来上班。',
  deadlines: [{ step: 'accept', by: '2026-12-08', done: false, overdue: false }],
  hearing: null,
  extended: false,
  timeline: [{ kind: 'applied', at: '2026-12-01T02:00:00.000Z', by: 'applicant', reason: null, hearing: null }],
  award: null,
  mayGoToCourt: null,
  myRole: 'applicant',
  allowedActions: ['withdraw'],
  filedByStaff: null,
  files: [],
  wageCase: null,
}

/** The same case awarded on 20 January 2027: the wages granted in part, within 12 months of Lucheng's minimum wage. */
export const awardedCase: ArbitrationCase = {
  ...appliedCase,
  status: 'awarded',
  next: { step: 'sue', by: '2027-02-04', done: false, overdue: false },
  claims: [
    { ...appliedCase.claims[0]!, awardedFen: 1_000_000 },
    { ...appliedCase.claims[1]!, awardedFen: 0 },
  ],
  deadlines: [
    { step: 'accept', by: '2026-12-08', done: true, overdue: false },
    { step: 'serve', by: '2026-12-11', done: true, overdue: false },
    { step: 'tribunal', by: '2026-12-11', done: true, overdue: false },
    { step: 'defence', by: '2026-12-21', done: true, overdue: false },
    { step: 'award', by: '2027-01-18', done: true, overdue: false },
    { step: 'sue', by: '2027-02-04', done: false, overdue: false },
  ],
  hearing: { on: '2027-01-08', mode: 'online', postponements: 1 },
  timeline: [
    ...appliedCase.timeline,
    { kind: 'accepted', at: '2026-12-03T02:00:00.000Z', by: 'arbitrator', reason: null, hearing: null },
    { kind: 'hearing_postponed', at: '2026-12-28T02:00:00.000Z', by: 'arbitrator', reason: '被申请人代理人住院', hearing: { on: '2027-01-08', mode: 'online' } },
    { kind: 'awarded', at: '2027-01-20T02:00:00.000Z', by: 'arbitrator', reason: null, hearing: null },
  ],
  award: { finalForEmployer: true, reason: 'small_claims', employerMaySue: false, sueBy: '2027-02-04', localMonthlyMinimumFen: 249_000 },
  mayGoToCourt: 'award',
  allowedActions: [],
}

/** The case as a list shows it. */
export function summaryOf(detail: ArbitrationCase): ArbitrationSummary {
  const { id, caseNumber, status, regionCode, respondentName, applicantMaskedName, claimedFen, appliedAt, next, overdue } = detail
  return { id, caseNumber, status, regionCode, respondentName, applicantMaskedName, claimedFen, appliedAt, next, overdue }
}

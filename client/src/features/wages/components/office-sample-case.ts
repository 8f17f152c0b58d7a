import type { Me } from '@renshe/shared/identity/schemas'
import type { CaseDetail } from '@renshe/shared/wages/schemas'

// Test data only: an officer of Lucheng and a case of theirs, as the server would send them.

export const officer: Me = {
  id: 'u-officer',
  displayName: '陈*',
  roles: ['officer'],
  realName: { bound: false },
  regionCode: '330302',
  staffCode: null,
  suggestCareMode: false,
}

export const sampleCase: CaseDetail = {
  id: 'case-1',
  caseNumber: 'AX-330302-2026-000017',
  status: 'mediating',
  employerName: '温州瓯江建设有限公司',
  siteName: '瓯江路安置房二期',
  regionCode: '330302',
  amountFen: 1_860_000,
  submittedAt: '2026-11-02T01:00:00.000Z',
  deadlines: { acceptBy: '2026-11-09', settleBy: '2027-02-05', stageDeadline: '2026-12-01', daysLeft: 2, overdue: false, extended: false },
  employer: { name: '温州瓯江建设有限公司', creditCode: '91330302MA2AB1234X', known: true },
  site: { siteName: '瓯江路安置房二期', regionCode: '330302', address: '鹿城区瓯江路 88 号', projectName: '瓯江路安置房二期' },
  wages: { fromMonth: '2026-08', toMonth: '2026-10', amountFen: 1_860_000, payUnit: 'month', coWorkers: 3 },
  worker: { maskedName: '张*', maskedPhone: '138****5678' },
  description: '8 月至 10 月工资未发。',
  evidence: [],
  timeline: [
    { id: 'e1', at: '2026-11-02T01:00:00.000Z', kind: 'submitted', by: 'worker', note: null, amountFen: null, attachments: [] },
    { id: 'e2', at: '2026-11-03T01:00:00.000Z', kind: 'accepted', by: 'officer', note: null, amountFen: null, attachments: [] },
    { id: 'e3', at: '2026-11-16T01:00:00.000Z', kind: 'mediation_started', by: 'officer', note: null, amountFen: null, attachments: [] },
  ],
  recoveredFen: 0,
  rating: null,
  allowedActions: ['recordMediation', 'transferInspection', 'transferArbitration'],
  canMessage: true,
  canRespond: false,
  filedByStaff: null,
  filedByStaffName: null,
  arbitration: null,
}

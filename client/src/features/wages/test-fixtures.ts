import type { CaseDetail } from '@renshe/shared/wages/schemas'

/** A case as the server answers a fresh complaint; tests change what they are about. */
export const submittedCase: CaseDetail = {
  id: 'case-1',
  caseNumber: 'AX-330302-2026-000123',
  status: 'submitted',
  employerName: '温州某建设有限公司',
  siteName: '瓯江花园二期',
  regionCode: '330302',
  amountFen: 850_000,
  submittedAt: '2026-11-27T02:00:00.000Z',
  deadlines: { acceptBy: '2026-12-04', settleBy: '2027-03-05', stageDeadline: '2026-12-04', daysLeft: 5, overdue: false, extended: false },
  employer: { name: '温州某建设有限公司', creditCode: null, known: false },
  site: { siteName: '瓯江花园二期', regionCode: '330302', address: '', projectName: null },
  wages: { fromMonth: '2026-06', toMonth: '2026-09', amountFen: 850_000, payUnit: 'month', coWorkers: 3 },
  worker: { maskedName: '张*', maskedPhone: '138****5678' },
  description: null,
  evidence: [],
  timeline: [{ id: 'e1', at: '2026-11-27T02:00:00.000Z', kind: 'submitted', by: 'worker', note: null, amountFen: null, attachments: [] }],
  recoveredFen: 0,
  rating: null,
  allowedActions: ['withdraw'],
  canMessage: true,
  canRespond: false,
  filedByStaff: null,
  filedByStaffName: null,
  arbitration: null,
}

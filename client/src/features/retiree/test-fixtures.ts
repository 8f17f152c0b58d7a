import type { Me } from '@renshe/shared/identity/schemas'
import type { Certification, PensionAccount, VisitListItem, VisitTask } from '@renshe/shared/retiree/schemas'

/** 孙建国, 71, as the server answers him 10 days before his certification is due. */
export const pensioner: Me = {
  id: 'u-sun',
  displayName: '孙*',
  roles: ['citizen'],
  realName: { bound: true, maskedName: '孙**', maskedIdNumber: '330302********301X', maskedPhone: null, regionCode: '330302', boundAt: '2025-01-02T03:04:05.000Z' },
  regionCode: null,
  staffCode: null,
  suggestCareMode: true,
}

export const gridWorker: Me = {
  id: 'u-chen',
  displayName: '陈*',
  roles: ['grid_staff'],
  realName: { bound: false },
  regionCode: '330302',
  staffCode: 'WG330302001',
  suggestCareMode: false,
}

export const dueCertification: Certification = {
  state: 'due',
  cycleStart: '2025-12-09',
  dueDate: '2026-12-09',
  daysLeft: 10,
  suspendsOn: '2027-01-09',
  lastCertifiedOn: '2025-12-09',
  lastMethod: 'partner_signal',
  lastSource: 'hospital',
  faceFailures: 0,
  homeVisitOffered: false,
  homeVisitPending: false,
}

export const account: PensionAccount = {
  maskedName: '孙**',
  maskedIdNumber: '330302********301X',
  regionCode: '330302',
  status: 'active',
  monthlyFen: 412_500,
  firstMonth: '2015-04',
  diedOn: null,
  certification: dueCertification,
  heldFen: 0,
  deathRecordUnderReview: false,
  payments: [
    { month: '2026-10', amountFen: 412_500, status: 'paid', paidOn: '2026-10-10', arrears: false },
    { month: '2026-11', amountFen: 412_500, status: 'paid', paidOn: '2026-11-10', arrears: false },
  ],
  certifications: [{ certifiedOn: '2025-12-09', method: 'partner_signal', source: 'hospital', review: 'none' }],
}

export const visitTask: VisitTask = {
  id: 'task-1',
  pensionerId: 'p-qian',
  name: '钱桂芳',
  age: 86,
  address: '鹿城区五马街道解放街 12 号 3 单元 201',
  state: 'overdue',
  dueDate: '2026-11-24',
  daysLeft: -5,
  reason: 'officer_assigned',
  status: 'open',
  staffCode: 'WG330302001',
  photoId: null,
  place: null,
  visitedAt: null,
  reviewNote: null,
}

export const visitItem = (change: Partial<VisitListItem> = {}): VisitListItem => ({
  taskId: 'task-1',
  grantId: null,
  name: '钱桂芳',
  age: 86,
  address: '鹿城区五马街道解放街 12 号',
  state: 'overdue',
  dueDate: '2026-11-24',
  daysLeft: -5,
  reason: 'officer_assigned',
  status: 'open',
  ...change,
})

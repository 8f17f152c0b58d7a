import type { Me } from '@renshe/shared/identity/schemas'
import type { Coverage, DeathRecordForReview, Overpayment, PensionerSummary, VisitForReview, VisitTask } from '@renshe/shared/retiree/schemas'

// Test data only: an officer of Lucheng and what the server would send about their region.

export const officer: Me = {
  id: 'u-officer',
  displayName: '陈*',
  roles: ['officer'],
  realName: { bound: false },
  regionCode: '330302',
  staffCode: null,
  suggestCareMode: false,
}

export const sampleCoverage: Coverage = {
  regionCode: '330302',
  pensioners: 36,
  byState: { certified: 20, due: 6, overdue: 4, suspended: 3, stopped: 3 },
  byMethod: { partner_signal: 12, face: 7, home_visit: 1 },
  suspendedHeldFen: 1_506_000,
  overpaymentsOpen: 2,
  overpaymentsOpenFen: 596_000,
  deathRecordsPending: 1,
  visitsToReview: 1,
  visitsOpen: 2,
}

export const pensioner = (id: string, change: Partial<PensionerSummary> = {}): PensionerSummary => ({
  id,
  maskedName: '钱*芳',
  age: 86,
  gridCode: 'WG330302001',
  state: 'overdue',
  dueDate: '2026-11-25',
  daysLeft: -5,
  heldFen: 0,
  openTask: false,
  ...change,
})

export const assignedTask: VisitTask = {
  id: 'task-9',
  pensionerId: 'p-qian',
  name: '钱*芳',
  age: 86,
  address: '鹿城区五马街道',
  state: 'overdue',
  dueDate: '2026-11-25',
  daysLeft: -5,
  reason: 'officer_assigned',
  status: 'open',
  staffCode: 'WG330302001',
  photoId: null,
  place: null,
  visitedAt: null,
  reviewNote: null,
}

export const visitToReview = (taskId: string, change: Partial<VisitForReview> = {}): VisitForReview => ({
  taskId,
  pensionerMaskedName: '钱*芳',
  age: 86,
  staffCode: 'WG330302001',
  staffMaskedName: '陈*',
  place: '鹿城区五马街道解放街 12 号',
  visitedAt: '2026-11-30T02:05:00.000Z',
  checklist: { personPresent: true, matchesIdPhoto: true, answersQuestions: true },
  photoId: `photo-${taskId}`,
  status: 'submitted',
  ...change,
})

export const tinyPng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

export const overpayment = (id: string, change: Partial<Overpayment> = {}): Overpayment => ({
  id,
  pensionerMaskedName: '周*明',
  diedOn: '2026-09-14',
  months: ['2026-10', '2026-11'],
  amountFen: 596_000,
  status: 'open',
  recordedAt: '2026-11-20T02:00:00.000Z',
  partnerName: '温州市民政局',
  ...change,
})

export const deathRecord = (id: string, change: Partial<DeathRecordForReview> = {}): DeathRecordForReview => ({
  id,
  pensionerMaskedName: '周*明',
  age: 88,
  gridCode: 'WG330302001',
  diedOn: '2026-09-14',
  partnerName: '温州市民政局',
  receivedAt: '2026-11-20T02:00:00.000Z',
  status: 'pending',
  secondPartnerName: null,
  secondDiedOn: null,
  certifiedSince: null,
  heldFen: 298_000,
  confirmedVia: null,
  decidedAt: null,
  reversalNote: null,
  ...change,
})

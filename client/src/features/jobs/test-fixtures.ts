import type { AttendanceDay, MyApplication } from '@renshe/shared/jobs/applications'
import type { JobPostInput } from '@renshe/shared/jobs/posts'

/** A day job in Lucheng, as the jobs pages' tests show it. */
export const cleaningJob: JobPostInput = {
  title: '南浦小区保洁（日结）',
  occupation: '4-09-08-01',
  skills: ['保洁'],
  certificates: [],
  kind: 'day',
  place: { community: '五马街道南浦社区', regionCode: '330302', lat: 28.0081, lng: 120.6643 },
  pay: { amountFen: 20_000, unit: 'day' },
  headcount: 3,
  shifts: { kind: 'dated', times: [{ date: '2026-11-20', from: '08:00', to: '17:00' }] },
  startDate: '2026-11-20',
  endDate: '2026-11-20',
  description: '',
}

/** A day worked on 2 December 2026, 08:05 to 16:35 China time, 180 yuan due and nothing stated yet. */
export function workedDay(overrides: Partial<AttendanceDay> = {}): AttendanceDay {
  return {
    id: 'd1',
    workDate: '2026-12-02',
    checkInAt: '2026-12-02T00:05:00.000Z',
    checkInBy: 'code',
    checkOutAt: '2026-12-02T08:35:00.000Z',
    checkOutBy: 'code',
    minutesWorked: 510,
    payDueFen: 18_000,
    paidFen: null,
    paidStatedAt: null,
    payAnswer: null,
    payAnsweredAt: null,
    payDeadline: '2026-12-03T08:35:00.000Z',
    complaint: null,
    ...overrides,
  }
}

/** The worker's side of a day job he was hired for on 1 December 2026, with no day worked yet. */
export const hiredDayJob: MyApplication = {
  id: 'a1',
  postId: 'p1',
  postTitle: '南浦小区保洁（日结）',
  organisationName: '温州瓯江物业有限公司',
  kind: 'day',
  status: 'hired',
  history: [
    { status: 'applied', at: '2026-11-30T02:00:00.000Z', by: 'seeker', reason: null },
    { status: 'invited', at: '2026-11-30T06:00:00.000Z', by: 'employer', reason: null },
    { status: 'hired', at: '2026-12-01T01:00:00.000Z', by: 'employer', reason: null },
  ],
  days: [],
  myRating: null,
  ratingOfMe: null,
  createdAt: '2026-11-30T02:00:00.000Z',
  updatedAt: '2026-12-01T01:00:00.000Z',
}

import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import type { Course, Enrolment, RosterEntry } from '@renshe/shared/training/courses'
import type { CoveredLevel } from '@renshe/shared/training/schemas'
import type { Deps } from '../../platform/deps'
import type { CourseRow, NamedCourse, SessionRow } from './courses-repo'
import type { EnrolmentRow, RosterRow } from './enrolments-repo'
import type { ProgrammeRow } from './programmes-repo'

export function toCourse({ course, institutionName }: NamedCourse, sessions: readonly SessionRow[]): Course {
  return {
    id: course.id,
    institutionId: course.institutionUserId,
    institutionName: institutionName ?? '',
    name: course.name,
    occupationCode: course.occupationCode,
    level: course.level,
    hours: course.hours,
    capacity: course.capacity,
    enrolled: course.enrolled,
    priceFen: course.priceFen,
    regionCode: course.regionCode,
    startsOn: course.startsOn,
    sessions: sessions.map((session) => ({ id: session.id, date: session.date, from: session.timeFrom, to: session.timeTo, place: session.place })),
    status: course.status,
    createdAt: course.createdAt,
  }
}

/** An enrolment with its course's name and first day (until which she may withdraw). */
export function toEnrolment(row: EnrolmentRow, course: Pick<CourseRow, 'name' | 'startsOn'>): Enrolment {
  return {
    id: row.id,
    courseId: row.courseId,
    courseName: course.name,
    courseStartsOn: course.startsOn,
    voucherId: row.voucherId,
    status: row.status,
    requestedAt: row.requestedAt,
    decidedAt: row.decidedAt,
    declineReason: row.declineReason,
  }
}

/** An enrolment as the institution sees it: the trainee's name and ID number opened here only to be masked. */
export function toRosterEntry(deps: Pick<Deps, 'sealer'>, row: RosterRow, course: Pick<CourseRow, 'name' | 'startsOn'>): RosterEntry {
  return {
    ...toEnrolment(row.enrolment, course),
    traineeName: row.nameEnc === null ? '' : maskName(deps.sealer.open(row.nameEnc)),
    idNumberMasked: row.idNumberEnc === null ? '' : maskIdNumber(deps.sealer.open(row.idNumberEnc)),
    voucherNumber: row.voucherNumber,
    payment: row.payment,
    attended: row.attended,
  }
}

/** Whether a voucher of the programme can be spent on the course: its occupation and level covered, its institution approved. */
export function voucherCovers(programme: Pick<ProgrammeRow, 'covered' | 'institutionIds'>, course: Pick<CourseRow, 'occupationCode' | 'level' | 'institutionUserId'>): boolean {
  return (
    programme.institutionIds.includes(course.institutionUserId) &&
    programme.covered.some((covered: CoveredLevel) => covered.occupationCode === course.occupationCode && covered.level === course.level)
  )
}

import { getAssessmentCourse, listAssessableCourses, recordAssessment, verifySkillsSummary } from '@renshe/shared/training/assessment-contract'
import type { NewAssessment } from '@renshe/shared/training/assessment'
import { checkIn, getMyEnrolment, getSessionCode, getSupervision, listInstitutionFlags, reinstateInstitution, suspendInstitution } from '@renshe/shared/training/attendance-contract'
import { acceptVoucher } from '@renshe/shared/training/contract'
import { cancelEnrolment, decideEnrolment, getRoster, listInstitutionCourses, searchCourses } from '@renshe/shared/training/courses-contract'
import type { CourseSearch, EnrolmentDecision } from '@renshe/shared/training/courses'
import { approveInstitutions, closeProgramme, getProgramme, listInstitutions, listProgrammes } from '@renshe/shared/training/programmes-contract'
import type { PayTo } from '@renshe/shared/platform/pay-to'
import type { ProgrammeStatus } from '@renshe/shared/training/schemas'
import type { InstitutionAccountInput, SubsidyStatus } from '@renshe/shared/training/subsidy'
import {
  applyForMySubsidy,
  applyForTraineeSubsidy,
  approveSubsidies,
  checkMySubsidyPayment,
  declineSubsidy,
  getInstitutionAccount,
  getMySubsidy,
  listInstitutionSubsidies,
  listSubsidyApplications,
  paySubsidies,
  setInstitutionAccount,
} from '@renshe/shared/training/subsidy-contract'
import { call } from '../../lib/api'

// The holder's own vouchers: hers, never through a grid worker's grant (the operations take none,
// so an acting session is refused at the page). Claiming goes through useSubmission, with its
// Idempotency-Key, on the page.

export const accept = (voucherId: string) => call(acceptVoucher, { params: { id: voucherId } })

export const withdrawEnrolment = (enrolmentId: string) => call(cancelEnrolment, { params: { id: enrolmentId } })

// An officer's programmes of her region: her own work, sent as herself even while acting.

/** A page of the region's programmes of one status, 20 at a time. */
export const loadProgrammes = (status: ProgrammeStatus) => (cursor: string | undefined) =>
  call(listProgrammes, { query: cursor ? { status, cursor } : { status } }, { actingFor: null })

export const loadProgramme = (programmeId: string) => call(getProgramme, { params: { id: programmeId } }, { actingFor: null })

export const stopIssuing = (programmeId: string) => call(closeProgramme, { params: { id: programmeId } }, { actingFor: null })

/** The training institutions of her region, to approve for a programme. */
export const loadInstitutions = () => call(listInstitutions, {}, { actingFor: null })

export const approve = (programmeId: string, institutionIds: readonly string[]) =>
  call(approveInstitutions, { params: { id: programmeId }, body: { institutionIds: [...institutionIds] } }, { actingFor: null })

// A training institution's courses: its own desk's work, sent as itself.

/** A page of the institution's courses, the next to start first. */
export const loadInstitutionCourses = (cursor: string | undefined) => call(listInstitutionCourses, { query: cursor ? { cursor } : {} }, { actingFor: null })

export const loadRoster = (courseId: string) => call(getRoster, { params: { id: courseId } }, { actingFor: null })

export const decide = (enrolmentId: string, decision: EnrolmentDecision) => call(decideEnrolment, { params: { id: enrolmentId }, body: decision }, { actingFor: null })

/** What a holder searches by; absent conditions are not sent. */
export type CourseFilter = Omit<CourseSearch, 'cursor' | 'limit'>

/** A page of open courses matching her search (with her voucher: only those it can be spent on). */
export const findCourses = (filter: CourseFilter) => (cursor: string | undefined) => call(searchCourses, { query: cursor ? { ...filter, cursor } : filter })

// An assessment body's courses of its region: its own desk's work, sent as itself (decision 061).

/** A page of the region's courses with trainees to assess, the latest to start first. */
export const loadAssessableCourses = (cursor: string | undefined) => call(listAssessableCourses, { query: cursor ? { cursor } : {} }, { actingFor: null })

export const loadAssessmentCourse = (courseId: string) => call(getAssessmentCourse, { params: { id: courseId } }, { actingFor: null })

export const recordResult = (enrolmentId: string, assessment: NewAssessment) => call(recordAssessment, { params: { id: enrolmentId }, body: assessment }, { actingFor: null })

/** Public: anyone checks a skills record summary by its code, with or without a login. */
export const checkSkillsSummary = (code: string) => call(verifySkillsSummary, { params: { code } })

// Attendance and supervision (decision 061).

/** The code an institution's screen shows now for one of its sessions: its own desk's work, as itself. */
export const loadSessionCode = (sessionId: string) => call(getSessionCode, { params: { id: sessionId } }, { actingFor: null })

/** One enrolment of hers with every session and her check-ins: hers, never through a grant. */
export const loadMyEnrolment = (enrolmentId: string) => call(getMyEnrolment, { params: { id: enrolmentId } })

/**
 * Her check-in with the code on the screen, from this device. Not idempotent by key: the server
 * answers a second check-in to the same session with the first one.
 */
export const sendCheckIn = (sessionId: string, code: string, deviceId: string) => call(checkIn, { params: { id: sessionId }, body: { code, deviceId } })

/** The officer's region: its institutions with their status and flags. */
export const loadSupervision = () => call(getSupervision, {}, { actingFor: null })

/** A page of one institution's flags, newest first (the answer carries the institution too). */
export const loadInstitutionFlags = (institutionId: string) => (cursor: string | undefined) =>
  call(listInstitutionFlags, { params: { id: institutionId }, query: cursor ? { cursor } : {} }, { actingFor: null })

export const suspend = (institutionId: string, reason: string) => call(suspendInstitution, { params: { id: institutionId }, body: { reason } }, { actingFor: null })

export const reinstate = (institutionId: string) => call(reinstateInstitution, { params: { id: institutionId } }, { actingFor: null })

// Training subsidies (decision 062). Applying and approving carry an Idempotency-Key that the
// caller keeps for one submission (see use-once-key.ts): a retry after a lost answer is the same
// application, the same batch, never a second.

/** The institution applies for a face-value trainee's subsidy: its own desk's work, as itself. */
export const applyForTrainee = (enrolmentId: string, idempotencyKey: string) =>
  call(applyForTraineeSubsidy, { params: { id: enrolmentId } }, { idempotencyKey, actingFor: null })

/** A page of the institution's applications, newest first. */
export const loadInstitutionSubsidies = (cursor: string | undefined) => call(listInstitutionSubsidies, { query: cursor ? { cursor } : {} }, { actingFor: null })

/** The holder applies for her offset voucher's subsidy, to her WeChat balance or her citizen card: hers, never through a grant. */
export const applyForMine = (voucherId: string, payTo: PayTo, idempotencyKey: string) => call(applyForMySubsidy, { params: { id: voucherId }, body: { payTo } }, { idempotencyKey })

export const loadMySubsidy = (voucherId: string) => call(getMySubsidy, { params: { id: voucherId } })

/** A page of her region's applications of one status, the oldest first: her own work, as herself. */
export const loadSubsidyApplications = (status: SubsidyStatus) => (cursor: string | undefined) =>
  call(listSubsidyApplications, { query: cursor ? { status, cursor } : { status } }, { actingFor: null })

export const approveBatch = (applicationIds: readonly string[], idempotencyKey: string) =>
  call(approveSubsidies, { body: { applicationIds: [...applicationIds] } }, { idempotencyKey, actingFor: null })

export const declineApplication = (applicationId: string, reason: string) => call(declineSubsidy, { params: { id: applicationId }, body: { reason } }, { actingFor: null })

// Paying approved subsidies (decision 063). A run carries an Idempotency-Key kept for one
// submission: sent again after a lost answer, it pays nothing twice.

export const payBatch = (applicationIds: readonly string[], idempotencyKey: string) =>
  call(paySubsidies, { body: { applicationIds: [...applicationIds] } }, { idempotencyKey, actingFor: null })

/** After she confirmed the receipt in WeChat: the portal asks the channel where her payout stands. Hers, never through a grant. */
export const checkMyPayment = (voucherId: string) => call(checkMySubsidyPayment, { params: { id: voucherId } })

/** The institution's settlement account, masked: its own desk's work, as itself. */
export const loadInstitutionAccount = () => call(getInstitutionAccount, {}, { actingFor: null })

export const saveInstitutionAccount = (account: InstitutionAccountInput, idempotencyKey: string) =>
  call(setInstitutionAccount, { body: account }, { idempotencyKey, actingFor: null })

import type { AssessableCourse, AssessmentResult, Candidate, SkillsRecordCourse, SkillsSummary } from '@renshe/shared/training/assessment'
import type { SkillCertificate } from '@renshe/shared/training/certificate'
import type { MyEnrolment, SessionCode, SupervisedInstitution, SupervisionFlag } from '@renshe/shared/training/attendance'
import type { Course, Enrolment, RosterEntry } from '@renshe/shared/training/courses'
import type { ClaimableProgramme, Programme, TrainingInstitution, Voucher } from '@renshe/shared/training/schemas'
import type { SubsidyApplication } from '@renshe/shared/training/subsidy'
import { citizen } from '../../../test/fixtures'

/** An officer of Lucheng, as the training pages' tests show her. */
export const officer = { ...citizen, id: 'u-liu', displayName: '刘*', roles: ['officer' as const], regionCode: '330302' }

/** The training school of Lucheng approved for the carers' programme. */
export const luchengSchool: TrainingInstitution = { id: 'inst-1', name: '温州鹿城职业技能培训学校', regionCode: '330302' }

/** A training institution's account: the school's desk, of its region. */
export const school = { ...citizen, id: 'inst-1', displayName: '温州鹿城职业技能培训学校', roles: ['institution' as const], realName: { bound: false as const }, regionCode: '330302' }

/** A targeted basic voucher pushed to her on 29 November 2026, waiting for her tap. */
export const pushedVoucher: Voucher = {
  id: 'v-1',
  number: 'PX2026000001',
  programmeId: 'p-1',
  programmeName: '2027年养老护理员培训券',
  kind: 'basic',
  payment: 'face_value',
  reach: 'targeted',
  covered: [{ occupationCode: '4-10-01-05', level: 5, subsidyFen: 150_000 }],
  institutions: [luchengSchool],
  status: 'issued',
  issuedAt: '2026-11-29T02:00:00.000Z',
  claimedAt: null,
  validFrom: '2027-01-01',
  validUntil: '2027-12-31',
  enrolment: null,
}

/** A general upgrade programme with 12 vouchers left, paid back after training (offset). */
export const electricians: ClaimableProgramme = {
  id: 'p-2',
  name: '电工技能提升培训券',
  kind: 'upgrade',
  payment: 'offset',
  covered: [
    { occupationCode: '6-31-01-03', level: 4, subsidyFen: 200_000 },
    { occupationCode: '6-31-01-03', level: 3, subsidyFen: 250_050 },
  ],
  validFrom: '2026-12-01',
  validUntil: '2027-06-30',
  remaining: 12,
}

/** The targeted programme of `pushedVoucher`, open, with 300 of 500 vouchers out; of its ¥750,000 budget ¥15,000 paid, ¥3,000 approved, ¥4,500 applied for. */
export const carersProgramme: Programme = {
  id: 'p-1',
  name: '2027年养老护理员培训券',
  kind: 'basic',
  payment: 'face_value',
  reach: 'targeted',
  regionCode: '330302',
  eligibility: { minAge: 40, maxAge: 60, groups: ['unemployed', 'flexibleWorker'] },
  covered: [{ occupationCode: '4-10-01-05', level: 5, subsidyFen: 150_000 }],
  institutionIds: ['inst-1'],
  institutions: [luchengSchool],
  validFrom: '2027-01-01',
  validUntil: '2027-12-31',
  attendanceThresholdPercent: 80,
  status: 'open',
  createdAt: '2026-11-29T02:00:00.000Z',
  ledger: { quantity: 500, issued: 300, remaining: 200, claimed: 120, expired: 3, withdrawn: 1, budgetFen: 75_000_000, appliedFen: 450_000, committedFen: 300_000, paidFen: 1_500_000 },
}

/** The carers' voucher once accepted: hers to spend on a course. */
export const claimedVoucher: Voucher = { ...pushedVoucher, status: 'claimed', claimedAt: '2026-11-29T03:00:00.000Z' }

/** A level-5 carers' course of the school in Lucheng, 2 of 30 places taken, three sessions. */
export const carersCourse: Course = {
  id: 'c-1',
  institutionId: 'inst-1',
  institutionName: '温州鹿城职业技能培训学校',
  name: '养老护理员（五级）周末班',
  occupationCode: '4-10-01-05',
  level: 5,
  hours: 80,
  capacity: 30,
  enrolled: 28,
  priceFen: 160_000,
  regionCode: '330302',
  startsOn: '2027-01-09',
  sessions: [
    { id: 's-1', date: '2027-01-09', from: '09:00', to: '12:00', place: '鹿城区学院中路 1 号 3 楼' },
    { id: 's-2', date: '2027-01-10', from: '09:00', to: '12:00', place: '鹿城区学院中路 1 号 3 楼' },
    { id: 's-3', date: '2027-01-16', from: '14:00', to: '17:30', place: '鹿城区颐养中心实训室' },
  ],
  status: 'open',
  createdAt: '2026-11-20T02:00:00.000Z',
}

/** Her request to enrol with the carers' voucher, waiting for the school, as the school reads it. */
export const requestedEntry: RosterEntry = {
  id: 'e-1',
  courseId: 'c-1',
  courseName: carersCourse.name,
  courseStartsOn: carersCourse.startsOn,
  voucherId: 'v-1',
  status: 'requested',
  requestedAt: '2026-11-29T04:00:00.000Z',
  decidedAt: null,
  declineReason: null,
  traineeName: '张*',
  idNumberMasked: '330302********1231',
  voucherNumber: 'PX2026000001',
  payment: 'face_value',
  attended: 0,
}

/** A trainee already on the roster, paying herself and claiming the subsidy after (offset). */
export const confirmedEntry: RosterEntry = {
  ...requestedEntry,
  id: 'e-2',
  voucherId: 'v-9',
  status: 'confirmed',
  decidedAt: '2026-11-28T02:00:00.000Z',
  traineeName: '王*',
  idNumberMasked: '330303********4526',
  voucherNumber: 'PX2026000042',
  payment: 'offset',
  attended: 2,
}

/** Her request to enrol on the carers' course with the claimed voucher, as she sees it on the voucher. */
export const requestedEnrolment: Enrolment = {
  id: 'e-1',
  courseId: 'c-1',
  courseName: carersCourse.name,
  courseStartsOn: carersCourse.startsOn,
  voucherId: 'v-1',
  status: 'requested',
  requestedAt: '2026-11-29T04:00:00.000Z',
  decidedAt: null,
  declineReason: null,
}

/** Another training institution of Lucheng, not yet approved for the carers' programme. */
export const wumaCentre: TrainingInstitution = { id: 'inst-2', name: '五马街道职业培训中心', regionCode: '330302' }

/** The assessment body of Lucheng, as the assessment pages' tests show it (decision 061). */
export const assessor = { ...citizen, id: 'as-1', displayName: '温州市鹿城区职业技能鉴定所', roles: ['assessor' as const], realName: { bound: false as const }, regionCode: '330302' }

/** The carers' course as the assessment body lists it: 2 trainees, 1 still without a result. */
export const assessableCarersCourse: AssessableCourse = { ...carersCourse, candidates: 2, awaiting: 1 }

/** A trainee who attended 3 of 3 sessions and waits for her result. */
export const awaitingCandidate: Candidate = { enrolmentId: 'e-1', traineeMaskedName: '张*', idNumberMasked: '330302********1231', attended: 3, sessions: 3, result: null }

/** A pass recorded on 29 November 2026 with its certificate number. */
export const passResult: AssessmentResult = {
  passed: true,
  certificateNumber: 'S330302202600001',
  occupationCode: '4-10-01-05',
  level: 5,
  assessedOn: '2026-11-29',
  assessorName: '温州市鹿城区职业技能鉴定所',
}

/** A trainee already assessed: she passed. */
export const assessedCandidate: Candidate = { enrolmentId: 'e-2', traineeMaskedName: '王*', idNumberMasked: '330303********4526', attended: 2, sessions: 3, result: passResult }

/** Her certificate from the carers' course. */
export const carersCertificate: SkillCertificate = {
  id: 'cert-1',
  certificateNumber: 'S330302202600001',
  occupationCode: '4-10-01-05',
  level: 5,
  issuedOn: '2026-11-29',
  issuerName: '温州市鹿城区职业技能鉴定所',
}

/** The carers' course in her skills record, passed. */
export const carersRecordCourse: SkillsRecordCourse = {
  enrolmentId: 'e-1',
  courseName: carersCourse.name,
  institutionName: carersCourse.institutionName,
  occupationCode: '4-10-01-05',
  level: 5,
  hours: 80,
  startsOn: '2027-01-09',
  endsOn: '2027-01-16',
  attended: 3,
  sessions: 3,
  voucherNumber: 'PX2026000001',
  voucherStatus: 'assessed',
  result: passResult,
}

/** The summary she made on 29 November 2026, checkable for 90 days. */
export const carersSummary: SkillsSummary = {
  id: 'ss-1',
  verificationCode: '7KQ2M9XD4TPA',
  maskedName: '张*',
  certificates: [{ certificateNumber: carersCertificate.certificateNumber, occupationCode: '4-10-01-05', level: 5, issuedOn: '2026-11-29', issuerName: carersCertificate.issuerName }],
  courses: [{ courseName: carersCourse.name, institutionName: carersCourse.institutionName, occupationCode: '4-10-01-05', level: 5, hours: 80, startsOn: '2027-01-09', endsOn: '2027-01-16', attended: 3, sessions: 3, result: passResult }],
  status: 'valid',
  issuedAt: '2026-11-29T02:00:00.000Z',
  expiresAt: '2027-02-27T02:00:00.000Z',
  verifyUrl: 'https://renshe.example.gov.cn/verify/skills/7KQ2M9XD4TPA',
  qrDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
}

/** The code of the carers' course's first session as the school's screen shows it, valid until 09:10:30 on 9 January 2027. */
export const firstSessionCode: SessionCode = {
  sessionId: 's-1',
  courseId: 'c-1',
  courseName: carersCourse.name,
  session: carersCourse.sessions[0]!,
  code: '482917',
  qrDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  validUntil: '2027-01-09T01:10:30.000Z',
  checkedIn: 12,
  rosterSize: 28,
}

/**
 * Her confirmed enrolment on the carers' course, three sessions: the first attended, the second
 * open for check-in from 08:45 on 10 January 2027, the third not yet; 80 % required.
 */
export const myCarersEnrolment: MyEnrolment = {
  enrolment: { ...requestedEnrolment, status: 'confirmed', decidedAt: '2026-11-30T02:00:00.000Z' },
  course: carersCourse,
  sessions: [
    { session: carersCourse.sessions[0]!, opensAt: '2027-01-09T00:45:00.000Z', closesAt: '2027-01-09T04:00:00.000Z', checkedInAt: '2027-01-09T00:58:00.000Z' },
    { session: carersCourse.sessions[1]!, opensAt: '2027-01-10T00:45:00.000Z', closesAt: '2027-01-10T04:00:00.000Z', checkedInAt: null },
    { session: carersCourse.sessions[2]!, opensAt: '2027-01-16T05:45:00.000Z', closesAt: '2027-01-16T09:30:00.000Z', checkedInAt: null },
  ],
  attended: 1,
  thresholdPercent: 80,
}

/** The Lucheng school under supervision: active, two shared-phone flags and one trainee below the threshold. */
export const supervisedSchool: SupervisedInstitution = {
  id: 'inst-1',
  name: luchengSchool.name,
  regionCode: '330302',
  status: 'active',
  suspendedReason: null,
  suspendedAt: null,
  flags: { shared_device: 2, out_of_window: 0, below_threshold: 1 },
}

/** A second phone check-in refused at the school's first session, the trainee masked. */
export const sharedPhoneFlag: SupervisionFlag = {
  id: 'f-2',
  kind: 'shared_device',
  courseId: 'c-1',
  courseName: carersCourse.name,
  sessionDate: '2027-01-09',
  traineeMaskedName: '李*',
  raisedAt: '2027-01-09T01:02:00.000Z',
}

/** A trainee of the carers' course who ended below the threshold: about the whole course, no session. */
export const belowThresholdFlag: SupervisionFlag = { ...sharedPhoneFlag, id: 'f-1', kind: 'below_threshold', sessionDate: null, traineeMaskedName: '赵*', raisedAt: '2027-01-17T01:00:00.000Z' }

/** A face-value trainee on the roster who attended all three sessions: the school may apply for her subsidy. */
export const attendedEntry: RosterEntry = { ...confirmedEntry, id: 'e-3', voucherId: 'v-3', traineeName: '陈*', voucherNumber: 'PX2026000007', payment: 'face_value', attended: 3 }

/** The school's application for 陈*'s subsidy on 29 November 2026, waiting for Lucheng's officers (decision 062). */
export const waitingApplication: SubsidyApplication = {
  id: 'sa-1',
  voucherId: 'v-3',
  voucherNumber: 'PX2026000007',
  programmeId: 'p-1',
  programmeName: carersProgramme.name,
  enrolmentId: 'e-3',
  courseName: carersCourse.name,
  institutionName: carersCourse.institutionName,
  traineeMaskedName: '陈*',
  occupationCode: '4-10-01-05',
  level: 5,
  certificateNumber: 'S330302202600003',
  certificateIssuedOn: '2026-11-20',
  payee: 'institution',
  payTo: null,
  amountFen: 150_000,
  status: 'applied',
  appliedAt: '2026-11-29T02:00:00.000Z',
  decidedAt: null,
  declineReason: null,
  payment: null,
}

/** An electrician's own application for her offset voucher's subsidy, waiting too. */
export const holderApplication: SubsidyApplication = {
  ...waitingApplication,
  id: 'sa-2',
  voucherId: 'v-5',
  voucherNumber: 'PX2026000105',
  programmeId: 'p-2',
  programmeName: electricians.name,
  enrolmentId: 'e-5',
  courseName: '电工（四级）晚班',
  institutionName: '五马街道职业培训中心',
  traineeMaskedName: '张*',
  occupationCode: '6-31-01-03',
  level: 4,
  certificateNumber: 'S330302202600011',
  payee: 'holder',
  payTo: 'wechat',
  amountFen: 200_050,
  appliedAt: '2026-11-29T03:00:00.000Z',
}

/** Her offset electricians' voucher after the result was recorded: the subsidy is hers to apply for. */
export const assessedOffsetVoucher: Voucher = {
  ...pushedVoucher,
  id: 'v-5',
  number: 'PX2026000105',
  programmeId: 'p-2',
  programmeName: electricians.name,
  kind: 'upgrade',
  payment: 'offset',
  reach: 'general',
  covered: electricians.covered,
  institutions: [wumaCentre],
  status: 'assessed',
  claimedAt: '2026-11-29T03:00:00.000Z',
  validFrom: '2026-12-01',
  validUntil: '2027-06-30',
}

/** The school's application for 陈*'s subsidy once approved on 30 November 2026, not yet paid (decision 063). */
export const approvedApplication: SubsidyApplication = { ...waitingApplication, status: 'approved', decidedAt: '2026-11-30T02:00:00.000Z' }

/** The same application paid on 1 December 2026 by bank transfer to the school's settlement account. */
export const paidApplication: SubsidyApplication = {
  ...approvedApplication,
  status: 'paid',
  payment: { status: 'paid', channel: 'bank', paidAt: '2026-12-01T02:00:00.000Z', failure: null },
}

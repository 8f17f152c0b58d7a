import { maskIdNumber, maskName } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import type { AssessableCoursePage, AssessmentCourse, AssessmentResult, Candidate, NewAssessment } from '@renshe/shared/training/assessment'
import { actOnVoucher } from '@renshe/shared/training/voucher-machine'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { pageOf, timeCursor } from '../../platform/paging'
import { officialCovers } from '../../platform/policy'
import type { SessionUser } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import {
  assessableCourses,
  assessmentOfEnrolment,
  candidateCountsOf,
  candidateOf,
  candidatesOf,
  certificateByNumber,
  insertAssessment,
  insertSkillCertificate,
  organisationNameOf,
  sessionCountOf,
  type AssessmentRow,
  type CandidateRow,
} from './assessment-repo'
import { toCourse } from './course-views'
import { courseById, sessionsOf, type NamedCourse } from './courses-repo'
import { enrolmentById } from './enrolments-repo'
import { refuse } from './refusals'
import { stateOf } from './vouchers-service'
import { moveVoucher, voucherById } from './vouchers-repo'

/*
 * Skill assessment (decision 061): an assessment body of a region records, once, each confirmed
 * trainee's result for her course's occupation and level. Its region is what it may see: a course
 * taught outside it does not exist for it (not_found), by the one rule officers are held to
 * (`officialCovers`). A pass writes the result, the certificate into her skills record and her
 * voucher's move to `assessed` in one unit of work; the unique indexes on the enrolment and on
 * the certificate number decide any race, on either engine.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit'>

const alreadyAssessed = () => refuse('training.alreadyAssessed', 'This trainee’s result is already recorded')
const certificateTaken = () => refuse('training.certificateTaken', 'This certificate number is already recorded', 'body.certificateNumber')
const notAttending = () => refuse('training.notAttending', 'This trainee has not attended yet')

/** Carries a refusal out of a unit of work that wrote before it found it, so that it rolls back. */
class RolledBack extends Error {
  constructor(readonly refusal: ReturnType<typeof notAttending>) {
    super('rolled back')
  }
}

/** The course if the assessment body's region covers it; undefined for any other, which it must not learn of. */
async function courseOfRegion(deps: Pick<Deps, 'db'>, assessor: SessionUser, id: string): Promise<NamedCourse | undefined> {
  const row = await deps.db.read((q) => courseById(q, id))
  return row && officialCovers(assessor, row.course.regionCode) ? row : undefined
}

function toResult(assessment: AssessmentRow, assessorName: string | null): AssessmentResult {
  return {
    passed: assessment.passed,
    certificateNumber: assessment.certificateNumber,
    occupationCode: assessment.occupationCode,
    level: assessment.level,
    assessedOn: assessment.assessedOn,
    assessorName: assessorName ?? '',
  }
}

/** A trainee as the assessment body sees her: her name and ID number opened here only to be masked. */
function toCandidate(deps: Pick<Deps, 'sealer'>, row: CandidateRow, sessions: number): Candidate {
  return {
    enrolmentId: row.enrolmentId,
    traineeMaskedName: row.nameEnc === null ? '' : maskName(deps.sealer.open(row.nameEnc)),
    idNumberMasked: row.idNumberEnc === null ? '' : maskIdNumber(deps.sealer.open(row.idNumberEnc)),
    attended: row.attended,
    sessions,
    result: row.assessment ? toResult(row.assessment, row.assessorName) : null,
  }
}

/** The courses of the assessment body's region that have started and have confirmed trainees, the latest to start first. */
export async function listAssessableCourses(deps: ServiceDeps, actor: Actor, assessor: SessionUser, query: { cursor?: string | undefined; limit: number }): Promise<Result<AssessableCoursePage>> {
  const regionCode = assessor.regionCode
  if (!regionCode) return fail('forbidden')
  const now = deps.clock.now()
  const { rows, nextCursor } = pageOf(
    await deps.db.read((q) => assessableCourses(q, regionCode, chinaDate(now), timeCursor(query.cursor), query.limit)),
    query.limit,
    (last) => `${last.course.startsOn}|${last.course.id}`,
  )
  const ids = rows.map((row) => row.course.id)
  const [sessions, counts] = await deps.db.read((q) => Promise.all([sessionsOf(q, ids), candidateCountsOf(q, ids)]))
  await recordAudit(deps, now, actor, { action: 'training.listAssessableCourses', kind: 'read', objectType: 'region', objectId: regionCode })
  return ok({
    items: rows.map((row) => ({ ...toCourse(row, sessions.get(row.course.id) ?? []), ...(counts.get(row.course.id) ?? { candidates: 0, awaiting: 0 }) })),
    nextCursor,
  })
}

/**
 * One course of the region with its confirmed trainees, masked, their attendance and any result.
 * The read is recorded for the course, and for each trainee as a read of her data, as a roster is.
 */
export async function getAssessmentCourse(deps: ServiceDeps, actor: Actor, assessor: SessionUser, id: string): Promise<Result<AssessmentCourse>> {
  const named = await courseOfRegion(deps, assessor, id)
  if (!named) return fail('not_found')
  const [sessions, rows] = await deps.db.read((q) => Promise.all([sessionsOf(q, [id]), candidatesOf(q, id)]))
  const courseSessions = sessions.get(id) ?? []
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'training.getAssessmentCourse', kind: 'read', objectType: 'training_course', objectId: id })
  for (const row of rows) {
    await recordAudit(deps, now, { ...actor, subjectUserId: row.holderUserId }, { action: 'training.readCandidate', kind: 'read', objectType: 'training_enrolment', objectId: row.enrolmentId })
  }
  return ok({ course: toCourse(named, courseSessions), items: rows.map((row) => toCandidate(deps, row, courseSessions.length)) })
}

async function tellHolder(tx: Tx, deps: Pick<Deps, 'random'>, now: Date, holderUserId: string, named: NamedCourse, assessorName: string, input: NewAssessment): Promise<void> {
  const common = { courseName: named.course.name, assessorName }
  await notify(tx, deps.random, now, {
    userId: holderUserId,
    ...(input.passed ? { template: 'training.assessmentPassed', params: { ...common, certificateNumber: input.certificateNumber } } : { template: 'training.assessmentNotPassed', params: common }),
    link: pageLink('skillsRecord'),
  })
}

/** Why a write of a result was refused by a unique index: read again once the winner is committed. */
async function lostRace(deps: Pick<Deps, 'db'>, enrolmentId: string, input: NewAssessment) {
  const [assessed, taken] = await deps.db.read((q) => Promise.all([assessmentOfEnrolment(q, enrolmentId), input.passed ? certificateByNumber(q, input.certificateNumber) : undefined]))
  if (assessed) return alreadyAssessed()
  if (taken) return certificateTaken()
  return undefined
}

/**
 * Records a confirmed trainee's result, once, for her course's occupation and level: only while
 * her voucher is `attending` (the machine's `assess`, by the assessor). A pass carries the
 * certificate number, never one already recorded. She is told either way.
 */
export async function recordAssessment(deps: ServiceDeps, actor: Actor, assessor: SessionUser, enrolmentId: string, input: NewAssessment): Promise<Result<Candidate>> {
  const found = await deps.db.read(async (q) => {
    const enrolment = await enrolmentById(q, enrolmentId)
    if (!enrolment || enrolment.status !== 'confirmed') return undefined
    const [named, held, assessorRow] = await Promise.all([courseById(q, enrolment.courseId), voucherById(q, enrolment.voucherId), organisationNameOf(q, assessor.id)])
    return named && held && officialCovers(assessor, named.course.regionCode) ? { enrolment, named, held, assessorName: assessorRow ?? '' } : undefined
  })
  if (!found) return fail('not_found')
  const { enrolment, named, held, assessorName } = found
  const now = deps.clock.now()
  const today = chinaDate(now)
  const prior = await lostRace(deps, enrolmentId, input)
  if (prior) return prior
  const assessed = actOnVoucher(stateOf(held.voucher), { act: 'assess', by: 'assessor', today, passed: input.passed })
  if (!assessed.ok) return notAttending()
  const row: AssessmentRow = {
    id: newId(deps.random, now.getTime()),
    enrolmentId,
    voucherId: held.voucher.id,
    holderUserId: enrolment.holderUserId,
    assessorUserId: assessor.id,
    passed: input.passed,
    certificateNumber: input.passed ? input.certificateNumber : null,
    occupationCode: named.course.occupationCode,
    level: named.course.level,
    assessedOn: today,
    createdAt: now.toISOString(),
  }
  const forHolder = { ...actor, subjectUserId: enrolment.holderUserId }
  try {
    await deps.db.transaction(async (tx) => {
      await insertAssessment(tx, row)
      if (input.passed) {
        await insertSkillCertificate(tx, {
          id: newId(deps.random, now.getTime()),
          holderUserId: enrolment.holderUserId,
          certificateNumber: input.certificateNumber,
          occupationCode: row.occupationCode,
          level: row.level,
          issuedOn: today,
          issuerUserId: assessor.id,
          assessmentId: row.id,
          createdAt: row.createdAt,
        })
      }
      // The voucher moved since it was read (another result, an officer): nothing of this result stays.
      if (!(await moveVoucher(tx, held.voucher.id, 'attending', { status: assessed.state.status, passed: assessed.state.passed }))) throw new RolledBack(notAttending())
      await tellHolder(tx, deps, now, enrolment.holderUserId, named, assessorName, input)
      await appendAudit(tx, now, forHolder, { action: 'training.recordAssessment', kind: 'write', objectType: 'training_enrolment', objectId: enrolmentId })
      await appendAudit(tx, now, forHolder, { action: 'training.assessVoucher', kind: 'write', objectType: 'training_voucher', objectId: held.voucher.id })
    })
  } catch (error) {
    if (error instanceof RolledBack) return (await lostRace(deps, enrolmentId, input)) ?? error.refusal
    if (!isUniqueViolation(error)) throw error
    const refusal = await lostRace(deps, enrolmentId, input)
    if (refusal) return refusal
    throw error
  }
  const [candidate, sessions] = await deps.db.read((q) => Promise.all([candidateOf(q, enrolmentId), sessionCountOf(q, named.course.id)]))
  if (!candidate) throw new Error(`enrolment ${enrolmentId} was assessed and is not there`)
  return ok(toCandidate(deps, candidate, sessions))
}


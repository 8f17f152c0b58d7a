import QRCode from 'qrcode'
import { maskName } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { pageLink } from '@renshe/shared/platform/pages'
import { verificationCodeLength } from '@renshe/shared/records/rules'
import {
  skillsSummaryValidDays,
  type AssessmentResult,
  type SkillsRecord,
  type SkillsRecordCourse,
  type SkillsSummary,
  type SkillsSummaryCourse,
  type SkillsSummaryStatus,
  type SkillsSummaryVerification,
} from '@renshe/shared/training/assessment'
import type { SkillCertificate } from '@renshe/shared/training/certificate'
import { statusOn } from '@renshe/shared/training/voucher-machine'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { newCode, newId } from '../../platform/random'
import { certificatesOfHolder, confirmedCoursesOf, insertSummary, sealedNameOf, summaryByCode, summaryOfHolder, type NamedCertificate, type RecordCourseRow, type SkillsSummaryRow } from './skills-record-repo'

/*
 * The lifelong skills record (职业技能培训档案, decision 061): her certificates and every course
 * she was confirmed on, read only by her. She can hand an employer a summary: what the record
 * says at that moment, frozen with her masked name (as a participation certificate of the
 * records module is), under a verification code anyone may check for 90 days. The summary
 * carries no voucher and nothing unmasked.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'random' | 'sealer' | 'audit' | 'config'>

/** How often a freshly drawn code may collide before the request gives up: 60 random bits, so never in practice. */
const codeAttempts = 5

function toCertificate({ certificate, issuerName }: NamedCertificate): SkillCertificate {
  return {
    id: certificate.id,
    certificateNumber: certificate.certificateNumber,
    occupationCode: certificate.occupationCode,
    level: certificate.level,
    issuedOn: certificate.issuedOn,
    issuerName: issuerName ?? '',
  }
}

function resultOf(row: RecordCourseRow): AssessmentResult | null {
  const { assessment } = row
  if (!assessment) return null
  return {
    passed: assessment.passed,
    certificateNumber: assessment.certificateNumber,
    occupationCode: assessment.occupationCode,
    level: assessment.level,
    assessedOn: assessment.assessedOn,
    assessorName: row.assessorName ?? '',
  }
}

function toRecordCourse(row: RecordCourseRow, today: string): SkillsRecordCourse {
  return {
    enrolmentId: row.enrolmentId,
    courseName: row.course.name,
    institutionName: row.institutionName ?? '',
    occupationCode: row.course.occupationCode,
    level: row.course.level,
    hours: row.course.hours,
    startsOn: row.course.startsOn,
    endsOn: row.endsOn ?? row.course.startsOn,
    attended: row.attended,
    sessions: row.sessions,
    voucherNumber: row.voucher.number,
    voucherStatus: statusOn(row.voucher, today),
    result: resultOf(row),
  }
}

/** What a summary states of a course: the record's line without the voucher. */
function summaryCourse(course: SkillsRecordCourse): SkillsSummaryCourse {
  const { enrolmentId: _enrolment, voucherNumber: _number, voucherStatus: _status, ...stated } = course
  return stated
}

async function recordOf(deps: ServiceDeps, holderUserId: string): Promise<SkillsRecord> {
  const today = chinaDate(deps.clock.now())
  const [certificates, courses] = await deps.db.read((q) => Promise.all([certificatesOfHolder(q, holderUserId), confirmedCoursesOf(q, holderUserId)]))
  return { certificates: certificates.map(toCertificate), courses: courses.map((row) => toRecordCourse(row, today)) }
}

/** Her own record; reading it is a read of her data, recorded as such. */
export async function getSkillsRecord(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<SkillsRecord>> {
  const record = await recordOf(deps, holderUserId)
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getSkillsRecord', kind: 'read', objectType: 'skills_record', objectId: holderUserId })
  return ok(record)
}

function statusOf(row: Pick<SkillsSummaryRow, 'revokedAt' | 'expiresAt'>, now: Date): SkillsSummaryStatus {
  if (row.revokedAt !== null) return 'revoked'
  return row.expiresAt <= now.toISOString() ? 'expired' : 'valid'
}

/** Where an employer checks a summary: the public page, with the code in its query. */
export function skillsVerifyUrlOf(deps: Pick<Deps, 'config'>, code: string): string {
  return `${deps.config.publicBaseUrl}/#${pageLink('verifySkills', { code })}`
}

/** What anyone with the code sees: the masked name and the frozen lines, nothing more. */
function toVerification(row: SkillsSummaryRow, now: Date): SkillsSummaryVerification {
  return {
    verificationCode: row.verificationCode,
    maskedName: row.holderMaskedName,
    certificates: row.certificates,
    courses: row.courses,
    status: statusOf(row, now),
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
  }
}

async function toSummary(deps: ServiceDeps, row: SkillsSummaryRow): Promise<SkillsSummary> {
  const verifyUrl = skillsVerifyUrlOf(deps, row.verificationCode)
  return {
    ...toVerification(row, deps.clock.now()),
    id: row.id,
    verifyUrl,
    qrDataUrl: await QRCode.toDataURL(verifyUrl, { errorCorrectionLevel: 'M', margin: 2, width: 264 }),
  }
}

/**
 * Freezes her record as it is now into a summary with a fresh verification code, valid for
 * `skillsSummaryValidDays`. A code drawn twice (60 random bits: never in practice) is drawn again,
 * also when another instance took it between the check and the insert (the unique index).
 */
export async function shareSkillsRecord(deps: ServiceDeps, actor: Actor, holderUserId: string): Promise<Result<SkillsSummary>> {
  const [record, nameEnc] = await Promise.all([recordOf(deps, holderUserId), deps.db.read((q) => sealedNameOf(q, holderUserId))])
  if (nameEnc === undefined) return fail('real_name_required')
  const now = deps.clock.now()
  const frozen: Omit<SkillsSummaryRow, 'verificationCode'> = {
    id: newId(deps.random, now.getTime()),
    holderUserId,
    holderMaskedName: maskName(deps.sealer.open(nameEnc)),
    certificates: record.certificates.map(({ id: _id, ...stated }) => stated),
    courses: record.courses.map(summaryCourse),
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days(skillsSummaryValidDays)).toISOString(),
    revokedAt: null,
  }
  for (let attempt = 0; ; attempt += 1) {
    const row: SkillsSummaryRow = { ...frozen, verificationCode: newCode(deps.random, verificationCodeLength) }
    if ((await deps.db.read((q) => summaryByCode(q, row.verificationCode))) && attempt < codeAttempts) continue
    try {
      await deps.db.transaction(async (tx) => {
        await insertSummary(tx, row)
        await appendAudit(tx, now, actor, { action: 'training.shareSkillsRecord', kind: 'write', objectType: 'skills_summary', objectId: row.id })
      })
    } catch (error) {
      if (isUniqueViolation(error) && attempt < codeAttempts) continue
      throw error
    }
    return ok(await toSummary(deps, row))
  }
}

/** One of her summaries, read again for a retry of its Idempotency-Key; anyone else's does not exist. */
export async function getSkillsSummary(deps: ServiceDeps, actor: Actor, holderUserId: string, id: string): Promise<Result<SkillsSummary>> {
  const row = await deps.db.read((q) => summaryOfHolder(q, holderUserId, id))
  if (!row) return fail('not_found')
  await recordAudit(deps, deps.clock.now(), actor, { action: 'training.getSkillsSummary', kind: 'read', objectType: 'skills_summary', objectId: id })
  return ok(await toSummary(deps, row))
}

/** A public check by code: the masked name, the frozen lines and the status; she sees in her log that it happened. */
export async function verifySkillsSummary(deps: ServiceDeps, actor: Actor, code: string): Promise<Result<SkillsSummaryVerification>> {
  const row = await deps.db.read((q) => summaryByCode(q, code))
  if (!row) return fail('not_found')
  const now = deps.clock.now()
  await recordAudit(deps, now, { ...actor, subjectUserId: row.holderUserId }, { action: 'training.verifySkillsSummary', kind: 'read', objectType: 'skills_summary', objectId: row.id })
  return ok(toVerification(row, now))
}

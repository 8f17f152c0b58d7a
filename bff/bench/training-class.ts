import { createHmac } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { idNumberCheckCharacter } from '@renshe/shared/identity/id-number'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { eligibilityLogic } from '@renshe/shared/training/eligibility'
import { addCalendarDays } from '@renshe/shared/wages/work-calendar'
import { consents, realNames, sessions, trainingAttendance, trainingCourses, trainingEnrolments, trainingFlags, trainingProgrammes, trainingSessions, trainingVouchers, users } from '../src/db/schema'
import { consentDocuments } from '../src/modules/identity/consent-documents'
import { findUserByDevAccount } from '../src/modules/identity/repo'
import { hours, minutes } from '../src/platform/clock'
import { sha256 } from '../src/platform/crypto'
import type { Deps } from '../src/platform/deps'

/*
 * The check-in figure's class (decision 061): one institution, one course with one session
 * starting minutes after the bench begins, and `size` real-named citizens on its roster, each with
 * a voucher enrolled on it and a session token of her own. Written in bulk, as the other bench
 * data are, not through the API: the figure measures the check-ins, not the enrolling.
 */

export const benchClass = {
  institutionUserId: 'bench-institution',
  programmeId: 'bench-programme',
  courseId: 'bench-course',
  sessionId: 'bench-course-session-01',
} as const

/**
 * A bearer token both processes can make from a secret of the run: the preparing one stores
 * its hash, the measuring one sends it. 32 bytes, as a real login's, so the session lookup is the
 * same lookup.
 */
export function benchToken(secret: string, who: string): string {
  return createHmac('sha256', secret).update(who).digest('base64url')
}

export const traineeToken = (secret: string, index: number): string => benchToken(secret, `trainee-${index}`)
export const institutionToken = (secret: string): string => benchToken(secret, 'institution')

const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '郑', '潘']
const givenNames = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '桂英', '建华', '海燕', '志强', '晓东', '雪梅']

/** A valid Lucheng ID number per trainee: born one day apart from 1975, so no two are alike. */
function traineeIdNumber(index: number): { idNumber: string; birthYear: number } {
  const born = new Date(Date.UTC(1975, 0, 1) + index * 86_400_000).toISOString().slice(0, 10)
  const first17 = `330302${born.replaceAll('-', '')}9${String(index % 100).padStart(2, '0')}`
  return { idNumber: `${first17}${idNumberCheckCharacter(first17)}`, birthYear: Number(born.slice(0, 4)) }
}

const chinaOffset = hours(8)

function chinaClock(at: Date): { date: string; time: string } {
  const local = new Date(at.getTime() + chinaOffset).toISOString()
  return { date: local.slice(0, 10), time: local.slice(11, 16) }
}

/**
 * Three hours starting five minutes from now (on the minute), so check-in (open from fifteen
 * minutes before the start) is open for the whole bench. A session is hours of one date: one
 * that would run past midnight ends at 23:59.
 */
export function sessionHoursFrom(now: Date): { date: string; timeFrom: string; timeTo: string } {
  const start = new Date(Math.ceil((now.getTime() + minutes(5)) / minutes(1)) * minutes(1))
  const from = chinaClock(start)
  const to = chinaClock(new Date(start.getTime() + hours(3)))
  return { date: from.date, timeFrom: from.time, timeTo: to.date === from.date ? to.time : '23:59' }
}

type ClassDeps = Pick<Deps, 'db' | 'clock' | 'sealer' | 'blindIndex'>

/** The institution with its own screen's session, the programme, the course and its session. */
async function prepareCourse(deps: ClassDeps, size: number, secret: string): Promise<void> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = chinaDate(now)
  const officer = await deps.db.read((q) => findUserByDevAccount(q, 'officer-liu'))
  if (!officer) throw new Error('the demo officer officer-liu is missing')
  const name = '温州市鹿城区职业技能实训中心'
  const hoursOfSession = sessionHoursFrom(now)
  const eligibility = { minAge: 16, maxAge: 60, groups: [] }
  await deps.db.transaction(async (tx) => {
    await tx.insert(users).values({ id: benchClass.institutionUserId, devAccount: null, wechatOpenidIndex: null, wechatOpenidEnc: null, roles: ['institution'], staffNameEnc: deps.sealer.seal(name), regionCode: '330302', staffCode: null, organization: name, createdAt: at })
    await tx.insert(sessions).values(loginRow(deps, benchClass.institutionUserId, 'bench-login-institution', institutionToken(secret)))
    await tx.insert(trainingProgrammes).values({
      id: benchClass.programmeId,
      regionCode: '330302',
      name: '温州市鹿城区职业技能提升培训券（压测）',
      kind: 'upgrade',
      payment: 'face_value',
      reach: 'general',
      eligibility,
      eligibilityLogic: eligibilityLogic(eligibility),
      covered: [{ occupationCode: '6-18-02-04', level: 4, subsidyFen: 180_000 }],
      institutionIds: [benchClass.institutionUserId],
      validFrom: addCalendarDays(today, -30),
      validUntil: addCalendarDays(today, 335),
      quantity: size,
      attendanceThresholdPercent: 80,
      issued: size,
      status: 'open',
      createdBy: officer.id,
      createdAt: at,
      closedAt: null,
    })
    await tx.insert(trainingCourses).values({
      id: benchClass.courseId,
      institutionUserId: benchClass.institutionUserId,
      name: '焊工（四级）技能提升班',
      occupationCode: '6-18-02-04',
      level: 4,
      hours: 48,
      capacity: size,
      enrolled: size,
      priceFen: 180_000,
      regionCode: '330302',
      startsOn: hoursOfSession.date,
      status: 'open',
      createdAt: at,
    })
    await tx.insert(trainingSessions).values({ id: benchClass.sessionId, courseId: benchClass.courseId, ...hoursOfSession, place: '温州体育中心体育馆（鹿城区）' })
  })
}

/**
 * A login made ten minutes ago, on arrival: each phone's check-in is its first request since,
 * so it slides the session's idle expiry as a real one would. That expiry is put at the absolute
 * one so that a long bench does not log the class out before it checks in.
 */
function loginRow(deps: ClassDeps, userId: string, id: string, token: string): typeof sessions.$inferInsert {
  const now = deps.clock.now().getTime()
  const expiresAt = new Date(now + hours(12)).toISOString()
  const loggedIn = new Date(now - minutes(10)).toISOString()
  return { id, tokenHash: sha256(token), userId, provider: 'development', wechatSessionKeyEnc: null, createdAt: loggedIn, lastSeenAt: loggedIn, idleExpiresAt: expiresAt, expiresAt, revokedAt: null }
}

/** Trainees `from` to `to` (exclusive): account, real name, consent, login, voucher (enrolled) and confirmed enrolment. */
async function prepareTrainees(deps: ClassDeps, secret: string, from: number, to: number): Promise<void> {
  const at = deps.clock.now().toISOString()
  const today = chinaDate(deps.clock.now())
  const consent = consentDocuments['identity.real_name']
  const indexes = Array.from({ length: to - from }, (_, i) => from + i)
  const userId = (i: number) => `bench-trainee-${i}`
  const voucherId = (i: number) => `bench-voucher-${i}`
  await deps.db.transaction(async (tx) => {
    await tx.insert(users).values(indexes.map((i) => ({ id: userId(i), devAccount: null, wechatOpenidIndex: null, wechatOpenidEnc: null, roles: ['citizen'], staffNameEnc: null, regionCode: null, staffCode: null, organization: null, createdAt: at })))
    await tx.insert(realNames).values(
      indexes.map((i) => {
        const { idNumber, birthYear } = traineeIdNumber(i)
        const name = `${surnames[i % surnames.length] as string}${givenNames[Math.floor(i / surnames.length) % givenNames.length] as string}`
        return { userId: userId(i), nameEnc: deps.sealer.seal(name), idNumberEnc: deps.sealer.seal(idNumber), idNumberIndex: deps.blindIndex('id_number', idNumber), phoneEnc: null, regionCode: '330302', birthYear, boundAt: at }
      }),
    )
    await tx.insert(consents).values(indexes.map((i) => ({ id: `bench-consent-${i}`, userId: userId(i), purpose: consent.purpose, version: consent.version, givenAt: at, withdrawnAt: null })))
    await tx.insert(sessions).values(indexes.map((i) => loginRow(deps, userId(i), `bench-login-${i}`, traineeToken(secret, i))))
    await tx.insert(trainingVouchers).values(
      indexes.map((i) => ({
        id: voucherId(i),
        number: `BENCH${String(i).padStart(8, '0')}`,
        programmeId: benchClass.programmeId,
        holderUserId: userId(i),
        status: 'enrolled' as const,
        passed: null,
        issuedAt: at,
        claimedAt: at,
        validFrom: addCalendarDays(today, -30),
        validUntil: addCalendarDays(today, 335),
        payment: 'face_value' as const,
      })),
    )
    await tx.insert(trainingEnrolments).values(
      indexes.map((i) => ({ id: `bench-enrolment-${i}`, courseId: benchClass.courseId, voucherId: voucherId(i), holderUserId: userId(i), status: 'confirmed' as const, requestedAt: at, decidedAt: at, declineReason: null, cancelledAt: null })),
    )
  })
}

/** The class of `size`, after the demo data (its programme is the demo officer's). */
export async function prepareTrainingClass(deps: ClassDeps, size: number, secret: string): Promise<void> {
  await prepareCourse(deps, size, secret)
  // 500 trainees a statement: well under PostgreSQL's 65,535 parameters for the widest table.
  for (let from = 0; from < size; from += 500) await prepareTrainees(deps, secret, from, Math.min(size, from + 500))
}

/** What the class's check-ins left behind, read from the database after the figure. */
export interface ClassTally {
  readonly attendance: number
  readonly distinctTrainees: number
  readonly vouchers: Record<string, number>
  readonly flags: number
}

export function tallyTrainingClass(deps: Pick<Deps, 'db'>): Promise<ClassTally> {
  return deps.db.read(async (q) => {
    const rows = await q.select({ enrolmentId: trainingAttendance.enrolmentId }).from(trainingAttendance).where(eq(trainingAttendance.sessionId, benchClass.sessionId))
    const vouchers = await q.select({ status: trainingVouchers.status }).from(trainingVouchers).where(eq(trainingVouchers.programmeId, benchClass.programmeId))
    const flags = await q.$count(trainingFlags, eq(trainingFlags.sessionId, benchClass.sessionId))
    const byStatus: Record<string, number> = {}
    for (const { status } of vouchers) byStatus[status] = (byStatus[status] ?? 0) + 1
    return { attendance: rows.length, distinctTrainees: new Set(rows.map((row) => row.enrolmentId)).size, vouchers: byStatus, flags }
  })
}

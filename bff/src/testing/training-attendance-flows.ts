import { asc } from 'drizzle-orm'
import { expect } from 'vitest'
import type { ProblemCode } from '@renshe/shared/platform/problem'
import { Attendance, SupervisedInstitution } from '@renshe/shared/training/attendance'
import { trainingAttendance, trainingFlags } from '../db/schema'
import { seededTrainingIds } from '../db/seed/training'
import { sessionCodeAt } from '../modules/training/session-code'
import type { TestContext } from './harness'
import { expectOk, expectProblem } from './http'
import { confirmed, enrolled } from './training-course-flows'
import { claimed, realNamedCitizens, type Citizen } from './training-flows'
import { userIdOf } from './wages-flows'

/** The seeded elder-care course's first session: 2026-12-27, 18:30–21:30 China time (10:30–13:30 UTC). */
export const firstSession = `${seededTrainingIds.courses.elderCare}-01`
export const secondSession = `${seededTrainingIds.courses.elderCare}-02`

/** Instants around the first session, in UTC. */
export const around = {
  /** 17:00 China: before the code may be shown (from 17:30) and before check-in opens (18:15). */
  longBefore: '2026-12-27T09:00:00.000Z',
  /** 17:45 China: the code may be shown (from 17:30), check-in is not open (from 18:15). */
  codeShownOnly: '2026-12-27T09:45:00.000Z',
  /** 18:20 China: check-in open. */
  open: '2026-12-27T10:20:00.000Z',
  /** 21:45 China: closed (at 21:30); the code may still be shown (to 22:30). */
  afterEnd: '2026-12-27T13:45:00.000Z',
} as const

/** A device id as the client makes one. */
export const deviceOf = (name: string) => `device-${name}-0123456789abcdef`.slice(0, 40)

/** The code the institution's screen shows now, made as the server makes it. */
export function codeNow(t: TestContext, sessionId = firstSession): string {
  return sessionCodeAt(t.deps, sessionId, t.clock.now()).code
}

export function checkInCall(t: TestContext, token: string, sessionId: string, code: string, deviceId: string): Promise<Response> {
  return t.call('POST', `/api/training/sessions/${sessionId}/check-ins`, { token, body: { code, deviceId } })
}

export async function checkedIn(t: TestContext, token: string, sessionId = firstSession, deviceId = deviceOf('zhang')): Promise<Attendance> {
  return expectOk(await checkInCall(t, token, sessionId, codeNow(t, sessionId), deviceId), Attendance, 201)
}

/** Zhang claims the seeded general voucher, enrols in the seeded elder-care course and the institution confirms her. */
export async function zhangOnRoster(t: TestContext, key = 'attendance-zhang') {
  const token = await t.login('citizen-zhang')
  const voucher = await claimed(t, token, seededTrainingIds.programmes.general, `${key}-claim`)
  const enrolment = await enrolled(t, token, seededTrainingIds.courses.elderCare, voucher.id, `${key}-enrol`)
  const institution = await t.login('institution-demo')
  await confirmed(t, institution, enrolment.id)
  return { token, voucher, enrolment, institution, zhang: await userIdOf(t, 'citizen-zhang') }
}

/** Moves the clock (a month on, every session has expired) and logs zhang and the institution in again. */
export async function loggedInAt(t: TestContext, instant: string): Promise<{ token: string; institution: string }> {
  t.clock.set(instant)
  return { token: await t.login('citizen-zhang'), institution: await t.login('institution-demo') }
}

export function suspend(t: TestContext, token: string, institutionId: string, reason = '冒名签到，暂停整改'): Promise<Response> {
  return t.call('POST', `/api/training/supervision/institutions/${institutionId}/suspend`, { token, body: { reason } })
}

export async function suspended(t: TestContext, token: string, institutionId: string): Promise<SupervisedInstitution> {
  return expectOk(await suspend(t, token, institutionId), SupervisedInstitution)
}

export function attendanceRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(trainingAttendance).orderBy(asc(trainingAttendance.checkedInAt), asc(trainingAttendance.id)))
}

export function flagRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(trainingFlags).orderBy(asc(trainingFlags.raisedAt), asc(trainingFlags.id)))
}

/** `count` more trainees of Lucheng (学员000…), each with a general voucher, confirmed on the elder-care course. */
export async function traineesOnRoster(t: TestContext, count: number, prefix = 'trainee'): Promise<(Citizen & { enrolmentId: string })[]> {
  const institution = await t.login('institution-demo')
  const citizens = await realNamedCitizens(t, count, { prefix })
  const trainees: (Citizen & { enrolmentId: string })[] = []
  for (const citizen of citizens) {
    const voucher = await claimed(t, citizen.token, seededTrainingIds.programmes.general, `${citizen.userId}-claim`)
    const enrolment = await enrolled(t, citizen.token, seededTrainingIds.courses.elderCare, voucher.id, `${citizen.userId}-enrol`)
    await confirmed(t, institution, enrolment.id)
    trainees.push({ ...citizen, enrolmentId: enrolment.id })
  }
  return trainees
}

/** The answer is the problem `code` with the one field error `key`: a refusal the reader is told the reason of. */
export async function expectRefused(response: Response, code: ProblemCode, key: string): Promise<void> {
  const problem = await expectProblem(response, code)
  expect(problem.errors?.map((error) => error.key)).toEqual([key])
}

import { asc, eq } from 'drizzle-orm'
import { Course, Enrolment, Roster, RosterEntry, type NewCourse } from '@renshe/shared/training/courses'
import { trainingCourses, trainingEnrolments } from '../db/schema'
import type { TestContext } from './harness'
import { expectOk } from './http'

/** A course of 养老护理员 level 5 in Lucheng, three Saturdays and Sundays from 2026-12-19 (the test clock is 2026-11-29). */
export const sampleCourse = {
  name: '养老护理员（五级）周末班',
  occupationCode: '4-10-01-05',
  level: 5,
  hours: 36,
  capacity: 30,
  priceFen: 150_000,
  regionCode: '330302',
  sessions: [
    { date: '2026-12-20', from: '09:00', to: '15:00', place: '鹿城区五马街道社区学校' },
    { date: '2026-12-19', from: '09:00', to: '15:00', place: '鹿城区五马街道社区学校' },
    { date: '2026-12-26', from: '09:00', to: '15:00', place: '鹿城区五马街道社区学校' },
  ],
} as const satisfies NewCourse

let published = 0

/** An institution publishes a course (the sample, changed by `overrides`) through the API. */
export async function publishCourse(t: TestContext, token: string, overrides: Partial<NewCourse> = {}, key = `course-publish-${String((published += 1)).padStart(4, "0")}`): Promise<Course> {
  return expectOk(await t.call('POST', '/api/training/institution/courses', { token, idempotencyKey: key, body: { ...sampleCourse, ...overrides } }), Course, 201)
}

let asked = 0

export function enrolIn(t: TestContext, token: string, courseId: string, voucherId: string, key = `enrol-request-${String((asked += 1)).padStart(4, "0")}`): Promise<Response> {
  return t.call('POST', `/api/training/courses/${courseId}/enrolments`, { token, idempotencyKey: key, body: { voucherId } })
}

export async function enrolled(t: TestContext, token: string, courseId: string, voucherId: string, key?: string): Promise<Enrolment> {
  return expectOk(await enrolIn(t, token, courseId, voucherId, key), Enrolment, 201)
}

export function decide(t: TestContext, token: string, enrolmentId: string, decision: { decision: 'confirm' } | { decision: 'decline'; reason: string }): Promise<Response> {
  return t.call('POST', `/api/training/institution/enrolments/${enrolmentId}/decision`, { token, body: decision })
}

export async function confirmed(t: TestContext, token: string, enrolmentId: string): Promise<RosterEntry> {
  return expectOk(await decide(t, token, enrolmentId, { decision: 'confirm' }), RosterEntry)
}

export function cancel(t: TestContext, token: string, enrolmentId: string): Promise<Response> {
  return t.call('POST', `/api/training/enrolments/${enrolmentId}/cancel`, { token })
}

export async function rosterOf(t: TestContext, token: string, courseId: string): Promise<Roster> {
  return expectOk(await t.call('GET', `/api/training/institution/courses/${courseId}/roster`, { token }), Roster)
}

export async function courseRow(t: TestContext, id: string) {
  const [row] = await t.deps.db.read((q) => q.select().from(trainingCourses).where(eq(trainingCourses.id, id)))
  if (!row) throw new Error(`no course ${id}`)
  return row
}

export function enrolmentRows(t: TestContext) {
  return t.deps.db.read((q) => q.select().from(trainingEnrolments).orderBy(asc(trainingEnrolments.requestedAt), asc(trainingEnrolments.id)))
}

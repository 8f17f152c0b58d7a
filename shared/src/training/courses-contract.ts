import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { Course, CoursePage, CourseSearch, Enrolment, EnrolmentDecision, NewCourse, NewEnrolment, Roster, RosterEntry } from './courses'

const tags = ['training'] as const

/*
 * Courses and enrolment (decision 060): institutions keep their courses; a holder enrols with
 * her voucher; the institution confirms or declines, never past the course's capacity.
 */

const holder = { kind: 'session', roles: ['citizen'], realName: true } as const
const institution = { kind: 'session', roles: ['institution'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const createCourse = defineOperation({
  id: 'training.createCourse',
  method: 'post',
  path: '/training/institution/courses',
  summary: 'Publish a course of my institution: occupation and level, hours, sessions with their places, capacity and price',
  tags,
  access: institution,
  idempotent: true,
  successStatus: 201,
  body: NewCourse,
  response: Course,
})

export const listInstitutionCourses = defineOperation({
  id: 'training.listInstitutionCourses',
  method: 'get',
  path: '/training/institution/courses',
  summary: "My institution's courses, the next to start first",
  tags,
  access: institution,
  query: z.strictObject({ cursor: z.string().max(80).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) }),
  response: CoursePage,
})

export const getRoster = defineOperation({
  id: 'training.getRoster',
  method: 'get',
  path: '/training/institution/courses/:id/roster',
  summary: 'One course of my institution with its enrolments: requested ones to decide, confirmed ones on the roster',
  tags,
  access: institution,
  params: id,
  response: Roster,
})

export const decideEnrolment = defineOperation({
  id: 'training.decideEnrolment',
  method: 'post',
  path: '/training/institution/enrolments/:id/decision',
  summary: 'Confirm an enrolment in a course of my institution (the voucher is then spent on it, never past the capacity), or decline it with a reason',
  tags,
  access: institution,
  params: id,
  body: EnrolmentDecision,
  response: RosterEntry,
})

export const searchCourses = defineOperation({
  id: 'training.searchCourses',
  method: 'get',
  path: '/training/courses',
  summary: 'Open courses by occupation, district and first day; with my voucher, only those it can be spent on',
  tags,
  access: holder,
  query: CourseSearch,
  response: CoursePage,
})

export const enrol = defineOperation({
  id: 'training.enrol',
  method: 'post',
  path: '/training/courses/:id/enrolments',
  summary: 'Ask to enrol in a course with my voucher: the institution confirms; a retry returns the same request',
  tags,
  access: holder,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  params: id,
  body: NewEnrolment,
  response: Enrolment,
})

export const cancelEnrolment = defineOperation({
  id: 'training.cancelEnrolment',
  method: 'post',
  path: '/training/enrolments/:id/cancel',
  summary: 'Withdraw my enrolment before the first session: my voucher is mine to spend again',
  tags,
  access: holder,
  params: id,
  response: Enrolment,
})

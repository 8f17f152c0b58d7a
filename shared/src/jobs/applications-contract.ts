import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { Cursor, Page } from '../platform/primitives'
import {
  Applicant,
  ApplicationDecision,
  ApplicationStatus,
  AttendanceConfirmation,
  CheckInCode,
  CodeEntry,
  DayComplaintInput,
  MyApplication,
  PayAnswerInput,
  PayStatement,
  RatingInput,
} from './applications'

const tags = ['jobs'] as const

/*
 * From application to paid: a seeker applies (or grid staff for her under `jobs.assist`), the
 * employer of the post's organisation invites, hires or declines; on a day job the hired seeker
 * checks in and out with the code the employer shows, both settle the day's pay and rate each
 * other; unpaid day work becomes the wages module's own complaint.
 */

const seeker = { kind: 'session', roles: ['citizen'], proxyScope: 'jobs.assist' } as const
const employer = { kind: 'session', roles: ['employer'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const applyForJob = defineOperation({
  id: 'jobs.apply',
  method: 'post',
  path: '/jobs/posts/:id/applications',
  summary: 'Apply for an open job post, once; the employer sees me masked until it invites me',
  tags,
  access: { ...seeker, realName: true },
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  params: id,
  response: MyApplication,
})

export const listMyApplications = defineOperation({
  id: 'jobs.listMyApplications',
  method: 'get',
  path: '/jobs/applications/mine',
  summary: 'My applications, newest first, each with its status, its history and the days worked',
  tags,
  access: seeker,
  query: Cursor.strict(),
  response: Page(MyApplication),
})

export const listApplicants = defineOperation({
  id: 'jobs.listApplicants',
  method: 'get',
  path: '/jobs/posts/:id/applicants',
  summary: "Applicants of my organisation's post, newest first, or only those of one status: masked until invited, then with name and phone",
  tags,
  access: employer,
  params: id,
  query: Cursor.extend({ status: ApplicationStatus.optional() }).strict(),
  response: Page(Applicant),
})

export const decideApplication = defineOperation({
  id: 'jobs.decideApplication',
  method: 'post',
  path: '/jobs/applications/:id/decision',
  summary: 'Invite, hire (never beyond the headcount) or decline an applicant with a reason',
  tags,
  access: employer,
  params: id,
  body: ApplicationDecision,
  response: Applicant,
})

export const getCheckInCode = defineOperation({
  id: 'jobs.getCheckInCode',
  method: 'get',
  path: '/jobs/posts/:id/check-in-code',
  summary: "Today's rotating check-in code of my organisation's day job, to show at the site",
  tags,
  access: employer,
  params: id,
  response: CheckInCode,
})

export const checkIn = defineOperation({
  id: 'jobs.checkIn',
  method: 'post',
  path: '/jobs/applications/:id/check-in',
  summary: 'Check in at the site of the day job I was hired for, with the code the employer shows',
  tags,
  access: seeker,
  rateLimit: 'submission',
  params: id,
  body: CodeEntry,
  response: MyApplication,
})

export const checkOut = defineOperation({
  id: 'jobs.checkOut',
  method: 'post',
  path: '/jobs/applications/:id/check-out',
  summary: 'Check out of today’s work with the code the employer shows; the hours and the pay due are counted',
  tags,
  access: seeker,
  rateLimit: 'submission',
  params: id,
  body: CodeEntry,
  response: MyApplication,
})

export const confirmAttendance = defineOperation({
  id: 'jobs.confirmAttendance',
  method: 'post',
  path: '/jobs/applications/:id/attendance',
  summary: 'Confirm for a hired worker that she checked in or out now, when she cannot type the code',
  tags,
  access: employer,
  params: id,
  body: AttendanceConfirmation,
  response: Applicant,
})

export const statePay = defineOperation({
  id: 'jobs.statePay',
  method: 'post',
  path: '/jobs/attendance/:id/pay',
  summary: 'Say what my organisation paid for a day worked, once',
  tags,
  access: employer,
  params: id,
  body: PayStatement,
  response: Applicant,
})

export const answerPay = defineOperation({
  id: 'jobs.answerPay',
  method: 'post',
  path: '/jobs/attendance/:id/pay-answer',
  summary: 'Confirm or dispute what the employer says it paid for a day I worked, once',
  tags,
  access: seeker,
  params: id,
  body: PayAnswerInput,
  response: MyApplication,
})

export const rateEmployer = defineOperation({
  id: 'jobs.rateEmployer',
  method: 'post',
  path: '/jobs/applications/:id/employer-rating',
  summary: 'Rate the employer once, after the work',
  tags,
  access: seeker,
  params: id,
  body: RatingInput,
  response: MyApplication,
})

export const rateWorker = defineOperation({
  id: 'jobs.rateWorker',
  method: 'post',
  path: '/jobs/applications/:id/worker-rating',
  summary: 'Rate the worker once, after the work',
  tags,
  access: employer,
  params: id,
  body: RatingInput,
  response: Applicant,
})

export const openDayWageComplaint = defineOperation({
  id: 'jobs.openWageComplaint',
  method: 'post',
  path: '/jobs/attendance/:id/wage-complaint',
  summary: 'Open an unpaid-wage complaint about a day worked, prefilled from the job; one per day',
  tags,
  // It files the wages module's complaint, so it is admitted as filing one is.
  access: { kind: 'session', roles: ['citizen'], proxyScope: 'wages.file', realName: true },
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  params: id,
  body: DayComplaintInput,
  response: MyApplication,
})

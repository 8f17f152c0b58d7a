import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { Attendance, InstitutionFlags, MyEnrolment, NewCheckIn, SessionCode, Suspension, SupervisedInstitution, SupervisionOverview } from './attendance'

const tags = ['training'] as const

/*
 * Attendance and supervision (decision 061): the institution's screen shows a session's rotating
 * code, the trainee checks in with it from her own phone, and the region's officers see what
 * was flagged and can suspend an institution.
 */

const holder = { kind: 'session', roles: ['citizen'], realName: true } as const
const institution = { kind: 'session', roles: ['institution'] } as const
const officer = { kind: 'session', roles: ['officer'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const getSessionCode = defineOperation({
  id: 'training.getSessionCode',
  method: 'get',
  path: '/training/institution/sessions/:id/code',
  summary: "The check-in code of a session of my institution's course, as digits and a QR code, and until when it holds: shown on the institution's own screen around the session's hours",
  tags,
  access: institution,
  params: id,
  response: SessionCode,
})

export const getMyEnrolment = defineOperation({
  id: 'training.getMyEnrolment',
  method: 'get',
  path: '/training/enrolments/:id',
  summary: 'One enrolment of mine with its course, every session, when check-in opens for each and whether I checked in',
  tags,
  access: holder,
  params: id,
  response: MyEnrolment,
})

export const checkIn = defineOperation({
  id: 'training.checkIn',
  method: 'post',
  path: '/training/sessions/:id/check-ins',
  summary: "Check in to a session of a course I am confirmed on, with the code on the institution's screen, from my own device, inside the session's window; a second check-in returns the first",
  tags,
  access: holder,
  rateLimit: 'submission',
  successStatus: 201,
  params: id,
  body: NewCheckIn,
  response: Attendance,
})

export const getSupervision = defineOperation({
  id: 'training.getSupervision',
  method: 'get',
  path: '/training/supervision',
  summary: 'The training institutions of my region with their status and how many check-ins and trainees were flagged, by kind',
  tags,
  access: officer,
  response: SupervisionOverview,
})

export const listInstitutionFlags = defineOperation({
  id: 'training.listInstitutionFlags',
  method: 'get',
  path: '/training/supervision/institutions/:id/flags',
  summary: 'The flags of one institution of my region, newest first, the trainees masked',
  tags,
  access: officer,
  params: id,
  query: z.strictObject({ cursor: z.string().max(80).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) }),
  response: InstitutionFlags,
})

export const suspendInstitution = defineOperation({
  id: 'training.suspendInstitution',
  method: 'post',
  path: '/training/supervision/institutions/:id/suspend',
  summary: 'Suspend an institution of my region, with a reason: it cannot publish courses, confirm enrolments or show check-in codes, and its courses leave the search, until reinstated',
  tags,
  access: officer,
  params: id,
  body: Suspension,
  response: SupervisedInstitution,
})

export const reinstateInstitution = defineOperation({
  id: 'training.reinstateInstitution',
  method: 'post',
  path: '/training/supervision/institutions/:id/reinstate',
  summary: 'Lift the suspension of an institution of my region',
  tags,
  access: officer,
  params: id,
  response: SupervisedInstitution,
})

import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { VerificationCode } from '../records/schemas'
import { AssessableCoursePage, AssessmentCourse, Candidate, NewAssessment, SkillsRecord, SkillsSummary, SkillsSummaryVerification } from './assessment'

const tags = ['training'] as const

/*
 * Skill assessment and the skills record (decision 061): an assessment body of the region
 * records results; the trainee's record gathers her courses and certificates and can be shared
 * as a summary anyone checks by its code.
 */

const holder = { kind: 'session', roles: ['citizen'], realName: true } as const
const assessor = { kind: 'session', roles: ['assessor'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const listAssessableCourses = defineOperation({
  id: 'training.listAssessableCourses',
  method: 'get',
  path: '/training/assessor/courses',
  summary: 'Courses of my region that have started and have confirmed trainees, the latest to start first, with how many still wait for a result',
  tags,
  access: assessor,
  query: z.strictObject({ cursor: z.string().max(80).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) }),
  response: AssessableCoursePage,
})

export const getAssessmentCourse = defineOperation({
  id: 'training.getAssessmentCourse',
  method: 'get',
  path: '/training/assessor/courses/:id',
  summary: 'One course of my region with its confirmed trainees, masked, their attendance and any result',
  tags,
  access: assessor,
  params: id,
  response: AssessmentCourse,
})

export const recordAssessment = defineOperation({
  id: 'training.recordAssessment',
  method: 'post',
  path: '/training/assessor/enrolments/:id/result',
  summary: "Record a trainee's result for her course's occupation and level, once: a pass with its certificate number puts the certificate into her skills record",
  tags,
  access: assessor,
  params: id,
  body: NewAssessment,
  response: Candidate,
})

export const getSkillsRecord = defineOperation({
  id: 'training.getSkillsRecord',
  method: 'get',
  path: '/training/skills-record',
  summary: 'My lifelong skills record: my certificates and every course I was confirmed on, with attendance and results',
  tags,
  access: holder,
  response: SkillsRecord,
})

export const shareSkillsRecord = defineOperation({
  id: 'training.shareSkillsRecord',
  method: 'post',
  path: '/training/skills-record/summaries',
  summary: 'Make a summary of my skills record to hand to an employer: frozen as it is now, with a verification code and QR code, valid for 90 days',
  tags,
  access: holder,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  response: SkillsSummary,
})

export const verifySkillsSummary = defineOperation({
  id: 'training.verifySkillsSummary',
  method: 'get',
  path: '/verify/skills/:code',
  summary: 'Public check of a skills record summary by its verification code (no login; rate limited)',
  tags,
  access: { kind: 'public' },
  rateLimit: 'verification',
  params: z.strictObject({ code: VerificationCode }),
  response: SkillsSummaryVerification,
})

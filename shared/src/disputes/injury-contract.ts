import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { CreditCode } from '../wages/schemas'
import { AccidentReport, InjuryCase, InjuryList, InjuryQueueQuery, MyInjuries, NewAccidentReport, NewInjuryApplication, NewRelativeInjuryApplication, PreventionScore } from './injury-cases'
import { InjuryAction } from './schemas'

/*
 * Work-injury recognition online (issue 15, part 3; decision 071). The worker's side reports the
 * accident and, once the employer's 30 days have passed without its application, applies; the
 * employer applies from a report naming it or for a worker it names; the county's social-insurance
 * office decides; its supervisors sit as the labour-capacity assessment committee.
 */

const tags = ['disputes'] as const
const workerSide = { kind: 'session', roles: ['citizen'], proxyScope: 'disputes.file', realName: true } as const
const everyone = { kind: 'session', roles: ['citizen', 'employer', 'officer', 'supervisor'], proxyScope: 'disputes.file' } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const reportAccident = defineOperation({
  id: 'disputes.reportAccident',
  method: 'post',
  path: '/disputes/injury-reports',
  summary: 'Report an accident at work (or an occupational disease): the employer named is told it must apply for recognition within 30 days; the answer says until when each side may apply',
  tags,
  access: workerSide,
  idempotent: true,
  successStatus: 201,
  body: NewAccidentReport,
  response: AccidentReport,
})

export const listMyInjuries = defineOperation({
  id: 'disputes.listMyInjuries',
  method: 'get',
  path: '/disputes/injuries',
  summary: 'My accident reports and work-injury cases: as the worker (or grid staff for her), or as the employer named, with each report’s window to apply',
  tags,
  access: { kind: 'session', roles: ['citizen', 'employer'], proxyScope: 'disputes.file' },
  response: MyInjuries,
})

export const applyForInjury = defineOperation({
  id: 'disputes.applyForInjury',
  method: 'post',
  path: '/disputes/injuries',
  summary: 'Apply for recognition of a work injury: the worker’s side from her report once the employer’s 30 days have passed (within a year), the employer within 30 days; refused with the days when the window is not open',
  tags,
  // No real-name gate here: an employer's account binds none. The service asks it of the worker's side.
  access: { kind: 'session', roles: ['citizen', 'employer'], proxyScope: 'disputes.file' },
  idempotent: true,
  successStatus: 201,
  body: NewInjuryApplication,
  response: InjuryCase,
})

export const applyForRelativeInjury = defineOperation({
  id: 'disputes.applyForRelativeInjury',
  method: 'post',
  path: '/disputes/injuries/by-relative',
  summary: 'Apply, as a close relative, for recognition of the work injury of a worker named by name and ID number, once the employer’s 30 days have passed (within a year), with proof of the relationship and the diagnosis; the same accident applied for twice answers with the first case',
  tags,
  // Her own act, never by proxy: the relationship is hers to prove.
  access: { kind: 'session', roles: ['citizen'], realName: true },
  idempotent: true,
  successStatus: 201,
  body: NewRelativeInjuryApplication,
  response: InjuryCase,
})

export const getInjury = defineOperation({
  id: 'disputes.getInjury',
  method: 'get',
  path: '/disputes/injuries/:id',
  summary: 'One work-injury case, to the worker’s side, the employer and the county’s office and committee: steps with their time limits, documents asked for, decision, assessment, and what the caller may do now',
  tags,
  access: everyone,
  params: id,
  response: InjuryCase,
})

export const actOnInjury = defineOperation({
  id: 'disputes.actOnInjury',
  method: 'post',
  path: '/disputes/injuries/:id/actions',
  summary: 'An act on a work-injury case by the side whose act it is: ask once for what is missing, supply it, accept or refuse, find the facts clear, decide, ask for and make the assessment (the committee), ask for its review, withdraw',
  tags,
  access: everyone,
  idempotent: true,
  params: id,
  body: InjuryAction,
  response: InjuryCase,
})

export const listInjuryQueue = defineOperation({
  id: 'disputes.listInjuryQueue',
  method: 'get',
  path: '/disputes/injury-queue',
  summary: 'My county’s work-injury cases, the overdue first, then by the next step’s day',
  tags,
  access: { kind: 'session', roles: ['officer', 'supervisor'] },
  query: InjuryQueueQuery,
  response: InjuryList,
})

export const getPreventionScore = defineOperation({
  id: 'disputes.getPreventionScore',
  method: 'get',
  path: '/disputes/prevention/:creditCode',
  summary: 'An employer’s work-safety index for the officers of its county: injuries per 100 insured workers, open injury cases, payroll alerts, arbitration awards against it, each with its counts and what it takes off the score',
  tags,
  access: { kind: 'session', roles: ['officer', 'supervisor'] },
  params: z.strictObject({ creditCode: CreditCode }),
  response: PreventionScore,
})

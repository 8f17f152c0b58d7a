import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { FlexibleEnrolment, FlexibleEnrolmentInput, FlexiblePayment, MyFlexibleInsurance, StartedPayment } from './insurance'

const tags = ['jobs'] as const

/*
 * A flexible worker's basic pension, paid by the worker: enrol, choose a base and a period, pay
 * each period, and see the paid months in the contribution records. Paying moves the worker's
 * own money, so it is done by the worker: grid staff may look, not pay.
 */

const worker = { kind: 'session', roles: ['citizen'], realName: true } as const
const workerOrHelper = { kind: 'session', roles: ['citizen'], proxyScope: 'jobs.assist', realName: true } as const

export const getMyFlexibleInsurance = defineOperation({
  id: 'jobs.getMyFlexibleInsurance',
  method: 'get',
  path: '/jobs/insurance',
  summary: "My enrolment as a flexible worker, this year's base limits, what the next payment covers and costs, and my payments",
  tags,
  access: workerOrHelper,
  response: MyFlexibleInsurance,
})

export const enrolFlexible = defineOperation({
  id: 'jobs.enrolFlexible',
  method: 'put',
  path: '/jobs/insurance',
  summary: 'Enrol in basic pension as a flexible worker, or change the base, the period or medical insurance from the next payment',
  tags,
  access: worker,
  body: FlexibleEnrolmentInput,
  response: FlexibleEnrolment,
})

export const startFlexiblePayment = defineOperation({
  id: 'jobs.startFlexiblePayment',
  method: 'post',
  path: '/jobs/insurance/payments',
  summary: 'Start paying the next period: one payment per period, a retry returns the same one',
  tags,
  access: worker,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  response: StartedPayment,
})

export const getFlexiblePayment = defineOperation({
  id: 'jobs.getFlexiblePayment',
  method: 'get',
  path: '/jobs/insurance/payments/:id',
  summary: 'One of my payments; a pending one is asked of the payment channel, so a lost notification does not leave it pending',
  tags,
  access: worker,
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  response: FlexiblePayment,
})

import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { Cursor } from '../platform/primitives'
import { CallbackList, MarkedCalled, MyMatchesPage, NearMePage } from './matches'

const tags = ['jobs'] as const

/*
 * The seeker's ranked matches and the jobs near her home (hers, or grid staff's for her under a
 * `jobs.assist` grant), and the grid staff's own call-back list of the people they help.
 */

const seeker = { kind: 'session', roles: ['citizen'], proxyScope: 'jobs.assist' } as const
const gridStaff = { kind: 'session', roles: ['grid_staff'] } as const

export const listMyMatches = defineOperation({
  id: 'jobs.listMyMatches',
  method: 'get',
  path: '/jobs/me/matches',
  summary: 'Open jobs that match my profile, best first, each with its score and reasons',
  tags,
  access: seeker,
  query: Cursor.strict(),
  response: MyMatchesPage,
})

export const listNearMe = defineOperation({
  id: 'jobs.listNearMe',
  method: 'get',
  path: '/jobs/me/near',
  summary: 'Open jobs within my travel distance of home, nearest first',
  tags,
  access: seeker,
  query: Cursor.strict(),
  response: NearMePage,
})

export const listCallbacks = defineOperation({
  id: 'jobs.listCallbacks',
  method: 'get',
  path: '/jobs/assist/callbacks',
  summary: 'People I help under a jobs.assist grant with matches sent since I last called them, who has waited longest first',
  tags,
  access: gridStaff,
  response: CallbackList,
})

export const markCalled = defineOperation({
  id: 'jobs.markCalled',
  method: 'post',
  path: '/jobs/assist/callbacks/:grantId/called',
  summary: 'Mark the person of one of my jobs.assist grants called (已回访): her matches so far leave my call-back list',
  tags,
  access: gridStaff,
  params: z.strictObject({ grantId: z.string().min(1).max(64) }),
  response: MarkedCalled,
})

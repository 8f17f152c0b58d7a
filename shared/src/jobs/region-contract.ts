import { defineOperation } from '../platform/operation'
import { JobsRegionStats } from './region'

export const getJobsRegionStats = defineOperation({
  id: 'jobs.getRegionStats',
  method: 'get',
  path: '/jobs/region/stats',
  summary: "Flexible employment in my region: seekers, posts waiting, matches, hires and time to hire, flexible enrolments, hires by week",
  tags: ['jobs'],
  access: { kind: 'session', roles: ['officer', 'supervisor'] },
  response: JobsRegionStats,
})

import { defineOperation } from '../platform/operation'
import { MySeekerProfile, MySeekerProfileAnswer, RecommendationConsent } from './profile'
import { SeekerProfile } from './schemas'

const tags = ['jobs'] as const

/**
 * The job seeker, or grid staff acting for them under a `jobs.assist` grant: someone without a
 * phone of their own can still be registered, and every act shows in their access log.
 */
const seeker = { kind: 'session', roles: ['citizen'], proxyScope: 'jobs.assist' } as const

export const getMySeekerProfile = defineOperation({
  id: 'jobs.getMyProfile',
  method: 'get',
  path: '/jobs/me/profile',
  summary: 'My job-seeker profile, or null before I first save one',
  tags,
  access: seeker,
  response: MySeekerProfileAnswer,
})

export const putMySeekerProfile = defineOperation({
  id: 'jobs.putMyProfile',
  method: 'put',
  path: '/jobs/me/profile',
  summary: 'Save my job-seeker profile whole; saving the same profile again changes nothing but its time',
  tags,
  access: seeker,
  body: SeekerProfile.strict(),
  response: MySeekerProfile,
})

export const setRecommendationConsent = defineOperation({
  id: 'jobs.setRecommendationConsent',
  method: 'put',
  path: '/jobs/me/profile/recommendation',
  summary: 'Give or withdraw consent to be recommended to employers; withdrawing hides the profile at once',
  tags,
  access: seeker,
  body: RecommendationConsent,
  response: MySeekerProfile,
})

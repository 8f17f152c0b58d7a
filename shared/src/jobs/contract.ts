import { defineOperation } from '../platform/operation'
import { MySeekerProfile, MySeekerProfileAnswer, RecommendationConsent } from './profile'
import { SeekerProfile } from './schemas'

const tags = ['jobs'] as const

/**
 * The job seeker, for their own profile only. Grid staff cannot act for them yet: the
 * `jobs.assist` proxy scope is not defined, and an operation that names no scope cannot be done
 * by proxy at all.
 */
const seeker = { kind: 'session', roles: ['citizen'] } as const

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

import type { JobPostInput } from '@renshe/shared/jobs/posts'
import type { SeekerProfile } from '@renshe/shared/jobs/schemas'
import type { Sample } from './operation-samples'

const unknownPost = 'zzzzzzzzzzzzzzzzzzzzzzzzzz'

/**
 * A cashier in Lucheng who can work weekday mornings and Saturday afternoons. The community and
 * the point on the map are what the database must never hold in clear.
 */
export const sampleSeekerProfile = {
  occupations: ['4-01-02-04', '4-01-02-03'],
  skills: ['pos_terminal', 'mandarin'],
  certificates: ['health_certificate'],
  home: { community: '松台街道水心社区', regionCode: '330302', lat: 28.013_742, lng: 120.641_385 },
  travelKm: 8.5,
  availability: [
    { day: 1, from: '08:00', to: '12:00' },
    { day: 3, from: '08:00', to: '12:00' },
    { day: 6, from: '13:30', to: '18:00' },
  ],
  expectedPay: { amountFen: 2_500, unit: 'hour' },
} as const satisfies SeekerProfile

/**
 * A cashier's job in Lucheng, weekday mornings, paid above the (placeholder) hourly minimum of
 * 22 yuan there, starting after the tests' first day (2026-11-29).
 */
export const sampleJobPost = {
  title: '超市收银员（早班）',
  occupation: '4-01-02-04',
  skills: ['pos_terminal'],
  certificates: ['health_certificate'],
  kind: 'part_time',
  place: { community: '五马街道墨池社区', regionCode: '330302', lat: 28.021_5, lng: 120.652_25 },
  pay: { amountFen: 2_500, unit: 'hour' },
  headcount: 2,
  shifts: {
    kind: 'weekly',
    times: [
      { day: 1, from: '08:00', to: '12:00' },
      { day: 3, from: '08:00', to: '12:00' },
    ],
  },
  startDate: '2026-12-07',
  endDate: '2027-02-28',
  description: '负责收银和整理货架，男女不限，无押金。',
} as const satisfies JobPostInput

/** Samples of the job seeker's profile and the job post operations of `jobs`. */
export const jobsSamples: Readonly<Record<string, Sample>> = {
  'jobs.getMyProfile': {},
  'jobs.putMyProfile': { body: sampleSeekerProfile },
  'jobs.setRecommendationConsent': { body: { recommendable: true } },
  'jobs.createPost': { body: sampleJobPost },
  'jobs.listMyPosts': { query: { limit: '10' } },
  'jobs.listPostsToReview': { query: { limit: '10' } },
  'jobs.decidePost': { params: { id: unknownPost }, body: { decision: 'approve' } },
  'jobs.closePost': { params: { id: unknownPost } },
  'jobs.getMyPost': { params: { id: unknownPost } },
  'jobs.resubmitPost': { params: { id: unknownPost }, body: { revision: 1, post: sampleJobPost } },
  'jobs.getRegionStats': {},
  'jobs.listOpenPosts': { query: { limit: '10', q: '收银', kind: 'part_time' } },
  'jobs.listMyMatches': { query: { limit: '10' } },
  'jobs.listNearMe': { query: { limit: '10' } },
  'jobs.listCallbacks': {},
  'jobs.markCalled': { params: { grantId: unknownPost } },
}

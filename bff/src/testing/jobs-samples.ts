import type { SeekerProfile } from '@renshe/shared/jobs/schemas'
import type { Sample } from './operation-samples'

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

/** Samples of the job seeker's profile operations of `jobs`. */
export const jobsSamples: Readonly<Record<string, Sample>> = {
  'jobs.getMyProfile': {},
  'jobs.putMyProfile': { body: sampleSeekerProfile },
  'jobs.setRecommendationConsent': { body: { recommendable: true } },
}

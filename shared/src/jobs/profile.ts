import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { SkillCertificate } from '../training/certificate'
import { SeekerProfile } from './schemas'

/**
 * The seeker's profile as they see it. `recommendable` is the separate consent to be shown to
 * employers (PIPL art. 14 and 23: a purpose of its own, given and withdrawn on its own); without
 * it the profile is kept for the seeker's own searches and shown to no one.
 */
export const MySeekerProfile = z.object({
  profile: SeekerProfile,
  recommendable: z.boolean(),
  /** When the seeker last gave or withdrew the consent to be recommended; null if never asked. */
  consentAt: Timestamp.nullable(),
  updatedAt: Timestamp,
  /** Certificates assessment bodies recorded for the seeker through the portal (decision 061): shown, never typed in. */
  skillCertificates: z.array(SkillCertificate),
})
export type MySeekerProfile = z.infer<typeof MySeekerProfile>

/** Null until the seeker first saves a profile: having none is an ordinary state, not an error. */
export const MySeekerProfileAnswer = z.object({ seeker: MySeekerProfile.nullable() })
export type MySeekerProfileAnswer = z.infer<typeof MySeekerProfileAnswer>

export const RecommendationConsent = z.strictObject({
  /** True gives the consent; false withdraws it, and the profile is hidden from employers at once. */
  recommendable: z.boolean({ message: 'field.choose' }),
})
export type RecommendationConsent = z.infer<typeof RecommendationConsent>

import { z } from 'zod'
import { RegionCode } from '../identity/roles'
import { IsoDate } from '../wages/schemas'

/** How many weeks of hires the officer's chart shows, this week last. */
export const weeksOfHires = 8

const Count = z.number().int().nonnegative()

/**
 * Flexible employment in an official's region at a glance: who is looking, what waits for
 * moderation, what the matching sent, who was hired and how fast, who insures themselves as a
 * flexible worker, and the hires of each recent week (Monday to Sunday, China time).
 */
export const JobsRegionStats = z.object({
  regionCode: RegionCode,
  /** Seeker profiles whose home is in the region, and those of them who agreed to be recommended. */
  seekers: Count,
  recommendable: Count,
  /** Posts waiting for an officer (held ones among them), open, and stopped by their employer. */
  postsWaiting: Count,
  postsHeld: Count,
  postsOpen: Count,
  postsClosed: Count,
  /** New matches sent to seekers for the region's posts. */
  matchesSent: Count,
  /** Applications to the region's posts; withdrawn ones are not counted (decision 058). */
  applications: Count,
  hires: Count,
  /** Calendar days from application to hire, over the hires of the weeks charted; null without any. */
  medianDaysToHire: z.number().nonnegative().nullable(),
  flexibleEnrolments: Count,
  /** Flexible workers' social-insurance subsidies of the region (decision 054): applications by status, and those paid out with their total in fen. */
  subsidies: z.object({ pending: Count, approved: Count, declined: Count, paidOut: Count, paidOutFen: Count }),
  weeklyHires: z.array(z.object({ weekStart: IsoDate, hires: Count })).length(weeksOfHires),
})
export type JobsRegionStats = z.infer<typeof JobsRegionStats>

import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { OpenJob } from './posts'
import { MatchReason } from './schemas'

// The shapes of "my matches", "near me" and the grid staff's call-back list. The operations are
// in matches-contract.ts; how the lists are found fast is in docs/decisions/048-matches-near-home.md.

/** One open post in the seeker's ranked list: its score, its reasons as data (worded by `reasonText`), and the job. */
export const MatchedJob = z.object({
  /** 0 to 100; how it is made is in docs/decisions/044-job-matching-weights.md. */
  score: z.number().int().min(0).max(100),
  /** Straight-line distance from the seeker's home, to the metre. */
  distanceKm: z.number().nonnegative(),
  reasons: z.array(MatchReason),
  job: OpenJob,
})
export type MatchedJob = z.infer<typeof MatchedJob>

/** One open post within the seeker's travel distance of home. */
export const NearbyJob = z.object({ distanceKm: z.number().nonnegative(), job: OpenJob })
export type NearbyJob = z.infer<typeof NearbyJob>

/**
 * A page of a seeker's list. Having no profile yet is an ordinary state, not an error:
 * `hasProfile` is false and the list is empty until she saves one.
 */
const listPage = <T extends z.ZodType>(item: T) => z.object({ hasProfile: z.boolean(), items: z.array(item), nextCursor: z.string().nullable() })

export const MyMatchesPage = listPage(MatchedJob)
export type MyMatchesPage = z.infer<typeof MyMatchesPage>

export const NearMePage = listPage(NearbyJob)
export type NearMePage = z.infer<typeof NearMePage>

/**
 * A person a grid staff member helps under a `jobs.assist` grant who has matches sent since the
 * staff member last marked her called ("已回访"). Named only as much as the list of clients
 * names her: enough to tell people apart, never in full.
 */
export const CallbackPerson = z.object({
  grantId: z.string(),
  maskedName: z.string(),
  idNumberHint: z.string(),
  /** Matches sent to her since the last call (or ever, before the first). */
  newMatches: z.number().int().positive(),
  /** The best score among them. */
  bestScore: z.number().int().min(0).max(100),
  /** When the first of them was sent: the list is in this order, who has waited longest first. */
  waitingSince: Timestamp,
  lastCalledAt: Timestamp.nullable(),
})
export type CallbackPerson = z.infer<typeof CallbackPerson>

export const CallbackList = z.object({ people: z.array(CallbackPerson) })
export type CallbackList = z.infer<typeof CallbackList>

export const MarkedCalled = z.object({ grantId: z.string(), calledAt: Timestamp })
export type MarkedCalled = z.infer<typeof MarkedCalled>

/**
 * How new matches reach the inbox. Chosen values of the portal, not rules of law: change them
 * here (and in decision 048).
 */
export const matchNoticeRules = {
  /** A new post is sent to a seeker only when it scores at least this (of 100). */
  minimumScore: 60,
  /** The first run looks back this many days for approved posts; later runs start where the last began. */
  firstRunLookbackDays: 7,
} as const

import { z } from 'zod'
import { Timestamp } from '../platform/primitives'
import { HoldReason } from './moderation'
import { JobPost } from './schemas'

// The shapes of job posts: what an employer writes, what the poster and officers see, what
// everyone sees once open, and an officer's decision. The operations are in posts-contract.ts.

/**
 * `in_review`: waiting for an officer. `held`: the rules found a reason to stop it (the poster
 * sees why); an officer may still approve it with a note, or decline it. `open`: approved and
 * listed. `declined`: refused by an officer, with the reason. `closed`: the employer stopped
 * taking applications (filled, or no longer needed): out of the open list and of matching, while
 * those already hired keep their days.
 */
export const JobPostStatus = z.enum(['in_review', 'held', 'open', 'declined', 'closed'])

/** A post its employer may still close: not yet decided, or open. */
export const closablePostStatuses: readonly JobPostStatus[] = ['in_review', 'held', 'open']
export type JobPostStatus = z.infer<typeof JobPostStatus>

const { id: _id, ...postShape } = JobPost.shape

/**
 * What the employer writes: the post without its id (the portal gives one), and a free-text
 * description. The date rules of `JobPost` are checked here too, by `JobPost` itself.
 */
export const JobPostInput = z
  .strictObject({
    ...postShape,
    description: z.string().trim().max(1000, { message: 'field.tooLong' }),
  })
  .superRefine(({ description: _description, ...post }, ctx) => {
    const checked = JobPost.safeParse({ ...post, id: 'new' })
    for (const issue of checked.error?.issues ?? []) {
      if (issue.code === 'custom') ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
  })
export type JobPostInput = z.infer<typeof JobPostInput>

/** One reason a post is held, with its words in the reader's language. */
export const HeldBecause = z.object({ reason: HoldReason, text: z.string() })
export type HeldBecause = z.infer<typeof HeldBecause>

/** A post as its poster and the officers of its region see it. */
export const PostedJob = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  status: JobPostStatus,
  post: JobPostInput,
  holdReasons: z.array(HeldBecause),
  decisionNote: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type PostedJob = z.infer<typeof PostedJob>

/** An open post as anyone logged in sees it: the job and who offers it, nothing of its review. */
export const OpenJob = z.object({ id: z.string(), organisationName: z.string(), post: JobPostInput, openedAt: Timestamp })
export type OpenJob = z.infer<typeof OpenJob>

/** The longest note or reason an officer writes on a decision. */
export const decisionNoteMaxLength = 500

const note = z.string().trim().min(1, { message: 'field.required' }).max(decisionNoteMaxLength, { message: 'field.tooLong' })

/**
 * Approve (a held post only with a note saying why the hold is overridden) or decline with a
 * reason the poster will read.
 */
export const PostDecision = z.discriminatedUnion(
  'decision',
  [z.strictObject({ decision: z.literal('approve'), note: note.optional() }), z.strictObject({ decision: z.literal('decline'), note })],
  { message: 'field.choose' },
)
export type PostDecision = z.infer<typeof PostDecision>

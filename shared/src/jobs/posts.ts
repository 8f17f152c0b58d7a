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

/**
 * A post its own poster may still change and send again: held by the rules, declined by an
 * officer, or waiting for one. An open post is closed and posted anew instead, so that no one
 * applies to a job that then changes under them.
 */
export const EditablePostStatus = z.enum(['in_review', 'held', 'declined'])
export type EditablePostStatus = z.infer<typeof EditablePostStatus>
export const editablePostStatuses: readonly EditablePostStatus[] = EditablePostStatus.options

export function isEditablePostStatus(status: JobPostStatus): status is EditablePostStatus {
  return (editablePostStatuses as readonly JobPostStatus[]).includes(status)
}

/**
 * One earlier round of a post that was changed and sent again: how it stood then, with the rules'
 * reasons and the officer's note, as stored.
 */
export const PostRound = z.object({
  status: EditablePostStatus,
  holdReasons: z.array(HoldReason),
  decisionNote: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  resubmittedAt: Timestamp,
})
export type PostRound = z.infer<typeof PostRound>

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

/** An earlier round as it is read: the rules' reasons in the reader's language. */
export const EarlierRound = PostRound.extend({ holdReasons: z.array(HeldBecause) })
export type EarlierRound = z.infer<typeof EarlierRound>

/**
 * A post as its poster and the officers of its region see it. `revision` counts the times it
 * was sent (1 when first posted); a change names the revision it was made on, so a change made on
 * a stale copy is refused. `earlierRounds`, oldest first, are how it stood before each resubmission.
 */
export const PostedJob = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  status: JobPostStatus,
  post: JobPostInput,
  holdReasons: z.array(HeldBecause),
  decisionNote: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  revision: z.number().int().min(1),
  earlierRounds: z.array(EarlierRound),
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

/** The revision of the post the officer read: a post its poster changed since is not decided on a stale copy. */
const seenRevision = z.number().int().min(1).max(1_000_000).optional()

/**
 * Approve (a held post only with a note saying why the hold is overridden) or decline with a
 * reason the poster will read.
 */
export const PostDecision = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({ decision: z.literal('approve'), note: note.optional(), revision: seenRevision }),
    z.strictObject({ decision: z.literal('decline'), note, revision: seenRevision }),
  ],
  { message: 'field.choose' },
)
export type PostDecision = z.infer<typeof PostDecision>

/** A held, declined or waiting post, changed by its poster: the whole post again, and the revision it was changed on. */
export const PostResubmission = z.strictObject({
  revision: z.number().int().min(1).max(1_000_000),
  post: JobPostInput,
})
export type PostResubmission = z.infer<typeof PostResubmission>

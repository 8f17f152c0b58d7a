import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { Cursor, Page } from '../platform/primitives'
import { PostSearchText } from './post-search'
import { JobPostInput, OpenJob, PostDecision, PostedJob, PostResubmission } from './posts'
import { JobKind } from './schemas'

const tags = ['jobs'] as const

/*
 * Job posts: an employer posts for its organisation, the rules hold what breaks them, an officer
 * of the post's region approves or declines each, and anyone logged in reads the open ones.
 */

const employer = { kind: 'session', roles: ['employer'] } as const
const reviewer = { kind: 'session', roles: ['officer'] } as const
const id = z.strictObject({ id: z.string().min(1).max(64) })

export const createPost = defineOperation({
  id: 'jobs.createPost',
  method: 'post',
  path: '/jobs/posts',
  summary: 'Post a job for my organisation; the rules hold it with reasons, or it waits for an officer',
  tags,
  access: employer,
  idempotent: true,
  rateLimit: 'submission',
  successStatus: 201,
  body: JobPostInput,
  response: PostedJob,
})

export const listMyPosts = defineOperation({
  id: 'jobs.listMyPosts',
  method: 'get',
  path: '/jobs/posts/mine',
  summary: "My organisation's job posts, newest first, with their status and why any is held",
  tags,
  access: employer,
  query: Cursor.strict(),
  response: Page(PostedJob),
})

export const getMyPost = defineOperation({
  id: 'jobs.getMyPost',
  method: 'get',
  path: '/jobs/posts/mine/:id',
  summary: "One job post of my organisation, as the form to change it starts from",
  tags,
  access: employer,
  params: id,
  response: PostedJob,
})

export const resubmitPost = defineOperation({
  id: 'jobs.resubmitPost',
  method: 'post',
  path: '/jobs/posts/:id/resubmit',
  summary: 'Change a held, declined or waiting post of my organisation and send it again: the rules run again, and it waits for an officer; a stale revision is refused',
  tags,
  access: employer,
  idempotent: true,
  rateLimit: 'submission',
  params: id,
  body: PostResubmission,
  response: PostedJob,
})

export const listPostsToReview = defineOperation({
  id: 'jobs.listPostsToReview',
  method: 'get',
  path: '/jobs/posts/review',
  summary: "Job posts of the officer's region waiting for a decision, oldest first",
  tags,
  access: reviewer,
  query: Cursor.strict(),
  response: Page(PostedJob),
})

export const closePost = defineOperation({
  id: 'jobs.closePost',
  method: 'post',
  path: '/jobs/posts/:id/close',
  summary: 'Stop taking applications for a post of my organisation: it leaves the open list and matching; those hired keep their days',
  tags,
  access: employer,
  params: id,
  response: PostedJob,
})

export const decidePost = defineOperation({
  id: 'jobs.decidePost',
  method: 'post',
  path: '/jobs/posts/:id/decision',
  summary: 'Approve a job post of my region (a held one only with a note), or decline it with a reason',
  tags,
  access: reviewer,
  params: id,
  body: PostDecision,
  response: PostedJob,
})

export const listOpenPosts = defineOperation({
  id: 'jobs.listOpenPosts',
  method: 'get',
  path: '/jobs/posts',
  summary: 'Open job posts not past their end date, newest first; with `q`, those holding every word of it, best first (decision 053); with `kind`, only those of that kind, filtered and paged by the server',
  tags,
  access: { kind: 'session', roles: ['citizen', 'grid_staff', 'employer', 'institution', 'assessor', 'officer', 'supervisor', 'admin'] },
  query: Cursor.extend({ q: PostSearchText.optional(), kind: JobKind.optional() }).strict(),
  response: Page(OpenJob),
})

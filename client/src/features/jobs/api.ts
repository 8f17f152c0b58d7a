import {
  answerPay,
  applyForJob,
  checkIn,
  checkOut,
  confirmAttendance,
  decideApplication,
  getCheckInCode,
  listApplicants,
  listMyApplications,
  openDayWageComplaint,
  rateEmployer,
  rateWorker,
  statePay,
} from '@renshe/shared/jobs/applications-contract'
import type { ApplicationDecision, ApplicationStatus, DayComplaintInput, PayAnswer, RatingInput } from '@renshe/shared/jobs/applications'
import { putMySeekerProfile, setRecommendationConsent } from '@renshe/shared/jobs/contract'
import { listCallbacks, listMyMatches, listNearMe, markCalled } from '@renshe/shared/jobs/matches-contract'
import { getJobsRegionStats } from '@renshe/shared/jobs/region-contract'
import { listProxyClients } from '@renshe/shared/identity/contract'
import { closePost, decidePost, getMyPost, listMyPosts, listOpenPosts, listPostsToReview } from '@renshe/shared/jobs/posts-contract'
import type { PostDecision } from '@renshe/shared/jobs/posts'
import type { JobKind, SeekerProfile } from '@renshe/shared/jobs/schemas'
import { call } from '../../lib/api'

/** A list's first page, or the page after `cursor`: 30 at a time. */
const firstOr = (cursor: string | undefined) => (cursor ? { cursor, limit: 30 } : { limit: 30 })

// The seeker's own calls go under the acting grant when grid staff act for someone (`jobs.assist`),
// as every call does by default. Reading open posts, the employer's and the officer's work are
// the caller's own: sent as oneself even while acting.

export const saveProfile = (profile: SeekerProfile) => call(putMySeekerProfile, { body: profile })

export const setRecommendable = (recommendable: boolean) => call(setRecommendationConsent, { body: { recommendable } })

/** The open posts, or with `q` those holding every word of it, best first. */
/** A page of the open posts: those holding the words of `q` if any, of `kind` if one is chosen. */
export const loadOpenPosts = (cursor: string | undefined, q = '', kind?: JobKind) =>
  call(listOpenPosts, { query: { ...firstOr(cursor), ...(q ? { q } : {}), ...(kind ? { kind } : {}) } }, { actingFor: null })

export const loadMyPosts = (cursor: string | undefined) => call(listMyPosts, { query: firstOr(cursor) }, { actingFor: null })

export const loadPostsToReview = (cursor: string | undefined) => call(listPostsToReview, { query: firstOr(cursor) }, { actingFor: null })

export const loadMyPost = (postId: string) => call(getMyPost, { params: { id: postId } }, { actingFor: null })

export const stopRecruiting = (postId: string) => call(closePost, { params: { id: postId } }, { actingFor: null })

export const decide = (postId: string, decision: PostDecision) => call(decidePost, { params: { id: postId }, body: decision }, { actingFor: null })

// The seeker's matches, jobs near her, applying and her applications: hers, or hers through grid
// staff acting under a `jobs.assist` grant (the acting grant goes with the call).

export const loadMatches = (cursor: string | undefined) => call(listMyMatches, { query: firstOr(cursor) })

export const loadNearMe = (cursor: string | undefined) => call(listNearMe, { query: firstOr(cursor) })

/** One key per post and visit of the page: a retry after a lost answer is the same application. */
export const apply = (postId: string, idempotencyKey: string) => call(applyForJob, { params: { id: postId } }, { idempotencyKey })

export const loadMyApplications = (cursor: string | undefined) => call(listMyApplications, { query: firstOr(cursor) })

// The employer's own work on its posts' applicants: sent as oneself.

export const loadApplicants = (postId: string, status?: ApplicationStatus) => (cursor: string | undefined) =>
  call(listApplicants, { params: { id: postId }, query: { ...firstOr(cursor), ...(status ? { status } : {}) } }, { actingFor: null })

export const decideOnApplicant = (applicationId: string, decision: ApplicationDecision) =>
  call(decideApplication, { params: { id: applicationId }, body: decision }, { actingFor: null })

// A day job's days: the seeker checks in and out with the code the employer shows, answers what
// the employer says it paid, rates the employer, and may complain about a day unpaid. Grid staff
// acting for her send these under her grant.

export const attend = (applicationId: string, action: 'check_in' | 'check_out', code: string) =>
  call(action === 'check_in' ? checkIn : checkOut, { params: { id: applicationId }, body: { code } })

export const answerDayPay = (dayId: string, answer: PayAnswer) => call(answerPay, { params: { id: dayId }, body: { answer } })

export const rateMyEmployer = (applicationId: string, rating: RatingInput) => call(rateEmployer, { params: { id: applicationId }, body: rating })

/** One key per day and visit of the page: a retry after a lost answer is the same complaint. */
export const complainAboutDay = (dayId: string, input: DayComplaintInput, idempotencyKey: string) =>
  call(openDayWageComplaint, { params: { id: dayId }, body: input }, { idempotencyKey })

// The employer's side of a day job: sent as oneself.

export const loadCheckInCode = (postId: string) => call(getCheckInCode, { params: { id: postId } }, { actingFor: null })

export const confirmWorkerAttendance = (applicationId: string, action: 'check_in' | 'check_out') =>
  call(confirmAttendance, { params: { id: applicationId }, body: { action } }, { actingFor: null })

export const stateDayPay = (dayId: string, paidFen: number) => call(statePay, { params: { id: dayId }, body: { paidFen } }, { actingFor: null })

export const rateMyWorker = (applicationId: string, rating: RatingInput) => call(rateWorker, { params: { id: applicationId }, body: rating }, { actingFor: null })

// Grid staff's call-back list of the people they help: their own work, sent as themselves.

export const loadCallbacks = () => call(listCallbacks, {}, { actingFor: null })

export const loadMyClients = () => call(listProxyClients, {}, { actingFor: null })

export const markPersonCalled = (grantId: string) => call(markCalled, { params: { grantId } }, { actingFor: null })

// An official's view of the region: their own work, sent as themselves.

export const loadRegionStats = () => call(getJobsRegionStats, {}, { actingFor: null })

import { putMySeekerProfile, setRecommendationConsent } from '@renshe/shared/jobs/contract'
import { decidePost, listMyPosts, listOpenPosts, listPostsToReview } from '@renshe/shared/jobs/posts-contract'
import type { PostDecision } from '@renshe/shared/jobs/posts'
import type { SeekerProfile } from '@renshe/shared/jobs/schemas'
import { call } from '../../lib/api'

// The seeker's own calls go under the acting grant when grid staff act for someone (`jobs.assist`),
// as every call does by default. Reading open posts, the employer's and the officer's work are
// the caller's own: sent as oneself even while acting.

export const saveProfile = (profile: SeekerProfile) => call(putMySeekerProfile, { body: profile })

export const setRecommendable = (recommendable: boolean) => call(setRecommendationConsent, { body: { recommendable } })

export const loadOpenPosts = (cursor: string | undefined) => call(listOpenPosts, { query: cursor ? { cursor, limit: 30 } : { limit: 30 } }, { actingFor: null })

export const loadMyPosts = (cursor: string | undefined) => call(listMyPosts, { query: cursor ? { cursor, limit: 30 } : { limit: 30 } }, { actingFor: null })

export const loadPostsToReview = (cursor: string | undefined) => call(listPostsToReview, { query: cursor ? { cursor, limit: 30 } : { limit: 30 } }, { actingFor: null })

export const decide = (postId: string, decision: PostDecision) => call(decidePost, { params: { id: postId }, body: decision }, { actingFor: null })

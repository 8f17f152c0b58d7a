import type { Hono } from 'hono'
import * as contract from '@renshe/shared/jobs/posts-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { ok } from '../../platform/problem'
import { searchOpenJobs } from './post-search'
import { closePost, createPost, decidePost, getMyPost, listMyPosts, listOpenPosts, listPostsToReview, resubmitPost } from './posts-service'

export function registerJobPostsRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.createPost, {
    handle: (ctx, { body }) => createPost(deps, ctx.actor, ctx.principal.user.id, body, ctx.locale),
    referenceOf: (post) => post.id,
    replay: (ctx, postId) => getMyPost(deps, ctx.actor, ctx.principal.user.id, postId, ctx.locale),
  })
  mountOperation(app, deps, contract.listMyPosts, async (ctx, { query }) => ok(await listMyPosts(deps, ctx.actor, ctx.principal.user.id, query, ctx.locale)))
  mountOperation(app, deps, contract.getMyPost, (ctx, { params }) => getMyPost(deps, ctx.actor, ctx.principal.user.id, params.id, ctx.locale))
  mountOperation(app, deps, contract.resubmitPost, {
    handle: (ctx, { params, body }) => resubmitPost(deps, ctx.actor, ctx.principal.user.id, params.id, body, ctx.locale),
    referenceOf: (post) => post.id,
    replay: (ctx, postId) => getMyPost(deps, ctx.actor, ctx.principal.user.id, postId, ctx.locale),
  })
  mountOperation(app, deps, contract.listPostsToReview, (ctx, { query }) => listPostsToReview(deps, ctx.actor, ctx.principal.user, query, ctx.locale))
  mountOperation(app, deps, contract.closePost, (ctx, { params }) => closePost(deps, ctx.actor, ctx.principal.user.id, params.id, ctx.locale))
  mountOperation(app, deps, contract.decidePost, (ctx, { params, body }) => decidePost(deps, ctx.actor, ctx.principal.user, params.id, body, ctx.locale))
  mountOperation(app, deps, contract.listOpenPosts, async (ctx, { query }) =>
    ok(query.q ? await searchOpenJobs(deps, ctx.actor, { ...query, q: query.q }) : await listOpenPosts(deps, ctx.actor, query)),
  )
}

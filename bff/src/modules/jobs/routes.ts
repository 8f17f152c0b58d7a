import type { Hono } from 'hono'
import * as contract from '@renshe/shared/jobs/contract'
import { getJobsRegionStats as regionStatsOperation } from '@renshe/shared/jobs/region-contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import type { FileWageComplaint } from '../../platform/wage-complaints'
import { registerJobApplicationsRoutes } from './applications-routes'
import { registerJobMatchesRoutes } from './matches-routes'
import { registerFlexibleInsuranceRoutes } from './insurance-routes'
import { registerJobPostsRoutes } from './posts-routes'
import { getJobsRegionStats } from './region-service'
import { registerFlexibleSubsidyRoutes } from './subsidy-routes'
import { getMySeekerProfile, putMySeekerProfile, setRecommendationConsent } from './service'

export function registerJobsRoutes(app: Hono<AppEnv>, deps: Deps, fileWageComplaint: FileWageComplaint): void {
  mountOperation(app, deps, contract.getMySeekerProfile, async (ctx) => ok(await getMySeekerProfile(deps, ctx.actor, subjectOf(ctx.principal))))
  mountOperation(app, deps, contract.putMySeekerProfile, async (ctx, { body }) =>
    ok(await putMySeekerProfile(deps, ctx.actor, subjectOf(ctx.principal), body)),
  )
  mountOperation(app, deps, contract.setRecommendationConsent, (ctx, { body }) =>
    setRecommendationConsent(deps, ctx.actor, subjectOf(ctx.principal), body.recommendable),
  )
  mountOperation(app, deps, regionStatsOperation, (ctx) => getJobsRegionStats(deps, ctx.actor, ctx.principal.user))
  registerJobPostsRoutes(app, deps)
  registerJobMatchesRoutes(app, deps)
  registerJobApplicationsRoutes(app, deps, fileWageComplaint)
  registerFlexibleInsuranceRoutes(app, deps)
  registerFlexibleSubsidyRoutes(app, deps)
}

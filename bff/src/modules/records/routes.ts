import type { Hono } from 'hono'
import * as contract from '@renshe/shared/records/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { subjectOf } from '../../platform/principal'
import { ok } from '../../platform/problem'
import {
  getCertificate,
  issueCertificate,
  listCertificates,
  recordsSummary,
  regionCertificates,
  verifyCertificate,
  yearRecords,
} from './service'

export function registerRecordsRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.getRecordsSummary, (ctx) => recordsSummary(deps, ctx.actor, subjectOf(ctx.principal)))
  mountOperation(app, deps, contract.getYearRecords, (ctx, { params, query }) =>
    yearRecords(deps, ctx.actor, subjectOf(ctx.principal), params.year, query.type),
  )
  mountOperation(app, deps, contract.issueCertificate, {
    handle: (ctx, { body }) =>
      issueCertificate(deps, ctx.actor, subjectOf(ctx.principal), body, ctx.principal.actingFor ? ctx.principal.user.staffCode : null),
    referenceOf: (certificate) => certificate.id,
    replay: (ctx, certificateId) => getCertificate(deps, ctx.actor, ctx.principal, certificateId),
  })
  mountOperation(app, deps, contract.listCertificates, async (ctx) =>
    ok({ certificates: await listCertificates(deps, ctx.actor, subjectOf(ctx.principal)) }),
  )
  mountOperation(app, deps, contract.getCertificate, (ctx, { params }) => getCertificate(deps, ctx.actor, ctx.principal, params.id))
  mountOperation(app, deps, contract.listRegionCertificates, (ctx, { query }) =>
    regionCertificates(deps, ctx.actor, ctx.principal.user, query),
  )
  mountOperation(app, deps, contract.verifyCertificate, (ctx, { params }) => verifyCertificate(deps, ctx.actor, params.code))
}

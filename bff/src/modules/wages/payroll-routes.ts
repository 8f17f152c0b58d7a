import type { Hono } from 'hono'
import * as contract from '@renshe/shared/wages/contract'
import type { AppEnv } from '../../platform/app-env'
import type { Deps } from '../../platform/deps'
import { mountOperation } from '../../platform/mount'
import { ok } from '../../platform/problem'
import { listCalendar, setCalendarDay } from './calendar-service'
import { searchEmployers } from './employers-service'
import { getPayrollImport } from './payroll-read-service'
import { importPayroll, listPayrollAlerts, payrollTemplate } from './payroll-service'
import { createProject, getProject, listProjects } from './projects-service'

/** Employers, projects, payroll, alerts and the calendar. */
export function registerPayrollRoutes(app: Hono<AppEnv>, deps: Deps): void {
  mountOperation(app, deps, contract.searchEmployers, (ctx, { query }) => searchEmployers(deps, ctx.actor, query.q))
  mountOperation(app, deps, contract.listProjects, (ctx) => listProjects(deps, ctx.actor, ctx.principal.user.id))
  mountOperation(app, deps, contract.createProject, {
    handle: (ctx, { body }) => createProject(deps, ctx.actor, ctx.principal.user.id, body),
    referenceOf: (project) => project.id,
    replay: (ctx, projectId) => getProject(deps, ctx.actor, ctx.principal.user.id, projectId),
  })
  mountOperation(app, deps, contract.importPayroll, {
    handle: (ctx, { params, file }) => importPayroll(deps, ctx.actor, ctx.principal.user.id, params.id, file),
    referenceOf: (imported) => imported.projectId,
    // The import kept no copy of the file: the same file, sent again, says what it held.
    replay: (ctx, projectId, { file }) => getPayrollImport(deps, ctx.actor, ctx.principal.user.id, projectId, file),
  })
  mountOperation(app, deps, contract.getPayrollTemplate, () => ok(payrollTemplate()))
  mountOperation(app, deps, contract.listPayrollAlerts, (ctx) => listPayrollAlerts(deps, ctx.actor, ctx.principal.user))
  mountOperation(app, deps, contract.listCalendar, (_ctx, { query }) => listCalendar(deps, query.year))
  mountOperation(app, deps, contract.setCalendarDay, (ctx, { params, body }) => setCalendarDay(deps, ctx.actor, params.date, body))
}

import { chinaMonth } from '@renshe/shared/platform/china-time'
import type { PayrollMonth, Project, ProjectInput } from '@renshe/shared/wages/schemas'
import type { Query } from '../../db/database'
import { appendAudit, recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import { employersOfUser, projectsOfEmployers, type ProjectRow } from './employers-repo'
import { insertProject, payrollMonthsOf, projectById, type PayrollMonthRow } from './payroll-repo'
import { lastOverdueMonthAt, unsettledMonths } from './payroll-watch'

const payrollMonthOf = (row: PayrollMonthRow): PayrollMonth => ({
  month: row.month,
  workers: row.workers,
  dueFen: row.dueFen,
  paidFen: row.paidFen,
  importedAt: row.importedAt,
})

function projectView(row: ProjectRow, payroll: readonly PayrollMonthRow[], now: Date): Project {
  const months = payroll.filter((m) => m.projectId === row.id)
  return {
    id: row.id,
    name: row.name,
    regionCode: row.regionCode,
    address: row.address,
    startMonth: row.startMonth,
    endMonth: row.endMonth,
    status: row.endMonth !== null && row.endMonth < chinaMonth(now) ? 'finished' : 'active',
    payroll: months.map(payrollMonthOf),
    missingMonths: unsettledMonths(row, new Set(months.map((m) => m.month)), lastOverdueMonthAt(now)),
  }
}

/** The projects of every organisation the employer account speaks for, with their crews' payroll months; the read is recorded. */
export async function listProjects(deps: Pick<Deps, 'db' | 'clock' | 'audit'>, actor: Actor, employerUserId: string): Promise<Result<{ projects: Project[] }>> {
  const { rows, payroll } = await deps.db.read(async (q) => {
    const employerIds = (await employersOfUser(q, employerUserId)).map((e) => e.id)
    const projects = await projectsOfEmployers(q, employerIds)
    return { rows: projects, payroll: await payrollMonthsOf(q, projects.map((r) => r.id)) }
  })
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'wages.listProjects', kind: 'read', objectType: 'projects', objectId: employerUserId })
  return ok({ projects: rows.map((row) => projectView(row, payroll, now)) })
}

/** One project of an organisation the employer account speaks for; every read is recorded. */
export async function getProject(deps: Pick<Deps, 'db' | 'clock' | 'audit'>, actor: Actor, employerUserId: string, projectId: string): Promise<Result<Project>> {
  const found = await deps.db.read(async (q) => {
    const row = await ownProject(q, employerUserId, projectId)
    return row ? { row, payroll: await payrollMonthsOf(q, [row.id]) } : null
  })
  if (!found) return fail('not_found')
  const now = deps.clock.now()
  await recordAudit(deps, now, actor, { action: 'wages.getProject', kind: 'read', objectType: 'project', objectId: projectId })
  return ok(projectView(found.row, found.payroll, now))
}

/**
 * A county-level code (330302), not a province's (330000) or a city's (330300): a site lies in
 * one district, and the officers who watch it are found by that district. Whether the code is
 * in GB/T 2260 is not checked: the portal holds no copy of that list.
 */
export function isCountyCode(code: string): boolean {
  return /^[1-8]\d\d\d\d\d$/.test(code) && code.slice(2, 4) !== '00' && code.slice(4, 6) !== '00'
}

export async function createProject(deps: Pick<Deps, 'db' | 'clock' | 'random'>, actor: Actor, employerUserId: string, input: ProjectInput): Promise<Result<Project>> {
  const [employer] = await deps.db.read((q) => employersOfUser(q, employerUserId))
  if (!employer) return fail('forbidden', { detail: 'No organisation is linked to this account' })
  const errors: { path: string; key: string }[] = []
  if (!isCountyCode(input.regionCode)) errors.push({ path: 'body.regionCode', key: 'region.county' })
  if (input.endMonth !== null && input.endMonth < input.startMonth) errors.push({ path: 'body.endMonth', key: 'period.order' })
  if (errors.length > 0) return fail('validation_failed', { errors })

  const now = deps.clock.now()
  const row: ProjectRow = {
    id: newId(deps.random),
    employerId: employer.id,
    name: input.name,
    regionCode: input.regionCode,
    address: input.address,
    startMonth: input.startMonth,
    endMonth: input.endMonth,
    createdAt: now.toISOString(),
  }
  await deps.db.transaction(async (tx) => {
    await insertProject(tx, row)
    await appendAudit(tx, now, actor, { action: 'wages.createProject', kind: 'write', objectType: 'project', objectId: row.id })
  })
  return ok(projectView(row, [], now))
}

/** The project, when it belongs to an organisation the account speaks for; anything else is "not found". */
export async function ownProject(q: Query, employerUserId: string, projectId: string): Promise<ProjectRow | null> {
  const project = await projectById(q, projectId)
  if (!project) return null
  return (await employersOfUser(q, employerUserId)).some((e) => e.id === project.employerId) ? project : null
}

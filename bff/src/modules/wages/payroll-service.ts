import { chinaMonth } from '@renshe/shared/platform/china-time'
import type { PayrollAlert, PayrollImport } from '@renshe/shared/wages/schemas'
import { pages } from '@renshe/shared/platform/pages'
import { appendAudit, type Actor } from '../../platform/audit'
import { days } from '../../platform/clock'
import type { Deps } from '../../platform/deps'
import { notify } from '../../platform/notify'
import { fail, ok, type Result } from '../../platform/problem'
import { newId } from '../../platform/random'
import type { UploadedFile } from '../../platform/upload'
import { officialCovers } from '../../platform/policy'
import type { ProjectRow } from './employers-repo'
import { parsePayrollCsv, payrollCsvTemplate, type PayrollError, type PayrollLine } from './payroll-csv'
import {
  insertAlert,
  lockPayrollMonths,
  monthsWithPayroll,
  openAlertsOfRegion,
  regionalHandlers,
  replacePayroll,
  resolveAlerts,
  resolvedAlertsOfRegion,
  settledMonths,
  watchedProjects,
  type AlertView,
  type PayrollMonthRow,
  type WatchedProject,
} from './payroll-repo'
import { lastOverdueMonthAt, unsettledMonths } from './payroll-watch'
import { ownProject } from './projects-service'

type FieldErrors = { path: string; key: string }[]

/** Links in notices: officers go to the region's statistics, the employer to its projects. */
export const payrollAlertLinks = {
  handler: pages.wagesStats,
  employer: pages.projects,
} as const

/** `file` for the file as a whole (line 0), else its line, and the column when one is at fault. */
function parseErrorPath(error: PayrollError): string {
  if (error.line === 0) return 'file'
  return error.column ? `file.line.${error.line}.${error.column}` : `file.line.${error.line}`
}

/** Months a project can have payroll for: within its period, and not yet to come. */
function monthErrors(project: ProjectRow, rows: readonly PayrollLine[], currentMonth: string): FieldErrors {
  return rows.flatMap((row) => {
    if (row.month < project.startMonth || (project.endMonth !== null && row.month > project.endMonth)) {
      return [{ path: `file.line.${row.line}.month`, key: 'payroll.monthOutsideProject' }]
    }
    if (row.month > currentMonth) return [{ path: `file.line.${row.line}.month`, key: 'payroll.monthInFuture' }]
    return []
  })
}

function monthSums(rows: readonly PayrollLine[]): Omit<PayrollMonthRow, 'projectId' | 'importId' | 'importedAt'>[] {
  const byMonth = new Map<string, PayrollLine[]>()
  for (const row of rows) {
    const lines = byMonth.get(row.month)
    if (lines) lines.push(row)
    else byMonth.set(row.month, [row])
  }
  return [...byMonth]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, lines]) => ({
      month,
      workers: new Set(lines.map((l) => l.idNumber)).size,
      dueFen: lines.reduce((sum, l) => sum + l.dueFen, 0),
      paidFen: lines.reduce((sum, l) => sum + l.paidFen, 0),
    }))
}

/**
 * All or nothing: one bad line and nothing is stored, every bad line is reported. A good file
 * replaces each month it holds (lines and sums) and closes the alerts of those months.
 */
export async function importPayroll(deps: Deps, actor: Actor, employerUserId: string, projectId: string, file: UploadedFile): Promise<Result<PayrollImport>> {
  const project = await deps.db.read((q) => ownProject(q, employerUserId, projectId))
  if (!project) return fail('not_found')
  const now = deps.clock.now()
  const parsed = parsePayrollCsv(file.bytes, { today: now })
  if (!parsed.ok) return fail('validation_failed', { errors: parsed.errors.map((e) => ({ path: parseErrorPath(e), key: e.key })) })

  const outside = monthErrors(project, parsed.rows, chinaMonth(now))
  if (outside.length > 0) return fail('validation_failed', { errors: outside })

  const importId = newId(deps.random)
  const importedAt = now.toISOString()
  const months = monthSums(parsed.rows).map((sums) => ({ ...sums, importId, importedAt }))
  const lines = parsed.rows.map((row) => ({
    id: newId(deps.random),
    projectId,
    month: row.month,
    importId,
    line: row.line,
    nameEnc: deps.sealer.seal(row.name),
    idNumberEnc: deps.sealer.seal(row.idNumber),
    idNumberIndex: deps.blindIndex('id_number', row.idNumber),
    dueFen: row.dueFen,
    paidFen: row.paidFen,
    paidOn: row.paidOn,
  }))
  await deps.db.transaction(async (tx) => {
    // The months replaced are held until the import commits: another import of them waits and
    // then replaces this one whole, and an alert for them waits and then finds their payroll.
    await lockPayrollMonths(tx, projectId, months.map((m) => m.month))
    await replacePayroll(tx, { projectId, months, lines })
    await resolveAlerts(tx, projectId, months.map((m) => m.month), importedAt)
    await appendAudit(tx, now, actor, { action: 'wages.importPayroll', kind: 'write', objectType: 'project', objectId: projectId })
  })
  return ok({
    projectId,
    encoding: parsed.encoding,
    rows: parsed.rows.length,
    months: months.map((m) => ({ month: m.month, workers: m.workers, dueFen: m.dueFen, paidFen: m.paidFen, importedAt })),
  })
}

/** The file name offered on download: what the clerk sees in their phone's files. */
export const payrollTemplateFilename = '工资发放名单模板.csv'

/** The template as text, its byte-order mark kept: Excel needs it to read the Chinese as UTF-8. */
export function payrollTemplate(): { filename: string; csv: string } {
  return { filename: payrollTemplateFilename, csv: new TextDecoder('utf-8', { ignoreBOM: true }).decode(payrollCsvTemplate) }
}

const systemActor = (requestId: string): Actor => ({ requestId, actorUserId: null, subjectUserId: null, viaGrantId: null })

/**
 * The early warning: every month of a running project past its payroll deadline (the 15th of
 * the next month, China time) with no payroll and no alert yet gets one alert, and the officers
 * and supervisors of the region and the employer are told. Safe to run any number of times and
 * from several processes at once, and to run again after a run killed part-way: each project's
 * alerts and notices commit together, its months locked against an import and checked again
 * for payroll, and the unique (project, month) index lets one alert through. `regionCode`
 * limits the run to what an officer of that region sees. Returns the alerts raised.
 */
export async function raisePayrollAlerts(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  options: { readonly regionCode?: string; readonly requestId?: string } = {},
): Promise<number> {
  const now = deps.clock.now()
  const lastOverdue = lastOverdueMonthAt(now)
  const region = options.regionCode ?? null
  const { settled, watched } = await deps.db.read(async (q) => ({
    settled: await settledMonths(q, lastOverdue, region),
    watched: await watchedProjects(q, lastOverdue, region),
  }))
  const pending = watched
    .map((project) => ({ project, months: unsettledMonths(project, settled.get(project.id) ?? new Set(), lastOverdue) }))
    .filter(({ months }) => months.length > 0)
  if (pending.length === 0) return 0

  const handlers = await deps.db.read((q) => regionalHandlers(q))
  const actor = systemActor(options.requestId ?? 'job:payroll-alerts')
  let raised = 0
  for (const { project, months } of pending) {
    const alerted = await deps.db.transaction(async (tx) => {
      await lockPayrollMonths(tx, project.id, months)
      const paid = await monthsWithPayroll(tx, project.id, months)
      const fresh: string[] = []
      const alertIds: string[] = []
      for (const month of months.filter((m) => !paid.has(m))) {
        const alert = { id: newId(deps.random), projectId: project.id, month, regionCode: project.regionCode, raisedAt: now.toISOString(), resolvedAt: null }
        if (!(await insertAlert(tx, alert))) continue
        fresh.push(month)
        alertIds.push(alert.id)
      }
      const [first] = fresh
      if (first === undefined) return 0
      const notice = payrollMissingNotice(project, first, fresh.length)
      for (const handler of handlers.filter((h) => officialCovers(h, project.regionCode))) {
        await notify(tx, deps.random, now, { ...notice, userId: handler.id, link: payrollAlertLinks.handler })
      }
      if (project.employerUserId) await notify(tx, deps.random, now, { ...notice, userId: project.employerUserId, link: payrollAlertLinks.employer })
      for (const id of alertIds) {
        await appendAudit(tx, now, actor, { action: 'wages.raisePayrollAlert', kind: 'write', objectType: 'payroll_alert', objectId: id })
      }
      return fresh.length
    })
    raised += alerted
  }
  return raised
}

/**
 * One notice per project and run, naming its earliest missing month and how many months are
 * missing: a project registered late, with a year behind it, must not send twelve messages.
 */
function payrollMissingNotice(project: WatchedProject, month: string, months: number) {
  return {
    template: 'wages.payrollMissing' as const,
    params: { projectName: project.name, employerName: project.employerName, month, months },
  }
}

/** Open alerts are the work; those resolved in the last days show that the warning worked. */
export const resolvedAlertsShownDays = 30
const maxOpenAlertsShown = 500
const maxResolvedAlertsShown = 50

const alertOf = (row: AlertView): PayrollAlert => ({
  id: row.id,
  projectId: row.projectId,
  projectName: row.projectName,
  employerName: row.employerName,
  regionCode: row.regionCode,
  month: row.month,
  raisedAt: row.raisedAt,
  resolvedAt: row.resolvedAt,
})

/** The region's alerts, raised first so that a read already shows a deadline that passed today. */
export async function listPayrollAlerts(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  actor: Actor,
  officer: { readonly regionCode: string | null },
): Promise<Result<{ alerts: PayrollAlert[] }>> {
  const region = officer.regionCode
  if (!region) return fail('forbidden')
  await raisePayrollAlerts(deps, { regionCode: region, requestId: actor.requestId })
  const since = new Date(deps.clock.now().getTime() - days(resolvedAlertsShownDays)).toISOString()
  const [open, resolved] = await deps.db.read((q) =>
    Promise.all([openAlertsOfRegion(q, region, maxOpenAlertsShown), resolvedAlertsOfRegion(q, region, since, maxResolvedAlertsShown)]),
  )
  return ok({ alerts: [...open, ...resolved].map(alertOf) })
}

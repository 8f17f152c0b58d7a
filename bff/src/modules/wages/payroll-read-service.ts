import type { PayrollImport } from '@renshe/shared/wages/schemas'
import { recordAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { fail, ok, type Result } from '../../platform/problem'
import type { UploadedFile } from '../../platform/upload'
import { parsePayrollCsv } from './payroll-csv'
import { payrollOfMonths } from './payroll-repo'
import { ownProject } from './projects-service'

/**
 * A payroll file already imported, as the project holds it now: the months the file covers with
 * their current sums (a later import of a month shows), for the employer of the project only.
 * The file is read again for what the import kept nowhere: its encoding, rows and months.
 */
export async function getPayrollImport(deps: Deps, actor: Actor, employerUserId: string, projectId: string, file: UploadedFile): Promise<Result<PayrollImport>> {
  const now = deps.clock.now()
  const parsed = parsePayrollCsv(file.bytes, { today: now })
  const found = await deps.db.read(async (q) => {
    const project = await ownProject(q, employerUserId, projectId)
    if (!project || !parsed.ok) return null
    return payrollOfMonths(q, projectId, [...new Set(parsed.rows.map((row) => row.month))])
  })
  if (!found || !parsed.ok || found.length === 0) return fail('not_found')
  await recordAudit(deps, now, actor, { action: 'wages.getPayrollImport', kind: 'read', objectType: 'project', objectId: projectId })
  return ok({
    projectId,
    encoding: parsed.encoding,
    rows: parsed.rows.length,
    months: found.map((m) => ({ month: m.month, workers: m.workers, dueFen: m.dueFen, paidFen: m.paidFen, importedAt: m.importedAt })),
  })
}

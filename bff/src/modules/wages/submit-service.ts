import { chinaDate } from '@renshe/shared/platform/china-time'
import { openCase } from '@renshe/shared/wages/case-machine'
import type { CaseDetail, ComplaintForm } from '@renshe/shared/wages/schemas'
import type { Tx } from '../../db/database'
import { isUniqueViolation } from '../../db/locks'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import { subjectOf, type Principal } from '../../platform/principal'
import { fail, ok, type Result } from '../../platform/problem'
import { officialsCovering } from '../../platform/officials'
import { newId } from '../../platform/random'
import { loadWorkCalendar } from './calendar-repo'
import { tellHandlers, tellWorker } from './case-notices'
import { caseDetail, caseDetailOf, caseDetailThrough, helperNamedTo } from './case-view'
import {
  attachEvidence,
  caseOfDraft,
  deleteSentDraft,
  employerByCreditCode,
  insertCase,
  insertEvent,
  lockDraft,
  lockUnattachedEvidence,
  nextCaseSerial,
  sealedRealNameOf,
  sealedStaffNameOf,
  type CaseEventRow,
  type CaseRow,
  type EvidenceMeta,
} from './cases-repo'
import { employerById, type EmployerRow, type ProjectRow } from './employers-repo'
import { projectById } from './payroll-repo'

export interface ComplaintSubmission {
  readonly draftId: string
  readonly form: ComplaintForm
}

interface References {
  readonly employer: EmployerRow | null
  readonly project: ProjectRow | null
  /** The worker's own files sent with the complaint, locked. */
  readonly evidence: EvidenceMeta[]
  /** The number to call, sealed: the one given, or the one on the worker's real-name record. */
  readonly phoneEnc: string
  /** The worker's real-name record, sealed: the case's view masks the name. */
  readonly person: { readonly nameEnc: string } | undefined
}

/**
 * What the form names must exist: the employer chosen, the project of that employer, the
 * worker's own files not yet sent. A typed credit code of an employer the portal knows links it.
 */
async function resolveReferences(tx: Tx, deps: Pick<Deps, 'sealer'>, workerUserId: string, form: ComplaintForm): Promise<Result<References>> {
  const errors: { path: string; key: string }[] = []
  const person = await sealedRealNameOf(tx, workerUserId)
  const phoneEnc = form.contact.phone === undefined ? (person?.phoneEnc ?? null) : deps.sealer.seal(form.contact.phone)
  if (phoneEnc === null) errors.push({ path: 'body.form.contact.phone', key: 'field.required' })
  let employer: EmployerRow | null = null
  if (form.employer.employerId !== null) {
    employer = (await employerById(tx, form.employer.employerId)) ?? null
    if (!employer) errors.push({ path: 'body.form.employer.employerId', key: 'employer.unknown' })
  } else if (form.employer.creditCode !== null) {
    employer = (await employerByCreditCode(tx, form.employer.creditCode)) ?? null
  }
  let project: ProjectRow | null = null
  if (form.site.projectId !== null) {
    project = (await projectById(tx, form.site.projectId)) ?? null
    if (!project || project.employerId !== employer?.id) {
      project = null
      errors.push({ path: 'body.form.site.projectId', key: 'project.unknown' })
    }
  }
  const evidenceIds = [...new Set(form.evidenceIds)]
  // Locked until the case is in: a file cannot be sent with two complaints at once.
  const evidence = await lockUnattachedEvidence(tx, workerUserId, 'complaint', evidenceIds)
  if (evidence.length !== evidenceIds.length) errors.push({ path: 'body.form.evidenceIds', key: 'evidence.unknown' })
  return errors.length > 0 || phoneEnc === null ? fail('validation_failed', { errors }) : ok({ employer, project, evidence, phoneEnc, person })
}

/** The order the case's own files are read in (`evidenceOfCase`): by upload, then id. */
function byUpload(a: EvidenceMeta, b: EvidenceMeta): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function caseNumberOf(regionCode: string, year: string, serial: number): string {
  return `AX-${regionCode}-${year}-${String(serial).padStart(6, '0')}`
}

/**
 * Files the complaint: one case per draft, whoever sends it how often. The draft id finds the
 * case a retry (with or without the same Idempotency-Key) already made, in the same
 * transaction that would make it, under a lock on that draft: twenty concurrent sends, on any
 * number of instances, make one case. The unique index on (worker, draft) is the last guard.
 *
 * Everything read is read before the case number is taken: the number's counter stays locked
 * from then to the commit, and every other complaint of the region and year waits for it on
 * PostgreSQL. After it come only the writes, and the answer is made from the rows just written
 * (decision 059).
 */
export async function submitComplaint(deps: Deps, actor: Actor, principal: Principal, input: ComplaintSubmission): Promise<Result<CaseDetail>> {
  const worker = subjectOf(principal)
  const party = principal.actingFor ? 'grid_staff' : 'worker'
  const staffCode = principal.actingFor ? principal.user.staffCode : null
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = chinaDate(now)
  const { form } = input

  const viewer = { party, userId: principal.user.id } as const
  const file = () =>
    deps.db.transaction(async (tx): Promise<Result<CaseDetail>> => {
      await lockDraft(tx, worker, input.draftId)
      const existing = await caseOfDraft(tx, worker, input.draftId)
      if (existing) return ok(await caseDetailThrough(tx, deps, existing, viewer))
      const references = await resolveReferences(tx, deps, worker, form)
      if (!references.ok) return references
      const { employer, project, evidence, phoneEnc, person } = references.value

      const state = openCase(await loadWorkCalendar(tx), today)
      const regionCode = project?.regionCode ?? form.site.regionCode
      const handlers = await officialsCovering(tx, regionCode, 'officer')
      const helperNameEnc = staffCode !== null && helperNamedTo({ filedByStaffCode: staffCode }, viewer) ? await sealedStaffNameOf(tx, staffCode) : null
      const serial = await nextCaseSerial(tx, regionCode, Number(today.slice(0, 4)))
      const row: CaseRow = {
        id: newId(deps.random),
        caseNumber: caseNumberOf(regionCode, today.slice(0, 4), serial),
        draftId: input.draftId,
        workerUserId: worker,
        filedByUserId: principal.user.id,
        filedByStaffCode: staffCode,
        employerId: employer?.id ?? null,
        employerName: employer?.name ?? form.employer.name,
        employerCreditCode: employer?.creditCode ?? form.employer.creditCode,
        projectId: project?.id ?? null,
        siteName: form.site.siteName,
        regionCode,
        addressEnc: deps.sealer.seal(form.site.address),
        fromMonth: form.wages.fromMonth,
        toMonth: form.wages.toMonth,
        amountFen: form.wages.amountFen,
        payUnit: form.wages.payUnit,
        coWorkers: form.wages.coWorkers,
        phoneEnc,
        descriptionEnc: deps.sealer.seal(form.description),
        status: state.status,
        submittedAt: at,
        submittedOn: state.submittedOn,
        acceptBy: state.acceptBy,
        settleBy: state.settleBy,
        stageDeadline: state.stageDeadline,
        extended: state.extended,
        rated: state.rated,
        overdueDeadline: null,
        handlerUserId: null,
        recoveredFen: 0,
        ratingStars: null,
        ratingCommentEnc: null,
        closedAt: null,
        updatedAt: at,
      }
      const submitted: CaseEventRow = { id: newId(deps.random), caseId: row.id, at, kind: 'submitted', by: party, actorUserId: principal.user.id, noteEnc: null, amountFen: null }
      await insertCase(tx, row)
      await insertEvent(tx, submitted)
      await attachEvidence(tx, evidence.map((file) => file.id), row.id)
      await deleteSentDraft(tx, worker, input.draftId)
      const byProxy = staffCode ? { byProxy: 1, staffCode } : {}
      await tellWorker(tx, deps, now, row, 'wages.submitted', { caseNumber: row.caseNumber, acceptBy: row.acceptBy, ...byProxy })
      await tellHandlers(tx, deps, now, row, 'wages.newComplaint', { caseNumber: row.caseNumber, employerName: row.employerName, acceptBy: row.acceptBy }, handlers)
      // The answer is made from the rows just written: what it shows is exactly what was filed.
      const files = evidence.map((file) => ({ ...file, caseId: row.id, eventId: null })).sort(byUpload)
      const detail = caseDetailOf(deps, row, viewer, { person, files, events: [submitted], projectName: project?.name ?? null, helperNameEnc })
      await appendAudit(tx, now, actor, { action: 'wages.submitComplaint', kind: 'write', objectType: 'wage_case', objectId: row.id })
      return ok(detail)
    })

  let filed: Result<CaseDetail>
  try {
    filed = await file()
  } catch (error) {
    // Only if a send got past the draft's lock: the case the other one made is the answer.
    if (!isUniqueViolation(error)) throw error
    const existing = await deps.db.read((q) => caseOfDraft(q, worker, input.draftId))
    if (!existing) throw error
    filed = ok(await caseDetail(deps, existing, viewer))
  }
  return filed
}


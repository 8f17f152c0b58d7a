import { maskName, maskPhone } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import { allowedActions, caseDeadlines, isOpen, type CaseState } from '@renshe/shared/wages/case-machine'
import type { CaseDetail, CaseEvent, CaseParty, CaseSummary, EvidenceFile } from '@renshe/shared/wages/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Query } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { isOfficial, isWorkerSide } from './case-access'
import { arbitrationOfCase, eventsOfCase, evidenceOfCase, sealedRealNameOf, sealedStaffNameOf, type CaseEventRow, type CaseRow, type EvidenceMeta } from './cases-repo'
import { projectById } from './payroll-repo'

/** Today in China: every deadline of a case is a date there. */
export function todayOf(deps: Pick<Deps, 'clock'>): string {
  return chinaDate(deps.clock.now())
}

/** The part of the row the case machine works on. */
export function stateOf(row: CaseRow): CaseState {
  return {
    status: row.status,
    submittedOn: row.submittedOn,
    acceptBy: row.acceptBy,
    settleBy: row.settleBy,
    stageDeadline: row.stageDeadline,
    extended: row.extended,
    rated: row.rated,
  }
}

/** The case's page for that side; `focus` names the part of it the page opens at (the rating). */
export function caseLink(caseId: string, to: 'worker' | 'official' | 'employer', focus?: 'rating'): string {
  const page = ({ worker: 'complaint', official: 'handleCase', employer: 'employerRespond' } as const)[to]
  return pageLink(page, focus ? { id: caseId, focus } : { id: caseId })
}

export function toSummary(row: CaseRow, today: string): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    status: row.status,
    employerName: row.employerName,
    siteName: row.siteName,
    regionCode: row.regionCode,
    amountFen: row.amountFen,
    submittedAt: row.submittedAt,
    deadlines: caseDeadlines(stateOf(row), today),
  }
}

export function toEvidenceFile(deps: Pick<Deps, 'sealer'>, file: EvidenceMeta): EvidenceFile {
  return { id: file.id, mime: file.mime, size: file.size, name: deps.sealer.open(file.nameEnc), uploadedAt: file.createdAt }
}

export interface CaseViewer {
  readonly party: CaseParty
  /** The logged-in account: an employer sees only the files it uploaded itself. */
  readonly userId: string
}

/**
 * One case as `viewer` may see it. Decrypts only to mask: the worker's name and phone leave
 * masked, and the employer sees neither the phone, the description, the messages nor the
 * worker's files. Files sent with a message show with it in the timeline, not among the
 * complaint's evidence.
 */
export function caseDetail(deps: Deps, row: CaseRow, viewer: CaseViewer): Promise<CaseDetail> {
  return deps.db.read((q) => caseDetailThrough(q, deps, row, viewer))
}

/** What a case's view shows besides its own row: the worker's name, its files and events, its project, its helper's name. */
export interface CaseViewParts {
  readonly person: { readonly nameEnc: string } | undefined
  readonly files: readonly EvidenceMeta[]
  readonly events: readonly CaseEventRow[]
  readonly projectName: string | null
  /** The sealed name of the staff member who filed, for the worker's side only; null otherwise. */
  readonly helperNameEnc: string | null
  /** The arbitration applied for from the complaint, with whether it is served on the employer; none for a complaint just filed. */
  readonly arbitration?: { readonly id: string; readonly caseNumber: string; readonly served: boolean } | undefined
}

/** Whether the view names the staff member who filed in full: to the worker's side only, who asked for the help. */
export function helperNamedTo(row: Pick<CaseRow, 'filedByStaffCode'>, viewer: Pick<CaseViewer, 'party'>): boolean {
  return row.filedByStaffCode !== null && isWorkerSide(viewer.party)
}

/** The same, read through `q`: inside a transaction that changed the case, its own view. */
export async function caseDetailThrough(q: Query, deps: Pick<Deps, 'clock' | 'sealer'>, row: CaseRow, viewer: CaseViewer): Promise<CaseDetail> {
  // One after another, not together: inside a transaction `q` is one connection, which takes one
  // statement at a time (node-postgres deprecates queueing them, and its next major refuses it).
  const person = await sealedRealNameOf(q, row.workerUserId)
  const files = await evidenceOfCase(q, row.id)
  const events = await eventsOfCase(q, row.id)
  const project = row.projectId ? await projectById(q, row.projectId) : undefined
  const helperNameEnc = helperNamedTo(row, viewer) && row.filedByStaffCode !== null ? await sealedStaffNameOf(q, row.filedByStaffCode) : null
  const arbitration = await arbitrationOfCase(q, row.id)
  return caseDetailOf(deps, row, viewer, { person, files, events, projectName: project?.name ?? null, helperNameEnc, arbitration })
}

/**
 * The view of a case from its row and its parts, read or (for a case being filed) just written.
 * Decrypts only to mask, as `caseDetail` says.
 */
export function caseDetailOf(deps: Pick<Deps, 'clock' | 'sealer'>, row: CaseRow, viewer: CaseViewer, parts: CaseViewParts): CaseDetail {
  const today = todayOf(deps)
  const state = stateOf(row)
  const isEmployer = viewer.party === 'employer'
  const open = isOpen(row.status)
  const { person, files, events, helperNameEnc, arbitration } = parts
  const visible = files.filter((file) => !isEmployer || file.ownerUserId === viewer.userId)
  const evidence = visible.filter((file) => file.eventId === null)
  const timeline = events
    .filter((event) => !isEmployer || event.kind !== 'message')
    .map(
      (event): CaseEvent => ({
        id: event.id,
        at: event.at,
        kind: event.kind,
        by: event.by,
        // What the worker's side wrote (a reason to withdraw, a rating) is not the employer's to read.
        note: event.noteEnc && !(isEmployer && isWorkerSide(event.by)) ? deps.sealer.open(event.noteEnc) : null,
        amountFen: event.amountFen,
        attachments: visible.filter((file) => file.eventId === event.id).map((file) => toEvidenceFile(deps, file)),
      }),
    )
  return {
    ...toSummary(row, today),
    employer: { name: row.employerName, creditCode: row.employerCreditCode, known: row.employerId !== null },
    site: {
      siteName: row.siteName,
      regionCode: row.regionCode,
      address: deps.sealer.open(row.addressEnc),
      projectName: parts.projectName,
    },
    wages: { fromMonth: row.fromMonth, toMonth: row.toMonth, amountFen: row.amountFen, payUnit: row.payUnit, coWorkers: row.coWorkers },
    worker: {
      maskedName: person ? maskName(deps.sealer.open(person.nameEnc)) : '',
      maskedPhone: isEmployer ? null : maskPhone(deps.sealer.open(row.phoneEnc)),
    },
    description: isEmployer ? null : deps.sealer.open(row.descriptionEnc),
    evidence: evidence.map((file) => toEvidenceFile(deps, file)),
    timeline,
    recoveredFen: row.recoveredFen,
    rating: row.ratingStars !== null && !isEmployer ? { stars: row.ratingStars, comment: row.ratingCommentEnc ? deps.sealer.open(row.ratingCommentEnc) : '' } : null,
    allowedActions: allowedActions(state, viewer.party),
    canMessage: open && (isWorkerSide(viewer.party) || isOfficial(viewer.party)),
    canRespond: open && isEmployer && row.handlerUserId !== null,
    filedByStaff: row.filedByStaffCode,
    filedByStaffName: helperNameEnc ? deps.sealer.open(helperNameEnc) : null,
    // The employer learns of the arbitration when the commission serves it, not before (decision 070).
    arbitration: arbitration && (!isEmployer || arbitration.served) ? { id: arbitration.id, caseNumber: arbitration.caseNumber } : null,
  }
}

import { z } from 'zod'
import { awardFinality } from '@renshe/shared/disputes/arbitration'
import { allowedActions, mayGoToCourt, openDeadlines, overdueSteps, type ArbitrationState, type OpenDeadline } from '@renshe/shared/disputes/arbitration-machine'
import { moneyClaimKinds, type ArbitrationCase, type ArbitrationEvent, type ArbitrationSummary } from '@renshe/shared/disputes/arbitration-cases'
import type { DisputeFile } from '@renshe/shared/disputes/files'
import { monthlyMinimumOf } from '@renshe/shared/disputes/minimum-wage'
import { ArbitrationEventKind, ClaimKind, type ArbitrationParty } from '@renshe/shared/disputes/schemas'
import { maskName } from '@renshe/shared/identity/masking'
import { chinaDate } from '@renshe/shared/platform/china-time'
import type { EvidenceFile } from '@renshe/shared/wages/schemas'
import type { Query } from '../../db/database'
import type { StoredClaim } from '../../db/schema/disputes'
import type { Deps } from '../../platform/deps'
import { fileVisibleTo, isApplicantSide, listsComplaintEvidence } from './access'
import { filesOfCase, type DisputeFileMeta } from './files-repo'
import {
  complaintEvidenceOf,
  eventsOfArbitration,
  sealedRealNameOf,
  staffCodeOf,
  wageCaseNumberOf,
  type ArbitrationEventRow,
  type ArbitrationRow,
  type ComplaintEvidence,
  type ListedRow,
} from './repo'

type ViewDeps = Pick<Deps, 'clock' | 'sealer'>
type Deadline = ArbitrationCase['deadlines'][number]

/** Today in China: every time limit of a case is a date there. */
export function todayOf(deps: Pick<Deps, 'clock'>): string {
  return chinaDate(deps.clock.now())
}

/** The claims as sealed in the row, read back through a schema: a file read back is a boundary. */
const StoredClaims = z.array(
  z.object({ kind: ClaimKind, amountFen: z.number().int().nullable(), statement: z.string(), awardedFen: z.number().int().nullable() }),
)

export function openClaims(deps: Pick<Deps, 'sealer'>, row: Pick<ArbitrationRow, 'claimsEnc'>): StoredClaim[] {
  return StoredClaims.parse(JSON.parse(deps.sealer.open(row.claimsEnc)))
}

export function sealClaims(deps: Pick<Deps, 'sealer'>, claims: readonly StoredClaim[]): string {
  return deps.sealer.seal(JSON.stringify(claims))
}

export function isMoneyClaim(kind: StoredClaim['kind']): boolean {
  return moneyClaimKinds.includes(kind)
}

/** The machine's steps by the contract's names, as the case page and the inbox say them. */
export const stepNames: Record<OpenDeadline['step'], Deadline['step']> = {
  acceptance: 'accept',
  service: 'serve',
  tribunal: 'tribunal',
  defence: 'defence',
  defenceService: 'serveDefence',
  award: 'award',
  suit: 'sue',
}

/**
 * The next step due, of anyone but the parties going to court: null once the case has ended. The
 * queue's own day (`commissionNextDueOn`) is the commission's alone; this one may be the defence.
 */
function nextOf(state: ArbitrationState, today: string): Deadline | null {
  const overdue = overdueSteps(state, today)
  const [next] = openDeadlines(state)
    .filter((deadline) => deadline.owner !== 'parties')
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  return next ? { step: stepNames[next.step], by: next.due, done: false, overdue: overdue.includes(next.step) } : null
}

/**
 * The day the commission's earliest open step is due, kept on the row for its queue: a case is
 * overdue exactly when this day is before today (`overdueSteps` looks at the commission's steps only).
 */
export function commissionNextDueOn(state: ArbitrationState): string | null {
  const dues = openDeadlines(state)
    .filter((deadline) => deadline.owner === 'office')
    .map((deadline) => deadline.due)
    .sort()
  return dues[0] ?? null
}

/** Every step whose clock runs now, and those already taken, in the order the case meets them. */
function deadlinesOf(state: ArbitrationState, today: string): Deadline[] {
  const open = new Map(openDeadlines(state).map((deadline) => [deadline.step, deadline.due]))
  const overdue = overdueSteps(state, today)
  const steps: [OpenDeadline['step'], string | null, boolean][] = [
    ['acceptance', state.acceptBy, state.acceptedOn !== null || state.status === 'refused'],
    ['service', state.serveBy, state.servedOn !== null],
    ['tribunal', state.tribunalBy, state.tribunalFormedOn !== null],
    ['defence', state.defenceBy, state.defenceOn !== null],
    ['defenceService', state.serveDefenceBy, state.defenceServedOn !== null],
    ['award', state.awardBy, state.status === 'awarded'],
    ['suit', state.sueBy, false],
  ]
  return steps.flatMap(([step, by, done]): Deadline[] => {
    const due = open.get(step) ?? by
    if (due === null || (!done && !open.has(step))) return []
    return [{ step: stepNames[step], by: due, done: !open.has(step) && done, overdue: overdue.includes(step) }]
  })
}

/** The applicant's name: whole to her alone, masked to everyone else (grid staff, the commission, the employer). */
function applicantNameFor(deps: Pick<Deps, 'sealer'>, nameEnc: string | null, party: ArbitrationParty | null): string {
  if (nameEnc === null) return ''
  const name = deps.sealer.open(nameEnc)
  return party === 'applicant' ? name : maskName(name)
}

/** One case as a list shows it. `party` is the caller's side when the list is hers (her own cases show her name). */
export function toSummary(deps: ViewDeps, { row, applicantNameEnc }: ListedRow, party: ArbitrationParty | null, today = todayOf(deps)): ArbitrationSummary {
  const next = nextOf(row.state, today)
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    status: row.status,
    regionCode: row.regionCode,
    respondentName: row.respondentName,
    applicantMaskedName: applicantNameFor(deps, applicantNameEnc, party),
    claimedFen: row.claimedFen,
    appliedAt: row.appliedAt,
    next,
    overdue: overdueSteps(row.state, today).length > 0,
  }
}

// Acts of one instant (a test's standing clock) in the order a case goes through them.
const eventOrder: readonly ArbitrationEvent['kind'][] = ['applied', ...ArbitrationEventKind.options]

function byTimeThenKind(a: ArbitrationEventRow, b: ArbitrationEventRow): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  return eventOrder.indexOf(a.kind) - eventOrder.indexOf(b.kind)
}

/**
 * The timeline as `party` may read it: who acted by role, never by name. The respondent does not
 * learn that grid staff filed or acted for the applicant, nor read the applicant's own words (her
 * reason to withdraw); the commission's reasons are everyone's to read.
 */
function timelineFor(deps: Pick<Deps, 'sealer'>, events: readonly ArbitrationEventRow[], party: ArbitrationParty): ArbitrationEvent[] {
  const respondent = party === 'respondent'
  return [...events].sort(byTimeThenKind).map((event) => ({
    kind: event.kind,
    at: event.at,
    by: respondent && event.byParty === 'grid_staff' ? 'applicant' : event.byParty,
    reason: event.reasonEnc !== null && !(respondent && isApplicantSide(event.byParty)) ? deps.sealer.open(event.reasonEnc) : null,
    hearing: event.hearingOn !== null && event.hearingMode !== null ? { on: event.hearingOn, mode: event.hearingMode } : null,
  }))
}

/**
 * What a case's view shows besides its row: the applicant's sealed name, its events, the staff code
 * of who filed it, its files (each side's; the view keeps those the caller may open), and the
 * number and evidence of the wage complaint it grew from.
 */
export interface CaseParts {
  readonly applicantNameEnc: string | null
  readonly events: readonly ArbitrationEventRow[]
  readonly filedByStaffCode: string | null
  readonly files: readonly DisputeFileMeta[]
  readonly wageCaseNumber: string | null
  readonly wageEvidence: readonly ComplaintEvidence[]
}

export async function partsOf(q: Query, row: ArbitrationRow): Promise<CaseParts> {
  // One after another: inside a transaction `q` is one connection.
  const applicantNameEnc = await sealedRealNameOf(q, row.applicantUserId)
  const events = await eventsOfArbitration(q, row.id)
  const filedByStaffCode = row.filedByUserId !== null && row.filedByUserId !== row.applicantUserId ? await staffCodeOf(q, row.filedByUserId) : null
  const files = await filesOfCase(q, 'arbitration', row.id)
  const wageCaseNumber = row.wageCaseId === null ? null : await wageCaseNumberOf(q, row.wageCaseId)
  const wageEvidence = row.wageCaseId === null ? [] : await complaintEvidenceOf(q, row.wageCaseId)
  return { applicantNameEnc, events, filedByStaffCode, files, wageCaseNumber, wageEvidence }
}

/** A file as a case lists it: its name opened from the seal, its side; `side` given for one not yet sent. */
export function toDisputeFile(deps: Pick<Deps, 'sealer'>, file: DisputeFileMeta, side: DisputeFile['side']): DisputeFile {
  return { id: file.id, mime: file.mime, size: file.size, name: deps.sealer.open(file.nameEnc), uploadedAt: file.createdAt, side: file.side ?? side }
}

/** A wage complaint's evidence as the arbitration lists it, its name opened from the seal. */
export function toEvidenceFile(deps: Pick<Deps, 'sealer'>, file: ComplaintEvidence): EvidenceFile {
  return { id: file.id, mime: file.mime, size: file.size, name: deps.sealer.open(file.nameEnc), uploadedAt: file.createdAt }
}

/** The case's files `party` may open (`fileVisibleTo`), oldest first. */
function filesFor(deps: Pick<Deps, 'sealer'>, row: ArbitrationRow, party: ArbitrationParty, files: readonly DisputeFileMeta[]): DisputeFile[] {
  return files.flatMap((file) => (file.side !== null && fileVisibleTo(party, row.state, file.side) ? [toDisputeFile(deps, file, file.side)] : []))
}

/** The award's finality (arts. 47–48), judged on what it settled on each claim against the county's minimum wage. */
function awardOf(row: ArbitrationRow, claims: readonly StoredClaim[]): ArbitrationCase['award'] {
  if (row.status !== 'awarded' || row.state.sueBy === null || row.state.endedOn === null) return null
  const localMonthlyMinimumFen = monthlyMinimumOf(row.regionCode, row.state.endedOn)
  const settled = claims.map((claim) => (isMoneyClaim(claim.kind) && claim.awardedFen !== null ? { kind: claim.kind, amountFen: claim.awardedFen } : { kind: claim.kind }))
  const finality = awardFinality({ claims: settled, localMonthlyMinimumFen })
  return { finalForEmployer: finality.finalForEmployer, reason: finality.reason, employerMaySue: finality.employerMaySue, sueBy: row.state.sueBy, localMonthlyMinimumFen }
}

/**
 * One case as `party` may see it. Decrypts the applicant's name only to mask it (she alone reads it
 * whole); the respondent is served the application, so it reads the claims and facts, but not
 * who filed it for her.
 */
export function caseOf(deps: ViewDeps, row: ArbitrationRow, party: ArbitrationParty, parts: CaseParts): ArbitrationCase {
  const today = todayOf(deps)
  const state = row.state
  const claims = openClaims(deps, row)
  return {
    ...toSummary(deps, { row, applicantNameEnc: parts.applicantNameEnc }, party, today),
    respondentCreditCode: row.respondentCreditCode,
    knewOn: row.knewOn,
    claims: claims.map((claim) => ({ kind: claim.kind, amountFen: claim.amountFen, statement: claim.statement, awardedFen: claim.awardedFen })),
    facts: deps.sealer.open(row.factsEnc),
    deadlines: deadlinesOf(state, today),
    hearing: state.hearing,
    extended: state.extended,
    timeline: timelineFor(deps, parts.events, party),
    award: awardOf(row, claims),
    mayGoToCourt: mayGoToCourt(state, today),
    myRole: party,
    allowedActions: allowedActions(state, party),
    filedByStaff: party === 'respondent' ? null : parts.filedByStaffCode,
    files: filesFor(deps, row, party, parts.files),
    wageCase:
      row.wageCaseId !== null && parts.wageCaseNumber !== null
        ? { id: row.wageCaseId, caseNumber: parts.wageCaseNumber, evidence: listsComplaintEvidence(party) ? parts.wageEvidence.map((file) => toEvidenceFile(deps, file)) : [] }
        : null,
  }
}

/** The same, read through `q`: inside the transaction that changed the case, its own view. */
export async function caseThrough(q: Query, deps: ViewDeps, row: ArbitrationRow, party: ArbitrationParty): Promise<ArbitrationCase> {
  return caseOf(deps, row, party, await partsOf(q, row))
}

import type { OpenDeadline } from '@renshe/shared/disputes/arbitration-machine'
import type { ArbitrationEventKind, ArbitrationParty } from '@renshe/shared/disputes/schemas'
import { pageLink } from '@renshe/shared/platform/pages'
import type { Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify, type Notice } from '../../platform/notify'
import { enqueueSubscribeMessage } from '../../platform/outbox'
import { officialsCovering } from '../../platform/officials'
import { isApplicantSide, isOffice, servedOnRespondent } from './access'
import { employerById, type ArbitrationRow } from './repo'
import { stepNames } from './view'

type NoticeDeps = Pick<Deps, 'random'>

/** The case's page: one for every side, which shows each what it may see and do. */
export function arbitrationLink(id: string): string {
  return pageLink('arbitration', { id })
}

/**
 * Tells the applicant in the inbox and queues the WeChat subscribe message beside it, in the
 * caller's transaction (as wage cases do): the message says only the case number and a status word.
 */
async function tellApplicant(tx: Tx, deps: NoticeDeps, at: Date, notice: Notice & { readonly link: string }): Promise<void> {
  await notify(tx, deps.random, at, notice)
  await enqueueSubscribeMessage(tx, deps.random, at, { userId: notice.userId, template: notice.template, params: notice.params ?? {}, link: notice.link })
}

/** The respondent's account, when the case names an organisation the portal knows and it has one. */
async function respondentAccountOf(tx: Tx, row: ArbitrationRow): Promise<string | null> {
  if (row.respondentEmployerId === null) return null
  return (await employerById(tx, row.respondentEmployerId))?.userId ?? null
}

/** Tells the applicant her application is in, with the day the commission must decide on it by. */
export async function tellApplied(tx: Tx, deps: NoticeDeps, at: Date, row: ArbitrationRow, officers: readonly string[]): Promise<void> {
  const link = arbitrationLink(row.id)
  const params = { caseNumber: row.caseNumber, acceptBy: row.state.acceptBy }
  await tellApplicant(tx, deps, at, { userId: row.applicantUserId, template: 'disputes.arbitrationReceived', params, link })
  for (const userId of officers) await notify(tx, deps.random, at, { userId, template: 'disputes.arbitrationStep', params: { caseNumber: row.caseNumber, step: 'applied' }, link })
}

/**
 * Tells the other sides of an act: the applicant, the commission's officers of the county and the
 * respondent's account (only once the case is served on it, and then with the application itself).
 * Whoever acted is not told of their own act.
 */
export async function tellStep(tx: Tx, deps: NoticeDeps, at: Date, row: ArbitrationRow, event: ArbitrationEventKind, by: ArbitrationParty): Promise<void> {
  const link = arbitrationLink(row.id)
  const step = { caseNumber: row.caseNumber, step: event }
  if (!isApplicantSide(by)) await tellApplicant(tx, deps, at, { userId: row.applicantUserId, template: 'disputes.arbitrationStep', params: step, link })
  if (!isOffice(by)) {
    for (const userId of await officialsCovering(tx, row.regionCode, 'officer')) {
      await notify(tx, deps.random, at, { userId, template: 'disputes.arbitrationStep', params: step, link })
    }
  }
  if (by === 'respondent' || !servedOnRespondent(row)) return
  const respondent = await respondentAccountOf(tx, row)
  if (respondent === null) return
  if (event === 'served') {
    const defenceBy = row.state.defenceBy ?? ''
    await notify(tx, deps.random, at, { userId: respondent, template: 'disputes.arbitrationServed', params: { caseNumber: row.caseNumber, defenceBy }, link })
  } else {
    await notify(tx, deps.random, at, { userId: respondent, template: 'disputes.arbitrationStep', params: step, link })
  }
}

/**
 * Tells the applicant and the chair (every supervisor whose region covers the county) that a step
 * of the commission is past its legal day, one message per step. `mayGoToCourt` says whether the
 * lateness itself lets the applicant sue now (acceptance or award overdue, arts. 29 and 43).
 */
export async function tellOverdue(tx: Tx, deps: NoticeDeps, at: Date, row: ArbitrationRow, steps: readonly OpenDeadline['step'][], mayGoToCourt: boolean): Promise<void> {
  const link = arbitrationLink(row.id)
  const chairs = await officialsCovering(tx, row.regionCode, 'supervisor')
  for (const step of steps) {
    const params = { caseNumber: row.caseNumber, step: stepNames[step], mayGoToCourt: mayGoToCourt ? 'yes' : 'no' }
    await tellApplicant(tx, deps, at, { userId: row.applicantUserId, template: 'disputes.arbitrationOverdue', params, link })
    for (const userId of chairs) await notify(tx, deps.random, at, { userId, template: 'disputes.arbitrationOverdue', params, link })
  }
}

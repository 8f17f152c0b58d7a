import type { MessageParams, MessageTemplate } from '@renshe/shared/inbox/schemas'
import type { Tx } from '../../db/database'
import type { Deps } from '../../platform/deps'
import { notify, type NoticeAction } from '../../platform/notify'
import { enqueueSubscribeMessage } from '../../platform/outbox'
import { caseLink } from './case-view'
import { officialsCovering } from '../../platform/officials'
import type { CaseRow } from './cases-repo'
import { employerById } from './employers-repo'

type NoticeDeps = Pick<Deps, 'random'>

/**
 * Tells the worker in the inbox and queues the WeChat subscribe message beside it, in the
 * caller's transaction: both exist exactly when the change they report does.
 */
export async function tellWorker(
  tx: Tx,
  deps: NoticeDeps,
  at: Date,
  row: CaseRow,
  template: MessageTemplate,
  params: MessageParams,
  action?: NoticeAction,
): Promise<void> {
  // A message asking for the rating opens the case at its rating, not at its top.
  const link = caseLink(row.id, 'worker', action?.kind === 'rate_case' ? 'rating' : undefined)
  await notify(tx, deps.random, at, { userId: row.workerUserId, template, params, link, ...(action ? { action } : {}) })
  await enqueueSubscribeMessage(tx, deps.random, at, { userId: row.workerUserId, template, params, link })
}

/** The officer handling the case; before anyone has taken it, every officer of its region. */
export async function tellHandlers(
  tx: Tx,
  deps: NoticeDeps,
  at: Date,
  row: CaseRow,
  template: MessageTemplate,
  params: MessageParams,
  /** The region's officers, when the caller read them already. */
  regionOfficers?: readonly string[],
): Promise<void> {
  const handlers = row.handlerUserId ? [row.handlerUserId] : (regionOfficers ?? (await officialsCovering(tx, row.regionCode, 'officer')))
  for (const userId of handlers) await notify(tx, deps.random, at, { userId, template, params, link: caseLink(row.id, 'official') })
}

export async function tellSupervisors(tx: Tx, deps: NoticeDeps, at: Date, row: CaseRow, template: MessageTemplate, params: MessageParams): Promise<void> {
  for (const userId of await officialsCovering(tx, row.regionCode, 'supervisor')) {
    await notify(tx, deps.random, at, { userId, template, params, link: caseLink(row.id, 'official') })
  }
}

/** The employer's account, when the complaint names an employer the portal knows and it has one. */
export async function tellEmployer(
  tx: Tx,
  deps: NoticeDeps,
  at: Date,
  row: CaseRow,
  template: MessageTemplate,
  params: MessageParams,
  action?: NoticeAction,
): Promise<void> {
  const userId = row.employerId ? (await employerById(tx, row.employerId))?.userId : null
  if (userId) await notify(tx, deps.random, at, { userId, template, params, link: caseLink(row.id, 'employer'), ...(action ? { action } : {}) })
}

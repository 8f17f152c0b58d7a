import type { MessageParams } from '@renshe/shared/inbox/schemas'
import { isFinal, transition, type CaseRefusal, type CaseState } from '@renshe/shared/wages/case-machine'
import type { CaseAction, CaseDetail, CaseEventKind, CaseParty } from '@renshe/shared/wages/schemas'
import type { Tx } from '../../db/database'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { completeInboxAction, inboxTaskDone, type NoticeAction } from '../../platform/notify'
import { newId } from '../../platform/random'
import { loadWorkCalendar } from './calendar-repo'
import { caseForCaller } from './case-access'
import { tellEmployer, tellHandlers, tellWorker } from './case-notices'
import { caseDetail, stateOf, todayOf } from './case-view'
import { insertEvent, lockedCaseById, updateCaseFrom, type CaseRow } from './cases-repo'

const refusals: Record<CaseRefusal, ProblemInit> = {
  illegal_transition: { code: 'illegal_transition' },
  not_your_action: { code: 'forbidden' },
  worker_must_confirm: { code: 'validation_failed', errors: [{ path: 'body.workerConfirmed', key: 'mediation.confirm' }] },
}

/** What the person wrote with the act, kept sealed on the timeline. */
function noteOf(action: CaseAction): string | null {
  const text = (() => {
    switch (action.kind) {
      case 'reject':
      case 'extend':
      case 'withdraw':
        return action.reason
      case 'mediate':
      case 'recordMediation':
      case 'transferInspection':
      case 'transferArbitration':
        return action.note
      case 'close':
        return action.conclusion
      case 'rate':
        return action.rating.comment
      case 'accept':
        return ''
    }
  })()
  return text === '' ? null : text
}

function amountOf(action: CaseAction): number | null {
  if (action.kind === 'recordMediation') return action.paidFen
  if (action.kind === 'close') return action.recoveredFen
  return null
}

function changesOf(deps: Pick<Deps, 'sealer'>, row: CaseRow, next: CaseState, action: CaseAction, actorUserId: string, at: string): Partial<CaseRow> {
  const changes: Partial<CaseRow> = {
    status: next.status,
    settleBy: next.settleBy,
    stageDeadline: next.stageDeadline,
    extended: next.extended,
    rated: next.rated,
    updatedAt: at,
  }
  if (action.kind === 'accept') changes.handlerUserId = actorUserId
  if (action.kind === 'recordMediation') changes.recoveredFen = row.recoveredFen + action.paidFen
  if (action.kind === 'close') changes.recoveredFen = action.recoveredFen
  if (action.kind === 'rate') {
    changes.ratingStars = action.rating.stars
    changes.ratingCommentEnc = action.rating.comment === '' ? null : deps.sealer.seal(action.rating.comment)
  }
  if (isFinal(next.status) && !isFinal(row.status)) changes.closedAt = at
  return changes
}

/** Who hears of an act, and with which message. */
async function announce(tx: Tx, deps: Deps, at: Date, row: CaseRow, event: CaseEventKind, byProxy: MessageParams): Promise<void> {
  const caseNumber = row.caseNumber
  const toWorker = (template: Parameters<typeof tellWorker>[4], params: MessageParams = {}, action?: NoticeAction) =>
    tellWorker(tx, deps, at, row, template, { caseNumber, ...params, ...byProxy }, action)
  switch (event) {
    case 'accepted':
      await toWorker('wages.accepted', { settleBy: row.settleBy ?? '' })
      await tellEmployer(
        tx,
        deps,
        at,
        row,
        'wages.complaintToAnswer',
        { caseNumber, employerName: row.employerName, acceptBy: row.acceptBy, settleBy: row.settleBy ?? '' },
        { kind: 'answer_complaint', targetId: row.id },
      )
      return
    case 'rejected':
      return toWorker('wages.rejected')
    case 'mediation_started':
      return toWorker('wages.mediationStarted', { stageDeadline: row.stageDeadline ?? '' })
    case 'mediation_recorded':
      return toWorker('wages.mediationRecorded', { recoveredFen: row.recoveredFen })
    case 'transferred_inspection':
      return toWorker('wages.transferredInspection', { settleBy: row.settleBy ?? '' })
    case 'transferred_arbitration':
      return toWorker('wages.transferredArbitration', { settleBy: row.settleBy ?? '' })
    case 'extended':
      return toWorker('wages.extended', { settleBy: row.settleBy ?? '' })
    case 'closed':
      // The worker is asked to rate how the case was handled: the message carries that task.
      return toWorker('wages.closed', { recoveredFen: row.recoveredFen }, { kind: 'rate_case', targetId: row.id })
    case 'withdrawn':
      await toWorker('wages.withdrawn')
      await tellHandlers(tx, deps, at, row, 'wages.withdrawn', { caseNumber })
      return
    default:
      // A rating is the worker's own act: nobody needs a message about it.
      return
  }
}

/**
 * The tasks an act on a case completes, whose messages stop asking: the rating asked of the
 * worker once it is given; the employer's answer once the case is over (nothing left to answer).
 */
function tasksDoneBy(row: CaseRow, event: CaseEventKind): { userId?: string; kind: NoticeAction['kind']; targetId: string }[] {
  if (event === 'rated') return [{ userId: row.workerUserId, kind: 'rate_case', targetId: row.id }]
  if (isFinal(row.status)) return [{ kind: 'answer_complaint', targetId: row.id }]
  return []
}

/**
 * One act on a case, as the case machine allows it to this caller. The row is read again,
 * locked, inside the transaction, so of two officers acting at once (on any instances) the
 * second waits, sees the case as the first left it and is refused.
 */
export async function actOnComplaint(deps: Deps, actor: Actor, principal: Principal, id: string, action: CaseAction): Promise<Result<CaseDetail>> {
  const found = await deps.db.read((q) => caseForCaller(q, principal, id))
  if (!found) return fail('not_found')
  const party: CaseParty = found.party
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = todayOf(deps)

  const acted = await deps.db.transaction(async (tx): Promise<Result<CaseRow>> => {
    const row = await lockedCaseById(tx, id)
    if (!row) return fail('not_found')
    const moved = transition(await loadWorkCalendar(tx), stateOf(row), action, { today, by: party })
    if (!moved.ok) return { ok: false, problem: refusals[moved.reason] }
    const changes = changesOf(deps, row, moved.state, action, principal.user.id, at)
    if (!(await updateCaseFrom(tx, id, row.status, row.updatedAt, changes))) return fail('illegal_transition')
    const updated: CaseRow = { ...row, ...changes }
    const note = noteOf(action)
    await insertEvent(tx, {
      id: newId(deps.random),
      caseId: id,
      at,
      kind: moved.event,
      by: party,
      actorUserId: principal.user.id,
      noteEnc: note === null ? null : deps.sealer.seal(note),
      amountFen: amountOf(action),
    })
    const byProxy = principal.actingFor ? { byProxy: 1, staffCode: principal.user.staffCode ?? '' } : {}
    await announce(tx, deps, now, updated, moved.event, byProxy)
    const audited = { ...actor, subjectUserId: row.workerUserId }
    await appendAudit(tx, now, audited, { action: 'wages.actOnComplaint', kind: 'write', objectType: 'wage_case', objectId: id })
    for (const done of tasksDoneBy(updated, moved.event)) {
      if (await completeInboxAction(tx, { ...done, at: now })) await appendAudit(tx, now, audited, inboxTaskDone(done.kind, done.targetId))
    }
    return ok(updated)
  })
  if (!acted.ok) return acted
  return ok(await caseDetail(deps, acted.value, { party, userId: principal.user.id }))
}

import type { WorkCalendar } from '@renshe/shared/wages/work-calendar'
import type { Query, Tx } from '../../db/database'
import { appendAudit, type Actor } from '../../platform/audit'
import type { Deps } from '../../platform/deps'
import type { Principal } from '../../platform/principal'
import { fail, ok, type ProblemInit, type Result } from '../../platform/problem'
import { loadWorkCalendar } from '../../platform/work-calendar'
import { todayOf } from './view'

/*
 * One act on a case a machine of decision 069 moves (an arbitration, a work-injury case), in the
 * one way both take: the caller's side found, the case read again locked, the machine asked, the
 * act's own checks and writes, the row changed only if still as read, the timeline event, the
 * other sides told, the audit row, the case as the caller now sees it; all in one transaction,
 * undone whole when any step refuses.
 */

/** The machine's answer to an act, as both machines give it. */
export type Moved<State, EventKind> = { ok: true; state: State; event: EventKind } | { ok: false; reason: string }

/**
 * The machine's refusals, answered 409 with the machine's reason as the detail: a stable code the
 * page maps to its own words (an act that is not the caller's, a clock run out or not yet reached),
 * or `illegal_transition` when the case is not at the stage the act needs.
 */
export function machineRefusal(reason: string): ProblemInit {
  return { code: reason === 'illegal_transition' ? 'illegal_transition' : 'conflict', detail: reason }
}

/** What the person wrote with the act, kept sealed on the timeline: its reason, when it has one that is not empty. */
export function writtenReason(action: object): string | null {
  return 'reason' in action && typeof action.reason === 'string' && action.reason !== '' ? action.reason : null
}

/** The row's columns every act changes: the machine's state, and what is copied out of it for the queues. */
interface MovedColumns<State> {
  state: State
  status: string
  nextDueOn: string | null
  updatedAt: string
}

/** One act under way: the case as read, the machine's answer, and who does it when. */
export interface Act<Row, State, Action, Party, EventKind> {
  readonly id: string
  readonly row: Row
  readonly action: Action
  readonly party: Party
  readonly state: State
  readonly event: EventKind
  readonly principal: Principal
  readonly now: Date
  readonly at: string
}

/** What a kind of case gives the act: where its rows are, its machine, and what it writes beside the state. */
export interface MachineCase<Row extends { readonly state: State }, State, Action, Party, EventKind, Changes extends MovedColumns<State>, View> {
  /** Names the act in the audit log, and the object it is on. */
  readonly audit: { readonly action: string; readonly objectType: string }
  /** The case with the caller's side on it; null when it is none of the caller's business. */
  caseForCaller(q: Query, principal: Principal, id: string): Promise<{ row: Row; party: Party } | null>
  locked(tx: Tx, id: string): Promise<Row | undefined>
  transition(calendar: WorkCalendar, state: State, action: Action, context: { today: string; by: Party }): Moved<State, EventKind>
  /** The act's own checks and writes before the row changes (files sent, what an award settles); a refusal undoes everything. */
  changes(tx: Tx, act: Act<Row, State, Action, Party, EventKind>): Promise<Result<Changes>>
  /** Changes the row only if it is still as `from` was read. */
  update(tx: Tx, from: Row, changes: Changes): Promise<boolean>
  /** Whatever the act writes once the row has changed: its timeline event (with `reasonEnc`, sealed), files sent with it. */
  record(tx: Tx, act: Act<Row, State, Action, Party, EventKind>, updated: Row, reasonEnc: string | null): Promise<void>
  tell(tx: Tx, deps: Deps, now: Date, updated: Row, event: EventKind, party: Party): Promise<void>
  /** Whom the act is about, for their access log. */
  subjectOf(row: Row, actor: Actor): string | null
  view(tx: Tx, deps: Deps, updated: Row, party: Party): Promise<View>
}

/** Undoes a transaction that has written something, with the answer the caller gets. */
class Refused extends Error {
  constructor(readonly problem: ProblemInit) {
    super(problem.code)
  }
}

/**
 * One act on a machine-backed case, as its machine allows it to the caller's side. The case is
 * read again, locked, inside the transaction and written only if it is still as read: of two acts
 * at once (on any instances), the second is refused. State, what the act sends with it, timeline
 * event, audit row and the other sides' messages are written together, or none of them.
 */
export async function actOnMachineCase<Row extends { readonly state: State }, State, Action extends object, Party, EventKind, Changes extends MovedColumns<State>, View>(
  kind: MachineCase<Row, State, Action, Party, EventKind, Changes, View>,
  deps: Deps,
  actor: Actor,
  principal: Principal,
  id: string,
  action: Action,
): Promise<Result<View>> {
  const found = await deps.db.read((q) => kind.caseForCaller(q, principal, id))
  if (!found) return fail('not_found')
  const { party } = found
  const now = deps.clock.now()
  const at = now.toISOString()
  const today = todayOf(deps)

  try {
    return await deps.db.transaction(async (tx): Promise<Result<View>> => {
      const row = await kind.locked(tx, id)
      if (!row) return fail('not_found')
      const moved = kind.transition(await loadWorkCalendar(tx), row.state, action, { today, by: party })
      if (!moved.ok) return { ok: false, problem: machineRefusal(moved.reason) }
      const act = { id, row, action, party, state: moved.state, event: moved.event, principal, now, at }
      const changes = await kind.changes(tx, act)
      if (!changes.ok) throw new Refused(changes.problem)
      if (!(await kind.update(tx, row, changes.value))) throw new Refused(machineRefusal('illegal_transition'))
      const updated: Row = { ...row, ...changes.value }
      const reason = writtenReason(action)
      await kind.record(tx, act, updated, reason === null ? null : deps.sealer.seal(reason))
      await kind.tell(tx, deps, now, updated, moved.event, party)
      await appendAudit(tx, now, { ...actor, subjectUserId: kind.subjectOf(row, actor) }, { action: kind.audit.action, kind: 'write', objectType: kind.audit.objectType, objectId: id })
      return ok(await kind.view(tx, deps, updated, party))
    })
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem }
    throw error
  }
}

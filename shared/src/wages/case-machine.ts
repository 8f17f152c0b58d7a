import { deadlineAfter, extendDeadline, legalDeadlines } from './deadlines'
import { CaseActionKind, type CaseAction, type CaseDeadlines, type CaseEventKind, type CaseParty, type CaseStatus, type IsoDate } from './schemas'
import { calendarDaysBetween, type WorkCalendar } from './work-calendar'

/** Where a wage case stands and the dates it must meet; what the case table stores besides its content. */
export interface CaseState {
  status: CaseStatus
  submittedOn: IsoDate
  /** The day acceptance must be decided by. */
  acceptBy: IsoDate
  /**
   * The day the case must be settled by: expected (acceptBy + investigation) while submitted, the
   * legal date once accepted, the award date in arbitration; null when it ended unaccepted.
   */
  settleBy: IsoDate | null
  /** The deadline of the current step; null once final, or resolved and only waiting to be closed. */
  stageDeadline: IsoDate | null
  /** The one extension the law allows (inspection or arbitration award) has been used. */
  extended: boolean
  rated: boolean
}

export type CaseRefusal = 'illegal_transition' | 'not_your_action' | 'worker_must_confirm'

export type TransitionResult = { ok: true; state: CaseState; event: CaseEventKind } | { ok: false; reason: CaseRefusal }

export interface TransitionContext {
  /** The day the act happens, in China: deadlines count from it. */
  today: IsoDate
  by: CaseParty
}

const officials = ['officer', 'supervisor'] as const
// Grid staff file and follow cases for workers who cannot use the phone themselves.
const workerSide = ['worker', 'grid_staff'] as const

const is =
  (...statuses: CaseStatus[]) =>
  (state: CaseState) =>
    statuses.includes(state.status)

/** Who may do each act, from which states, and what the timeline calls it. */
const acts: Record<CaseActionKind, { parties: readonly CaseParty[]; from: (state: CaseState) => boolean; event: CaseEventKind }> = {
  accept: { parties: officials, from: is('submitted'), event: 'accepted' },
  reject: { parties: officials, from: is('submitted'), event: 'rejected' },
  mediate: { parties: officials, from: is('accepted'), event: 'mediation_started' },
  recordMediation: { parties: officials, from: is('mediating'), event: 'mediation_recorded' },
  transferInspection: { parties: officials, from: is('accepted', 'mediating'), event: 'transferred_inspection' },
  transferArbitration: { parties: officials, from: is('accepted', 'mediating'), event: 'transferred_arbitration' },
  // Extending is a head-of-department decision in both laws.
  extend: { parties: ['supervisor'], from: (state) => is('inspection', 'arbitration')(state) && !state.extended, event: 'extended' },
  close: { parties: officials, from: is('resolved', 'inspection', 'arbitration'), event: 'closed' },
  withdraw: { parties: workerSide, from: is('submitted', 'accepted', 'mediating'), event: 'withdrawn' },
  rate: { parties: workerSide, from: (state) => is('closed', 'rejected')(state) && !state.rated, event: 'rated' },
}

const finalStatuses: readonly CaseStatus[] = ['rejected', 'closed', 'withdrawn']

export function isFinal(status: CaseStatus): boolean {
  return finalStatuses.includes(status)
}

export function isOpen(status: CaseStatus): boolean {
  return !isFinal(status)
}

export function partiesFor(kind: CaseActionKind): readonly CaseParty[] {
  return acts[kind].parties
}

export function openCase(calendar: WorkCalendar, submittedOn: IsoDate): CaseState {
  const acceptBy = deadlineAfter(calendar, legalDeadlines.acceptance, submittedOn)
  return {
    status: 'submitted',
    submittedOn,
    acceptBy,
    settleBy: deadlineAfter(calendar, legalDeadlines.investigation, acceptBy),
    stageDeadline: acceptBy,
    extended: false,
    rated: false,
  }
}

/** What `by` may do to the case now; a settled mediation still needs the worker's confirmation. */
export function allowedActions(state: CaseState, by: CaseParty): CaseActionKind[] {
  return CaseActionKind.options.filter((kind) => acts[kind].parties.includes(by) && acts[kind].from(state))
}

/** The case after one act, or why the act is refused. Pure: `state` is never changed. */
export function transition(calendar: WorkCalendar, state: CaseState, action: CaseAction, context: TransitionContext): TransitionResult {
  const act = acts[action.kind]
  if (!act.parties.includes(context.by)) return { ok: false, reason: 'not_your_action' }
  if (!act.from(state)) return { ok: false, reason: 'illegal_transition' }
  const next = apply(calendar, state, action, context.today)
  if (next === 'worker_must_confirm') return { ok: false, reason: next }
  return { ok: true, state: next, event: act.event }
}

function apply(calendar: WorkCalendar, state: CaseState, action: CaseAction, today: IsoDate): CaseState | 'worker_must_confirm' {
  const { investigation, mediation, arbitrationAcceptance, arbitrationAward } = legalDeadlines
  switch (action.kind) {
    case 'accept': {
      const settleBy = deadlineAfter(calendar, investigation, today)
      return { ...state, status: 'accepted', settleBy, stageDeadline: settleBy }
    }
    case 'reject':
      return { ...state, status: 'rejected', settleBy: null, stageDeadline: null }
    case 'mediate':
      return { ...state, status: 'mediating', stageDeadline: deadlineAfter(calendar, mediation, today) }
    case 'recordMediation':
      if (!action.settled) return { ...state, status: 'accepted', stageDeadline: known(state.settleBy) }
      // An officer's word alone must not end a worker's claim.
      if (!action.workerConfirmed) return 'worker_must_confirm'
      return { ...state, status: 'resolved', stageDeadline: null }
    // The 60 working days of an investigation run from acceptance (立案), not from the transfer:
    // mediating first does not buy the office more time.
    case 'transferInspection':
      return { ...state, status: 'inspection', stageDeadline: known(state.settleBy) }
    case 'transferArbitration': {
      const award = deadlineAfter(calendar, arbitrationAward, deadlineAfter(calendar, arbitrationAcceptance, today))
      return { ...state, status: 'arbitration', settleBy: award, stageDeadline: award }
    }
    case 'extend': {
      const rule = state.status === 'inspection' ? investigation : arbitrationAward
      return {
        ...state,
        extended: true,
        settleBy: extendDeadline(calendar, rule, known(state.settleBy)),
        stageDeadline: extendDeadline(calendar, rule, known(state.stageDeadline)),
      }
    }
    case 'close':
      return { ...state, status: 'closed', stageDeadline: null }
    case 'withdraw':
      return { ...state, status: 'withdrawn', settleBy: state.status === 'submitted' ? null : state.settleBy, stageDeadline: null }
    case 'rate':
      return { ...state, rated: true }
  }
}

/** Calendar days from `today` to the current deadline; negative when overdue, null when there is none. */
export function daysLeft(state: CaseState, today: IsoDate): number | null {
  if (!isOpen(state.status) || state.stageDeadline === null) return null
  return calendarDaysBetween(today, state.stageDeadline)
}

/** A deadline is met by acting on its day: overdue starts the day after. */
export function isOverdue(state: CaseState, today: IsoDate): boolean {
  const left = daysLeft(state, today)
  return left !== null && left < 0
}

/** The case's dates as the API shows them. */
export function caseDeadlines(state: CaseState, today: IsoDate): CaseDeadlines {
  return {
    acceptBy: state.acceptBy,
    settleBy: state.settleBy,
    stageDeadline: state.stageDeadline,
    daysLeft: daysLeft(state, today),
    overdue: isOverdue(state, today),
    extended: state.extended,
  }
}

/** States the machine made always carry these dates; one read back without them is corrupt. */
function known(date: IsoDate | null): IsoDate {
  if (date === null) throw new Error('Case state is missing a deadline its status requires')
  return date
}

import { deadlineAfter, legalDeadlines } from '../wages/deadlines'
import type { IsoDate } from '../wages/schemas'
import { addCalendarDays, addWorkingDays, type WorkCalendar } from '../wages/work-calendar'
import {
  ArbitrationActionKind,
  type ArbitrationAction,
  type ArbitrationEventKind,
  type ArbitrationParty,
  type ArbitrationStatus,
  type HearingMode,
} from './schemas'

/**
 * Where an arbitration stands and the dates it must meet (decision 069). Each date is set by the
 * act that starts its clock and kept afterwards, so the case's history can be read from it; which
 * of them still bind is `openDeadlines`' answer.
 */
export interface ArbitrationState {
  status: ArbitrationStatus
  appliedOn: IsoDate
  /** Acceptance decided by (art. 29): 5 working days from the application. */
  acceptBy: IsoDate
  acceptedOn: IsoDate | null
  /** The application served on the respondent by (art. 30): 5 working days from acceptance. */
  serveBy: IsoDate | null
  servedOn: IsoDate | null
  /** The tribunal's composition notified by (art. 32): 5 working days from acceptance. */
  tribunalBy: IsoDate | null
  tribunalFormedOn: IsoDate | null
  /** The respondent's defence due by (art. 30): 10 working days from service. */
  defenceBy: IsoDate | null
  defenceOn: IsoDate | null
  /** The defence, and its evidence, served on the applicant by (art. 30): 5 working days from the defence. */
  serveDefenceBy: IsoDate | null
  defenceServedOn: IsoDate | null
  hearing: { on: IsoDate; mode: HearingMode; postponements: number } | null
  heardOn: IsoDate | null
  /** The award due by (art. 43): 45 days from acceptance, 60 once the chair extends it. */
  awardBy: IsoDate | null
  /** The one extension has been used. */
  extended: boolean
  /** The day it was refused, withdrawn or awarded. */
  endedOn: IsoDate | null
  /**
   * After an award, the last day to take it to court (arts. 48, 50). Counted from the day the award
   * is recorded, taken as the day the parties receive it (the portal serves it that day); a paper
   * award served later starts its own 15 days.
   */
  sueBy: IsoDate | null
}

/**
 * Why an act is refused. Besides the machine's two: a hearing set sooner than its notice and the
 * defence period allow; a hearing recorded before its day; an extension asked for once the award's
 * time limit has run out, when the law already lets the parties go to court (art. 43).
 */
export type ArbitrationRefusal = 'illegal_transition' | 'not_your_action' | 'hearing_too_soon' | 'before_hearing_day' | 'deadline_passed'

export type ArbitrationResult = { ok: true; state: ArbitrationState; event: ArbitrationEventKind } | { ok: false; reason: ArbitrationRefusal }

export interface ArbitrationContext {
  /** The day the act happens, in China: deadlines count from it. */
  today: IsoDate
  by: ArbitrationParty
}

// The arbitrator acts for the commission; its chair may do whatever the arbitrator may.
const office = ['arbitrator', 'chair'] as const
// Grid staff file and follow cases for applicants who cannot use the phone themselves.
const applicantSide = ['applicant', 'grid_staff'] as const

const is =
  (...statuses: ArbitrationStatus[]) =>
  (state: ArbitrationState) =>
    statuses.includes(state.status)
const pending = is('accepted', 'tribunal_formed', 'hearing_scheduled', 'heard')

/** Who may do each act, from which states, and what the timeline calls it. */
const acts: Record<
  ArbitrationActionKind,
  { parties: readonly ArbitrationParty[]; from: (state: ArbitrationState) => boolean; event: ArbitrationEventKind }
> = {
  accept: { parties: office, from: is('applied'), event: 'accepted' },
  refuse: { parties: office, from: is('applied'), event: 'refused' },
  serve: { parties: office, from: (state) => is('accepted', 'tribunal_formed')(state) && state.servedOn === null, event: 'served' },
  formTribunal: { parties: office, from: is('accepted'), event: 'tribunal_formed' },
  // A defence is the respondent's right, not a step the case waits for: without one the case goes
  // on (art. 30), and one handed in late is still taken until the hearing.
  submitDefence: {
    parties: ['respondent'],
    from: (state) => is('accepted', 'tribunal_formed', 'hearing_scheduled')(state) && state.servedOn !== null && state.defenceOn === null,
    event: 'defence_submitted',
  },
  // The defence reaches the applicant when the commission serves it (decision 072): until then its
  // evidence is not hers to read. Served late is still served, until the case ends.
  serveDefence: {
    parties: office,
    from: (state) => state.defenceOn !== null && state.defenceServedOn === null && !isFinal(state.status),
    event: 'defence_served',
  },
  scheduleHearing: { parties: office, from: (state) => is('tribunal_formed')(state) && state.servedOn !== null, event: 'hearing_scheduled' },
  postponeHearing: { parties: office, from: is('hearing_scheduled'), event: 'hearing_postponed' },
  recordHearing: { parties: office, from: is('hearing_scheduled'), event: 'heard' },
  extend: { parties: ['chair'], from: (state) => pending(state) && !state.extended, event: 'extended' },
  award: { parties: office, from: is('heard'), event: 'awarded' },
  withdraw: { parties: applicantSide, from: (state) => is('applied')(state) || pending(state), event: 'withdrawn' },
}

const finalStatuses: readonly ArbitrationStatus[] = ['refused', 'awarded', 'withdrawn']

export function isFinal(status: ArbitrationStatus): boolean {
  return finalStatuses.includes(status)
}

export function partiesFor(kind: ArbitrationActionKind): readonly ArbitrationParty[] {
  return acts[kind].parties
}

export function openArbitration(calendar: WorkCalendar, appliedOn: IsoDate): ArbitrationState {
  return {
    status: 'applied',
    appliedOn,
    acceptBy: deadlineAfter(calendar, legalDeadlines.arbitrationAcceptance, appliedOn),
    acceptedOn: null,
    serveBy: null,
    servedOn: null,
    tribunalBy: null,
    tribunalFormedOn: null,
    defenceBy: null,
    defenceOn: null,
    serveDefenceBy: null,
    defenceServedOn: null,
    hearing: null,
    heardOn: null,
    awardBy: null,
    extended: false,
    endedOn: null,
    sueBy: null,
  }
}

/** What `by` may do now. Acts that also depend on the day (hearings, the extension) may still be refused for it. */
export function allowedActions(state: ArbitrationState, by: ArbitrationParty): ArbitrationActionKind[] {
  return ArbitrationActionKind.options.filter((kind) => acts[kind].parties.includes(by) && acts[kind].from(state))
}

/**
 * The first day a hearing set on `today` may be held: the parties are told five working days
 * before (art. 35), and a respondent who has not answered keeps the whole defence period (art. 30).
 */
export function earliestHearingOn(calendar: WorkCalendar, state: ArbitrationState, today: IsoDate): IsoDate {
  const notice = addWorkingDays(calendar, today, legalDeadlines.arbitrationHearingNotice.days)
  if (state.defenceOn !== null || state.defenceBy === null) return notice
  const afterDefence = addCalendarDays(state.defenceBy, 1)
  return afterDefence > notice ? afterDefence : notice
}

/** The case after one act, or why the act is refused. Pure: `state` is never changed. */
export function transition(calendar: WorkCalendar, state: ArbitrationState, action: ArbitrationAction, context: ArbitrationContext): ArbitrationResult {
  const act = acts[action.kind]
  if (!act.parties.includes(context.by)) return { ok: false, reason: 'not_your_action' }
  if (!act.from(state)) return { ok: false, reason: 'illegal_transition' }
  const next = apply(calendar, state, action, context.today)
  if (typeof next === 'string') return { ok: false, reason: next }
  return { ok: true, state: next, event: act.event }
}

function apply(calendar: WorkCalendar, state: ArbitrationState, action: ArbitrationAction, today: IsoDate): ArbitrationState | ArbitrationRefusal {
  const { arbitrationService, arbitrationTribunalNotice, arbitrationAward, arbitrationDefence, arbitrationDefenceService, suitAfterAward } = legalDeadlines
  switch (action.kind) {
    case 'accept':
      return {
        ...state,
        status: 'accepted',
        acceptedOn: today,
        serveBy: deadlineAfter(calendar, arbitrationService, today),
        tribunalBy: deadlineAfter(calendar, arbitrationTribunalNotice, today),
        awardBy: deadlineAfter(calendar, arbitrationAward, today),
      }
    case 'refuse':
      return { ...state, status: 'refused', endedOn: today }
    case 'serve':
      return { ...state, servedOn: today, defenceBy: deadlineAfter(calendar, arbitrationDefence, today) }
    case 'formTribunal':
      return { ...state, status: 'tribunal_formed', tribunalFormedOn: today }
    case 'submitDefence':
      return { ...state, defenceOn: today, serveDefenceBy: deadlineAfter(calendar, arbitrationDefenceService, today) }
    case 'serveDefence':
      return { ...state, defenceServedOn: today }
    case 'scheduleHearing':
      if (action.on < earliestHearingOn(calendar, state, today)) return 'hearing_too_soon'
      return { ...state, status: 'hearing_scheduled', hearing: { on: action.on, mode: action.mode, postponements: 0 } }
    case 'postponeHearing': {
      const hearing = known(state.hearing)
      if (action.on <= hearing.on || action.on < earliestHearingOn(calendar, state, today)) return 'hearing_too_soon'
      return { ...state, hearing: { on: action.on, mode: action.mode, postponements: hearing.postponements + 1 } }
    }
    case 'recordHearing':
      if (today < known(state.hearing).on) return 'before_hearing_day'
      return { ...state, status: 'heard', heardOn: today }
    // Extending is counted from acceptance, not from a last day that was moved off a rest day.
    case 'extend':
      if (today > known(state.awardBy)) return 'deadline_passed'
      return { ...state, extended: true, awardBy: deadlineAfter(calendar, arbitrationAward, known(state.acceptedOn), true) }
    case 'award':
      return { ...state, status: 'awarded', endedOn: today, sueBy: deadlineAfter(calendar, suitAfterAward, today) }
    case 'withdraw':
      return { ...state, status: 'withdrawn', endedOn: today }
  }
}

/** A clock still running: what is due, by whom, by when. */
export interface OpenDeadline {
  step: 'acceptance' | 'service' | 'tribunal' | 'defence' | 'defenceService' | 'award' | 'suit'
  /** Whose act it waits for: the commission's, the respondent's, or either side's going to court. */
  owner: 'office' | 'respondent' | 'parties'
  due: IsoDate
}

export function openDeadlines(state: ArbitrationState): OpenDeadline[] {
  const running: [OpenDeadline['step'], OpenDeadline['owner'], IsoDate | null, boolean][] = [
    ['acceptance', 'office', state.acceptBy, state.status === 'applied'],
    ['service', 'office', state.serveBy, pending(state) && state.servedOn === null],
    ['tribunal', 'office', state.tribunalBy, state.status === 'accepted'],
    ['defence', 'respondent', state.defenceBy, acts.submitDefence.from(state)],
    ['defenceService', 'office', state.serveDefenceBy, acts.serveDefence.from(state)],
    ['award', 'office', state.awardBy, pending(state)],
    ['suit', 'parties', state.sueBy, state.status === 'awarded'],
  ]
  return running.flatMap(([step, owner, due, open]) => (open && due !== null ? [{ step, owner, due }] : []))
}

/** The commission's steps past their day: what an arbitrator's queue marks overdue. A deadline met on its day is not. */
export function overdueSteps(state: ArbitrationState, today: IsoDate): OpenDeadline['step'][] {
  return openDeadlines(state)
    .filter((deadline) => deadline.owner === 'office' && deadline.due < today)
    .map((deadline) => deadline.step)
}

/**
 * Why the applicant may take the dispute to court now, or null when it may not: the commission
 * refused it, or did not decide on acceptance in time (art. 29), or did not award in time (art.
 * 43); or it was awarded and the 15 days to sue are running (who may sue: `awardFinality`).
 * Acceptance overdue is this derived answer, not a status: the commission may still accept late,
 * and the case stays where it is until it does or the applicant withdraws to go to court.
 */
export function mayGoToCourt(state: ArbitrationState, today: IsoDate): 'refused' | 'acceptance_overdue' | 'award_overdue' | 'award' | null {
  if (state.status === 'refused') return 'refused'
  if (state.status === 'applied') return today > state.acceptBy ? 'acceptance_overdue' : null
  if (pending(state)) return today > known(state.awardBy) ? 'award_overdue' : null
  if (state.status === 'awarded') return today <= known(state.sueBy) ? 'award' : null
  return null
}

/** States the machine made always carry what their status requires; one read back without it is corrupt. */
function known<T>(value: T | null): T {
  if (value === null) throw new Error('Arbitration state is missing a date its status requires')
  return value
}

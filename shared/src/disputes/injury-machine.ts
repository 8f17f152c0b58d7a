import { deadlineAfter, legalDeadlines } from '../wages/deadlines'
import type { IsoDate } from '../wages/schemas'
import type { WorkCalendar } from '../wages/work-calendar'
import { InjuryActionKind, InjuryApplicantKind, InjuryParty, type InjuryAction, type InjuryEventKind, type InjuryStatus } from './schemas'

/**
 * Where a work-injury case stands and the dates it must meet (decision 069): recognition by the
 * social-insurance office (工伤保险条例 arts. 17–20, 工伤认定办法), then, for a recognised injury,
 * the assessment of the worker's disability by the labour-capacity assessment committee (arts.
 * 23–26). Each date is set by the act that starts its clock and kept afterwards.
 *
 * Not modelled: the decision's clock stopping while it waits on a court's or another office's
 * conclusion (art. 20, para. 3), and the provincial committee's review once asked for (a new
 * assessment, with its own case).
 */
export interface InjuryState {
  status: InjuryStatus
  applicantKind: InjuryApplicantKind
  accidentOn: IsoDate
  appliedOn: IsoDate
  /**
   * Acceptance decided by: 15 days from the application, or from the day the missing documents
   * arrive (工伤认定办法 art. 8); null while the applicant gathers them.
   */
  acceptBy: IsoDate | null
  documentsRequestedOn: IsoDate | null
  documentsSuppliedOn: IsoDate | null
  acceptedOn: IsoDate | null
  /** An officer found the facts clear and the rights and duties plain: 15 days to decide instead of 60. */
  factsClear: boolean
  /** Recognition decided by (art. 20): 60 days from acceptance, or 15 when the facts are clear. */
  decideBy: IsoDate | null
  decidedOn: IsoDate | null
  assessmentRequestedOn: IsoDate | null
  /** The assessment due by (art. 25): 60 days from the request, 90 once extended. */
  assessBy: IsoDate | null
  assessmentExtended: boolean
  assessedOn: IsoDate | null
  /** The last day to ask the provincial committee to review the assessment (art. 26). */
  reviewBy: IsoDate | null
  reviewRequestedOn: IsoDate | null
  /** The day it was refused, withdrawn or not recognised. */
  endedOn: IsoDate | null
}

/** Why an act is refused. Besides the machine's two: a clock shortened, extended or used after it has run out. */
export type InjuryRefusal = 'illegal_transition' | 'not_your_action' | 'deadline_passed'

export type InjuryResult = { ok: true; state: InjuryState; event: InjuryEventKind } | { ok: false; reason: InjuryRefusal }

export interface InjuryContext {
  /** The day the act happens, in China: deadlines count from it. */
  today: IsoDate
  by: InjuryParty
}

// Grid staff file and follow cases for workers who cannot use the phone themselves.
const workerSide = ['worker', 'grid_staff'] as const
const officer = ['officer'] as const
const committee = ['committee'] as const
/** Who applied: the employer, or the worker's side (the worker, a close relative or the union). */
const applicant = (kind: InjuryApplicantKind): readonly InjuryParty[] => (kind === 'employer' ? ['employer'] : workerSide)
// The employer and the worker may each ask for an assessment, and for its review (arts. 23, 26).
const eitherSide = [...workerSide, 'employer'] as const

const is =
  (...statuses: InjuryStatus[]) =>
  (state: InjuryState) =>
    statuses.includes(state.status)
const awaitingAcceptance = is('applied', 'documents_supplied')

/** Who may do each act, from which states, and what the timeline calls it. */
const acts: Record<
  InjuryActionKind,
  { parties: (applicantKind: InjuryApplicantKind) => readonly InjuryParty[]; from: (state: InjuryState) => boolean; event: InjuryEventKind }
> = {
  // One written list of everything missing: the status never returns to 'applied', so a second
  // request cannot be made.
  requestDocuments: { parties: () => officer, from: is('applied'), event: 'documents_requested' },
  supplyDocuments: { parties: applicant, from: is('documents_requested'), event: 'documents_supplied' },
  accept: { parties: () => officer, from: awaitingAcceptance, event: 'accepted' },
  refuse: { parties: () => officer, from: awaitingAcceptance, event: 'refused' },
  markFactsClear: { parties: () => officer, from: (state) => is('accepted')(state) && !state.factsClear, event: 'facts_marked_clear' },
  recognise: { parties: () => officer, from: is('accepted'), event: 'recognised' },
  notRecognise: { parties: () => officer, from: is('accepted'), event: 'not_recognised' },
  requestAssessment: { parties: () => eitherSide, from: is('recognised'), event: 'assessment_requested' },
  extendAssessment: { parties: () => committee, from: (state) => is('assessment_requested')(state) && !state.assessmentExtended, event: 'assessment_extended' },
  assess: { parties: () => committee, from: is('assessment_requested'), event: 'assessed' },
  requestReview: { parties: () => eitherSide, from: is('assessed'), event: 'review_requested' },
  withdraw: { parties: applicant, from: is('applied', 'documents_requested', 'documents_supplied', 'accepted'), event: 'withdrawn' },
}

const finalStatuses: readonly InjuryStatus[] = ['refused', 'not_recognised', 'review_requested', 'withdrawn']

/** Nothing more happens to the case. A recognised injury may yet be assessed, an assessment reviewed. */
export function isFinal(status: InjuryStatus): boolean {
  return finalStatuses.includes(status)
}

/** The parties that may ever do `kind`, whoever applied. */
export function partiesFor(kind: InjuryActionKind): readonly InjuryParty[] {
  return InjuryParty.options.filter((party) => InjuryApplicantKind.options.some((applicantKind) => acts[kind].parties(applicantKind).includes(party)))
}

export function openInjuryCase(calendar: WorkCalendar, application: { accidentOn: IsoDate; appliedOn: IsoDate; applicantKind: InjuryApplicantKind }): InjuryState {
  if (application.appliedOn < application.accidentOn) throw new RangeError('An application cannot come before its accident')
  return {
    status: 'applied',
    ...application,
    acceptBy: deadlineAfter(calendar, legalDeadlines.injuryAcceptance, application.appliedOn),
    documentsRequestedOn: null,
    documentsSuppliedOn: null,
    acceptedOn: null,
    factsClear: false,
    decideBy: null,
    decidedOn: null,
    assessmentRequestedOn: null,
    assessBy: null,
    assessmentExtended: false,
    assessedOn: null,
    reviewBy: null,
    reviewRequestedOn: null,
    endedOn: null,
  }
}

/** What `by` may do now. Acts on a clock (marking facts clear, extending, asking for review) may still be refused for the day. */
export function allowedActions(state: InjuryState, by: InjuryParty): InjuryActionKind[] {
  return InjuryActionKind.options.filter((kind) => acts[kind].parties(state.applicantKind).includes(by) && acts[kind].from(state))
}

/** The case after one act, or why the act is refused. Pure: `state` is never changed. */
export function transition(calendar: WorkCalendar, state: InjuryState, action: InjuryAction, context: InjuryContext): InjuryResult {
  const act = acts[action.kind]
  if (!act.parties(state.applicantKind).includes(context.by)) return { ok: false, reason: 'not_your_action' }
  if (!act.from(state)) return { ok: false, reason: 'illegal_transition' }
  const next = apply(calendar, state, action, context.today)
  if (typeof next === 'string') return { ok: false, reason: next }
  return { ok: true, state: next, event: act.event }
}

function apply(calendar: WorkCalendar, state: InjuryState, action: InjuryAction, today: IsoDate): InjuryState | InjuryRefusal {
  const { injuryAcceptance, injuryDecision, injuryDecisionClearFacts, disabilityAssessment, assessmentReview } = legalDeadlines
  switch (action.kind) {
    case 'requestDocuments':
      return { ...state, status: 'documents_requested', documentsRequestedOn: today, acceptBy: null }
    case 'supplyDocuments':
      return { ...state, status: 'documents_supplied', documentsSuppliedOn: today, acceptBy: deadlineAfter(calendar, injuryAcceptance, today) }
    case 'accept':
      return { ...state, status: 'accepted', acceptedOn: today, decideBy: deadlineAfter(calendar, injuryDecision, today) }
    case 'refuse':
      return { ...state, status: 'refused', endedOn: today }
    // The 15 days run from acceptance: facts found clear on the 20th day cannot make the decision
    // due before it was asked for.
    case 'markFactsClear': {
      const decideBy = deadlineAfter(calendar, injuryDecisionClearFacts, known(state.acceptedOn))
      if (today > decideBy) return 'deadline_passed'
      return { ...state, factsClear: true, decideBy }
    }
    case 'recognise':
      return { ...state, status: 'recognised', decidedOn: today }
    case 'notRecognise':
      return { ...state, status: 'not_recognised', decidedOn: today, endedOn: today }
    case 'requestAssessment':
      return { ...state, status: 'assessment_requested', assessmentRequestedOn: today, assessBy: deadlineAfter(calendar, disabilityAssessment, today) }
    // Counted from the request, not from a last day that was moved off a rest day; and only while
    // the 60 days run, as an extension is of a time limit still open.
    case 'extendAssessment':
      if (today > known(state.assessBy)) return 'deadline_passed'
      return { ...state, assessmentExtended: true, assessBy: deadlineAfter(calendar, disabilityAssessment, known(state.assessmentRequestedOn), true) }
    case 'assess':
      return { ...state, status: 'assessed', assessedOn: today, reviewBy: deadlineAfter(calendar, assessmentReview, today) }
    case 'requestReview':
      if (today > known(state.reviewBy)) return 'deadline_passed'
      return { ...state, status: 'review_requested', reviewRequestedOn: today }
    case 'withdraw':
      return { ...state, status: 'withdrawn', endedOn: today }
  }
}

/** A clock still running: what is due, by whom, by when. */
export interface InjuryDeadline {
  step: 'acceptance' | 'decision' | 'assessment' | 'review'
  /** Whose act it waits for: the office's, the committee's, or either side's asking for review. */
  owner: 'office' | 'committee' | 'parties'
  due: IsoDate
}

export function openDeadlines(state: InjuryState): InjuryDeadline[] {
  const running: [InjuryDeadline['step'], InjuryDeadline['owner'], IsoDate | null, boolean][] = [
    ['acceptance', 'office', state.acceptBy, awaitingAcceptance(state)],
    ['decision', 'office', state.decideBy, state.status === 'accepted'],
    ['assessment', 'committee', state.assessBy, state.status === 'assessment_requested'],
    ['review', 'parties', state.reviewBy, state.status === 'assessed'],
  ]
  return running.flatMap(([step, owner, due, open]) => (open && due !== null ? [{ step, owner, due }] : []))
}

/** The office's and the committee's steps past their day. A deadline met on its day is not overdue. */
export function overdueSteps(state: InjuryState, today: IsoDate): InjuryDeadline['step'][] {
  return openDeadlines(state)
    .filter((deadline) => deadline.owner !== 'parties' && deadline.due < today)
    .map((deadline) => deadline.step)
}

/** States the machine made always carry what their status requires; one read back without it is corrupt. */
function known<T>(value: T | null): T {
  if (value === null) throw new Error('Injury state is missing a date its status requires')
  return value
}

import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { officialCalendar2026 } from '../wages/holidays'
import type { IsoDate } from '../wages/schemas'
import { addCalendarDays, createWorkCalendar, type WorkCalendar } from '../wages/work-calendar'
import { allowedActions, isFinal, openDeadlines, openInjuryCase, overdueSteps, partiesFor, transition, type InjuryState } from './injury-machine'
import { InjuryActionKind, InjuryApplicantKind, InjuryParty, InjuryStatus, type InjuryAction, type InjuryEventKind } from './schemas'

const china2026 = createWorkCalendar(officialCalendar2026)

const actions = {
  requestDocuments: { kind: 'requestDocuments', missing: ['医疗诊断证明书', '劳动关系证明'] },
  supplyDocuments: { kind: 'supplyDocuments', evidenceIds: ['file-1'] },
  accept: { kind: 'accept' },
  refuse: { kind: 'refuse', reason: '不属于本部门管辖' },
  markFactsClear: { kind: 'markFactsClear' },
  recognise: { kind: 'recognise' },
  notRecognise: { kind: 'notRecognise', reason: '非因工作原因受伤' },
  requestAssessment: { kind: 'requestAssessment' },
  extendAssessment: { kind: 'extendAssessment', reason: '需要补充检查' },
  assess: { kind: 'assess', grade: 8 },
  requestReview: { kind: 'requestReview' },
  withdraw: { kind: 'withdraw', reason: '' },
} satisfies Record<InjuryActionKind, InjuryAction>

function run(steps: readonly [InjuryAction, InjuryParty, IsoDate][], from: InjuryState): InjuryState {
  return steps.reduce((state, [action, by, today]) => {
    const result = transition(china2026, state, action, { today, by })
    if (!result.ok) throw new Error(`${action.kind} by ${by} on ${today} from ${state.status}: ${result.reason}`)
    return result.state
  }, from)
}
const refusal = (state: InjuryState, action: InjuryAction, by: InjuryParty, today: IsoDate) => {
  const result = transition(china2026, state, action, { today, by })
  return result.ok ? 'ok' : result.reason
}

describe('a work injury from application to the review of its assessment', () => {
  const applied = openInjuryCase(china2026, { accidentOn: '2026-01-20', appliedOn: '2026-02-06', applicantKind: 'worker' })

  test("applied for before Spring Festival, acceptance is due 15 days on, moved off the holiday", () => {
    // 21 February is a Saturday in Spring Festival; the first working day after it is the 24th.
    expect(applied).toMatchObject({ status: 'applied', acceptBy: '2026-02-24', documentsRequestedOn: null })
    expect(openDeadlines(applied)).toEqual([{ step: 'acceptance', owner: 'office', due: '2026-02-24' }])
    expect(overdueSteps(applied, '2026-02-24')).toEqual([])
    expect(overdueSteps(applied, '2026-02-25')).toEqual(['acceptance'])
  })

  const requested = run([[actions.requestDocuments, 'officer', '2026-02-24']], applied)
  const supplied = run([[actions.supplyDocuments, 'grid_staff', '2026-03-02']], requested)

  test('one written list of missing documents stops the clock; it runs 15 days again from when they arrive', () => {
    expect(requested).toMatchObject({ status: 'documents_requested', acceptBy: null, documentsRequestedOn: '2026-02-24' })
    expect(openDeadlines(requested)).toEqual([])
    expect(supplied).toMatchObject({ status: 'documents_supplied', documentsSuppliedOn: '2026-03-02', acceptBy: '2026-03-17' })
  })

  test('a second list of missing documents is refused', () => {
    expect(refusal(requested, actions.requestDocuments, 'officer', '2026-02-25')).toBe('illegal_transition')
    expect(refusal(supplied, actions.requestDocuments, 'officer', '2026-03-03')).toBe('illegal_transition')
  })

  test('only the side that applied supplies the documents', () => {
    expect(refusal(requested, actions.supplyDocuments, 'employer', '2026-03-02')).toBe('not_your_action')
    const byEmployer = openInjuryCase(china2026, { accidentOn: '2026-01-20', appliedOn: '2026-02-06', applicantKind: 'employer' })
    const waiting = run([[actions.requestDocuments, 'officer', '2026-02-24']], byEmployer)
    expect(refusal(waiting, actions.supplyDocuments, 'worker', '2026-03-02')).toBe('not_your_action')
    expect(run([[actions.supplyDocuments, 'employer', '2026-03-02']], waiting).status).toBe('documents_supplied')
  })

  const accepted = run([[actions.accept, 'officer', '2026-03-10']], supplied)

  test('accepted, the decision is due in 60 days: 9 May, a make-up Saturday, so it stays', () => {
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-03-10', decideBy: '2026-05-09', factsClear: false })
  })

  test('facts marked clear bring the decision to 15 days from acceptance, once, and not after those have run out', () => {
    const clear = run([[actions.markFactsClear, 'officer', '2026-03-20']], accepted)
    expect(clear).toMatchObject({ factsClear: true, decideBy: '2026-03-25' })
    expect(refusal(clear, actions.markFactsClear, 'officer', '2026-03-21')).toBe('illegal_transition')
    expect(refusal(accepted, actions.markFactsClear, 'officer', '2026-03-25')).toBe('ok')
    expect(refusal(accepted, actions.markFactsClear, 'officer', '2026-03-26')).toBe('deadline_passed')
  })

  const recognised = run([[actions.recognise, 'officer', '2026-03-24']], accepted)
  const assessing = run([[actions.requestAssessment, 'employer', '2026-04-01']], recognised)

  test('recognised, either side asks for an assessment, due in 60 days: Sunday 31 May, so Monday 1 June', () => {
    expect(recognised).toMatchObject({ status: 'recognised', decidedOn: '2026-03-24' })
    expect(isFinal(recognised.status)).toBe(false)
    expect(openDeadlines(recognised)).toEqual([])
    expect(assessing).toMatchObject({ status: 'assessment_requested', assessmentRequestedOn: '2026-04-01', assessBy: '2026-06-01' })
    expect(run([[actions.requestAssessment, 'worker', '2026-04-01']], recognised).status).toBe('assessment_requested')
  })

  test('the committee extends the assessment once by 30 days, counted from the request, while the 60 days still run', () => {
    const extended = run([[actions.extendAssessment, 'committee', '2026-05-20']], assessing)
    expect(extended).toMatchObject({ assessmentExtended: true, assessBy: '2026-06-30' })
    expect(refusal(extended, actions.extendAssessment, 'committee', '2026-05-21')).toBe('illegal_transition')
    expect(refusal(assessing, actions.extendAssessment, 'officer', '2026-05-20')).toBe('not_your_action')
    expect(refusal(assessing, actions.extendAssessment, 'committee', '2026-06-02')).toBe('deadline_passed')
    expect(overdueSteps(assessing, '2026-06-02')).toEqual(['assessment'])
  })

  const assessed = run([[actions.assess, 'committee', '2026-06-05']], assessing)

  test('a review is asked for within 15 days of the assessment, moved past the Dragon Boat holiday', () => {
    expect(assessed).toMatchObject({ status: 'assessed', assessedOn: '2026-06-05', reviewBy: '2026-06-22' })
    expect(openDeadlines(assessed)).toEqual([{ step: 'review', owner: 'parties', due: '2026-06-22' }])
    expect(overdueSteps(assessed, '2026-07-01')).toEqual([])
    expect(refusal(assessed, actions.requestReview, 'worker', '2026-06-23')).toBe('deadline_passed')
    const review = run([[actions.requestReview, 'employer', '2026-06-22']], assessed)
    expect(review).toMatchObject({ status: 'review_requested', reviewRequestedOn: '2026-06-22' })
    expect(isFinal(review.status)).toBe(true)
  })

  test('an injury not recognised, a refused or a withdrawn application ends the case', () => {
    expect(run([[actions.notRecognise, 'officer', '2026-04-01']], accepted)).toMatchObject({ status: 'not_recognised', decidedOn: '2026-04-01', endedOn: '2026-04-01' })
    expect(run([[actions.refuse, 'officer', '2026-02-10']], applied)).toMatchObject({ status: 'refused', endedOn: '2026-02-10' })
    expect(run([[actions.withdraw, 'worker', '2026-03-12']], accepted)).toMatchObject({ status: 'withdrawn', endedOn: '2026-03-12' })
    expect(refusal(accepted, actions.withdraw, 'employer', '2026-03-12')).toBe('not_your_action')
  })

  test('an application dated before its accident is corrupt', () => {
    expect(() => openInjuryCase(china2026, { accidentOn: '2026-02-07', appliedOn: '2026-02-06', applicantKind: 'union' })).toThrow(RangeError)
  })
})

/** The rules restated plainly: who may do what in each sample case. */
const applicantSide = (kind: InjuryApplicantKind): InjuryParty[] => (kind === 'employer' ? ['employer'] : ['worker', 'grid_staff'])
const open = (applicantKind: InjuryApplicantKind) => openInjuryCase(china2026, { accidentOn: '2026-02-02', appliedOn: '2026-03-02', applicantKind })
const day = '2026-03-03'
const path: Record<string, [InjuryAction, InjuryParty | 'applicant'][]> = {
  applied: [],
  documents_requested: [[actions.requestDocuments, 'officer']],
  documents_supplied: [[actions.requestDocuments, 'officer'], [actions.supplyDocuments, 'applicant']],
  accepted: [[actions.accept, 'officer']],
  'accepted, facts clear': [[actions.accept, 'officer'], [actions.markFactsClear, 'officer']],
  refused: [[actions.refuse, 'officer']],
  recognised: [[actions.accept, 'officer'], [actions.recognise, 'officer']],
  not_recognised: [[actions.accept, 'officer'], [actions.notRecognise, 'officer']],
  assessment_requested: [[actions.accept, 'officer'], [actions.recognise, 'officer'], [actions.requestAssessment, 'worker']],
  'assessment extended': [[actions.accept, 'officer'], [actions.recognise, 'officer'], [actions.requestAssessment, 'worker'], [actions.extendAssessment, 'committee']],
  assessed: [[actions.accept, 'officer'], [actions.recognise, 'officer'], [actions.requestAssessment, 'worker'], [actions.assess, 'committee']],
  review_requested: [[actions.accept, 'officer'], [actions.recognise, 'officer'], [actions.requestAssessment, 'worker'], [actions.assess, 'committee'], [actions.requestReview, 'employer']],
  withdrawn: [[actions.withdraw, 'applicant']],
}
function may(name: string, applicantKind: InjuryApplicantKind, by: InjuryParty): InjuryActionKind[] {
  const applicant = applicantSide(applicantKind).includes(by)
  const either = by === 'worker' || by === 'grid_staff' || by === 'employer'
  const table: Record<string, InjuryActionKind[]> = {
    applied: [...(by === 'officer' ? (['requestDocuments', 'accept', 'refuse'] as const) : []), ...(applicant ? (['withdraw'] as const) : [])],
    documents_requested: applicant ? ['supplyDocuments', 'withdraw'] : [],
    documents_supplied: [...(by === 'officer' ? (['accept', 'refuse'] as const) : []), ...(applicant ? (['withdraw'] as const) : [])],
    accepted: [...(by === 'officer' ? (['markFactsClear', 'recognise', 'notRecognise'] as const) : []), ...(applicant ? (['withdraw'] as const) : [])],
    'accepted, facts clear': [...(by === 'officer' ? (['recognise', 'notRecognise'] as const) : []), ...(applicant ? (['withdraw'] as const) : [])],
    recognised: either ? ['requestAssessment'] : [],
    assessment_requested: by === 'committee' ? ['extendAssessment', 'assess'] : [],
    'assessment extended': by === 'committee' ? ['assess'] : [],
    assessed: either ? ['requestReview'] : [],
  }
  return table[name] ?? []
}

describe('every act refused where the rules do not allow it', () => {
  for (const applicantKind of ['worker', 'employer'] as const) {
    const samples = Object.entries(path).map(([name, steps]) => {
      const state = run(
        steps.map(([action, by]) => [action, by === 'applicant' ? (applicantSide(applicantKind)[0] ?? 'worker') : by, day]),
        open(applicantKind),
      )
      return { name, state }
    })

    test(`the samples of a case the ${applicantKind} applied for cover every status`, () => {
      expect(new Set(samples.map((sample) => sample.state.status))).toEqual(new Set(InjuryStatus.options))
    })

    for (const { name, state } of samples)
      for (const by of InjuryParty.options)
        test(`${by} on a case the ${applicantKind} applied for, ${name}, may do ${may(name, applicantKind, by).join(', ') || 'nothing'} and nothing else`, () => {
          const allowed = may(name, applicantKind, by)
          expect(allowedActions(state, by)).toEqual(InjuryActionKind.options.filter((kind) => allowed.includes(kind)))
          for (const kind of InjuryActionKind.options) {
            const result = refusal(state, actions[kind], by, day)
            if (allowed.includes(kind)) expect(result, kind).toBe('ok')
            else expect(['not_your_action', 'illegal_transition'], kind).toContain(result)
            if (!partiesFor(kind).includes(by)) expect(result, kind).toBe('not_your_action')
          }
        })
  }
})

const eventOf: Record<InjuryActionKind, InjuryEventKind> = {
  requestDocuments: 'documents_requested',
  supplyDocuments: 'documents_supplied',
  accept: 'accepted',
  refuse: 'refused',
  markFactsClear: 'facts_marked_clear',
  recognise: 'recognised',
  notRecognise: 'not_recognised',
  requestAssessment: 'assessment_requested',
  extendAssessment: 'assessment_extended',
  assess: 'assessed',
  requestReview: 'review_requested',
  withdraw: 'withdrawn',
}
const rank: Record<InjuryStatus, number> = {
  applied: 0,
  documents_requested: 1,
  documents_supplied: 2,
  accepted: 3,
  refused: 3,
  recognised: 4,
  not_recognised: 4,
  assessment_requested: 5,
  assessed: 6,
  review_requested: 7,
  withdrawn: 7,
}
const dateFields = ['acceptBy', 'decideBy', 'assessBy', 'reviewBy'] as const
const actDays = ['appliedOn', 'documentsRequestedOn', 'documentsSuppliedOn', 'acceptedOn', 'decidedOn', 'assessmentRequestedOn', 'assessedOn', 'reviewRequestedOn', 'endedOn'] as const

interface Act {
  readonly action: InjuryAction
  readonly by: InjuryParty
  readonly gap: number
}

/** Follows one case through `acts`, checking after every act each rule that must always hold. */
function walk(calendar: WorkCalendar, start: InjuryState, acts: readonly ((state: InjuryState) => Act)[]): void {
  let today = start.appliedOn
  let state = Object.freeze(start)
  const counted: Partial<Record<InjuryEventKind, number>> = {}
  for (const choose of acts) {
    const { action, by, gap } = choose(state)
    today = addCalendarDays(today, gap)
    const before = structuredClone(state)
    const result = transition(calendar, state, action, { today, by })

    expect(state).toEqual(before)
    expect(result.ok || result.reason === 'deadline_passed').toBe(allowedActions(state, by).includes(action.kind))
    if (!partiesFor(action.kind).includes(by)) expect(result).toEqual({ ok: false, reason: 'not_your_action' })
    if (!result.ok) continue
    // Terminal states stay terminal: nothing is allowed on a final case.
    expect(isFinal(state.status)).toBe(false)

    const next = result.state
    expect(result.event).toBe(eventOf[action.kind])
    counted[result.event] = (counted[result.event] ?? 0) + 1
    expect(rank[next.status]).toBeGreaterThanOrEqual(rank[state.status])

    // A deadline is set on the day of an act, never before it; clear facts only ever shorten the
    // decision's, an extension only lengthens the assessment's.
    if (action.kind === 'markFactsClear') expect(next.decideBy !== null && state.decideBy !== null && next.decideBy <= state.decideBy).toBe(true)
    if (action.kind === 'extendAssessment') expect(next.assessBy !== null && state.assessBy !== null && next.assessBy >= state.assessBy).toBe(true)
    for (const field of dateFields) {
      const is = next[field]
      if (is !== state[field] && is !== null) expect(is >= today, `${field} ${is} set on ${today}`).toBe(true)
    }
    for (const field of actDays) if (state[field] !== null) expect(next[field]).toBe(state[field])
    for (const field of actDays) {
      const on = next[field]
      if (on !== null) expect(on >= next.appliedOn && on <= today).toBe(true)
    }

    state = Object.freeze(next)
    // One list of documents, one extension, facts found clear once.
    for (const once of ['documents_requested', 'documents_supplied', 'facts_marked_clear', 'assessment_extended', 'accepted'] as const)
      expect(counted[once] ?? 0).toBeLessThanOrEqual(1)
    expect(state.assessmentExtended).toBe(counted.assessment_extended === 1)
    expect(state.factsClear).toBe(counted.facts_marked_clear === 1)
    // Never accepted while the documents asked for are missing; never decided unaccepted; never
    // assessed unless recognised; a review only asked for in time.
    if (state.acceptedOn !== null && state.documentsRequestedOn !== null) expect(state.documentsSuppliedOn !== null && state.documentsSuppliedOn <= state.acceptedOn).toBe(true)
    if (state.decidedOn !== null) expect(state.acceptedOn !== null && state.acceptedOn <= state.decidedOn).toBe(true)
    if (state.assessmentRequestedOn !== null) expect(counted.recognised).toBe(1)
    if (state.reviewRequestedOn !== null) expect(state.reviewBy !== null && state.reviewRequestedOn <= state.reviewBy).toBe(true)
    expect(state.endedOn !== null).toBe(['refused', 'not_recognised', 'withdrawn'].includes(state.status))
    if (isFinal(state.status)) for (const party of InjuryParty.options) expect(allowedActions(state, party)).toEqual([])
    if (isFinal(state.status)) expect(openDeadlines(state)).toEqual([])
  }
}

const base = '2025-12-01'
const randomCalendar = fc
  .array(fc.record({ date: fc.nat(800).map((n) => addCalendarDays(base, n)), kind: fc.constantFrom('holiday' as const, 'workday' as const) }), { maxLength: 80 })
  .map((days) => createWorkCalendar(days))

const step = fc.record({
  lawful: fc.nat(9).map((n) => n < 8),
  // Refusing, not recognising or withdrawing ends a walk: a lawful step takes one only now and then.
  ending: fc.nat(9).map((n) => n === 0),
  pick: fc.nat(),
  kind: fc.constantFrom(...InjuryActionKind.options),
  by: fc.constantFrom(...InjuryParty.options),
  gap: fc.oneof(fc.constant(0), fc.nat(10), fc.nat(90)),
})
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

function actOf(s: Step, state: InjuryState): Act {
  if (!s.lawful) return { action: actions[s.kind], by: s.by, gap: s.gap }
  const allowed = InjuryActionKind.options.filter((kind) => InjuryParty.options.some((party) => allowedActions(state, party).includes(kind)))
  const onward = allowed.filter((kind) => !['refuse', 'notRecognise', 'withdraw'].includes(kind))
  const kinds = s.ending || onward.length === 0 ? allowed : onward
  const kind = kinds[s.pick % Math.max(kinds.length, 1)]
  if (!kind) return { action: actions[s.kind], by: s.by, gap: s.gap }
  const parties = InjuryParty.options.filter((party) => allowedActions(state, party).includes(kind))
  return { action: actions[kind], by: parties[s.pick % parties.length] ?? s.by, gap: s.gap }
}

test('no sequence of acts by anyone on any days leads a work-injury case into a state the rules forbid', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.constant(china2026), randomCalendar),
      fc.nat(365),
      fc.nat(400),
      fc.constantFrom(...InjuryApplicantKind.options),
      fc.array(step, { maxLength: 30, size: 'max' }),
      (calendar: WorkCalendar, accidentOffset, delay, applicantKind, steps) => {
        const accidentOn = addCalendarDays('2026-01-01', accidentOffset)
        const start = openInjuryCase(calendar, { accidentOn, appliedOn: addCalendarDays(accidentOn, delay), applicantKind })
        walk(calendar, start, steps.map((s) => (state: InjuryState) => actOf(s, state)))
      },
    ),
    { numRuns: 400 },
  )
})

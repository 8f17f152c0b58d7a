import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { officialCalendar2026 } from '../wages/holidays'
import type { IsoDate } from '../wages/schemas'
import { addCalendarDays, calendarDaysBetween, createWorkCalendar, type WorkCalendar } from '../wages/work-calendar'
import {
  allowedActions,
  earliestHearingOn,
  isFinal,
  mayGoToCourt,
  openArbitration,
  openDeadlines,
  overdueSteps,
  partiesFor,
  transition,
  type ArbitrationRefusal,
  type ArbitrationState,
} from './arbitration-machine'
import { ArbitrationActionKind, ArbitrationEventKind, ArbitrationParty, ArbitrationStatus, type ArbitrationAction } from './schemas'

const china2026 = createWorkCalendar(officialCalendar2026)

const actions = {
  accept: { kind: 'accept' },
  refuse: { kind: 'refuse', reason: '不属于劳动争议' },
  serve: { kind: 'serve' },
  formTribunal: { kind: 'formTribunal' },
  submitDefence: { kind: 'submitDefence', evidenceIds: [] },
  scheduleHearing: { kind: 'scheduleHearing', on: '2026-05-29', mode: 'office' },
  postponeHearing: { kind: 'postponeHearing', on: '2026-05-29', mode: 'online', reason: '被申请人代理人住院' },
  recordHearing: { kind: 'recordHearing' },
  extend: { kind: 'extend', reason: '案情复杂，需要调取证据' },
  award: { kind: 'award', awardedFen: [] },
  withdraw: { kind: 'withdraw', reason: '已和解' },
  serveDefence: { kind: 'serveDefence' },
} satisfies Record<ArbitrationActionKind, ArbitrationAction>
const hearingOn = (on: IsoDate): ArbitrationAction => ({ kind: 'scheduleHearing', on, mode: 'online' })
const postponeTo = (on: IsoDate): ArbitrationAction => ({ kind: 'postponeHearing', on, mode: 'office', reason: '申请人提出正当理由' })

/** Acts in order, failing the test on any refusal. */
function run(steps: readonly [ArbitrationAction, ArbitrationParty, IsoDate][], from: ArbitrationState): ArbitrationState {
  return steps.reduce((state, [action, by, today]) => {
    const result = transition(china2026, state, action, { today, by })
    if (!result.ok) throw new Error(`${action.kind} by ${by} on ${today} from ${state.status}: ${result.reason}`)
    return result.state
  }, from)
}
const refusal = (state: ArbitrationState, action: ArbitrationAction, by: ArbitrationParty, today: IsoDate) => {
  const result = transition(china2026, state, action, { today, by })
  return result.ok ? 'ok' : result.reason
}

describe('an arbitration from application to award', () => {
  const applied = openArbitration(china2026, '2026-02-13')

  test('applied for on the Friday before Spring Festival, it must be decided on by the Friday after it', () => {
    expect(applied).toMatchObject({ status: 'applied', acceptBy: '2026-02-27', acceptedOn: null, awardBy: null })
    expect(openDeadlines(applied)).toEqual([{ step: 'acceptance', owner: 'office', due: '2026-02-27' }])
  })

  test('silence past the 5 working days lets the applicant go to court, and the case waits as it is', () => {
    expect(mayGoToCourt(applied, '2026-02-27')).toBeNull()
    expect(overdueSteps(applied, '2026-02-27')).toEqual([])
    expect(mayGoToCourt(applied, '2026-02-28')).toBe('acceptance_overdue')
    expect(overdueSteps(applied, '2026-02-28')).toEqual(['acceptance'])
    expect(run([[actions.accept, 'arbitrator', '2026-03-02']], applied).status).toBe('accepted')
  })

  test('accepted, it must be served and its tribunal notified within 5 working days, and awarded within 45 days', () => {
    const accepted = run([[actions.accept, 'arbitrator', '2026-02-26']], applied)
    // 27, 28 (make-up Saturday) Feb, 2, 3, 4 Mar; 45 days end on Sunday 12 April, so Monday 13.
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-02-26', serveBy: '2026-03-04', tribunalBy: '2026-03-04', awardBy: '2026-04-13' })
    expect(openDeadlines(accepted).map((deadline) => deadline.step)).toEqual(['service', 'tribunal', 'award'])
  })

  const accepted = run([[actions.accept, 'arbitrator', '2026-02-26']], applied)
  const served = run([[actions.serve, 'arbitrator', '2026-03-02']], accepted)
  const formed = run([[actions.formTribunal, 'arbitrator', '2026-03-03']], served)

  test('the respondent has 10 working days from service to answer; no hearing may be set within them, nor within 5 working days', () => {
    expect(served).toMatchObject({ servedOn: '2026-03-02', defenceBy: '2026-03-16' })
    expect(openDeadlines(formed)).toEqual([
      { step: 'defence', owner: 'respondent', due: '2026-03-16' },
      { step: 'award', owner: 'office', due: '2026-04-13' },
    ])
    expect(earliestHearingOn(china2026, formed, '2026-03-04')).toBe('2026-03-17')
    expect(refusal(formed, hearingOn('2026-03-16'), 'arbitrator', '2026-03-04')).toBe('hearing_too_soon')
    expect(run([[hearingOn('2026-03-17'), 'arbitrator', '2026-03-04']], formed).hearing).toEqual({ on: '2026-03-17', mode: 'online', postponements: 0 })
    // Once the defence is in, only the notice counts: 5 working days from 4 March.
    const answered = run([[actions.submitDefence, 'respondent', '2026-03-03']], formed)
    expect(earliestHearingOn(china2026, answered, '2026-03-04')).toBe('2026-03-11')
    expect(refusal(answered, hearingOn('2026-03-10'), 'arbitrator', '2026-03-04')).toBe('hearing_too_soon')
    expect(refusal(answered, actions.submitDefence, 'respondent', '2026-03-04')).toBe('illegal_transition')
  })

  test('the commission serves the defence on the applicant within 5 working days of it; late, it is overdue but may still be served, once', () => {
    const answered = run([[actions.submitDefence, 'respondent', '2026-03-05']], formed)
    // 6, 9, 10, 11, 12 March.
    expect(answered).toMatchObject({ defenceOn: '2026-03-05', serveDefenceBy: '2026-03-12', defenceServedOn: null })
    expect(openDeadlines(answered)).toEqual([
      { step: 'defenceService', owner: 'office', due: '2026-03-12' },
      { step: 'award', owner: 'office', due: '2026-04-13' },
    ])
    expect(overdueSteps(answered, '2026-03-12')).toEqual([])
    expect(overdueSteps(answered, '2026-03-13')).toEqual(['defenceService'])
    expect(refusal(answered, actions.serveDefence, 'respondent', '2026-03-06')).toBe('not_your_action')
    expect(refusal(answered, actions.serveDefence, 'applicant', '2026-03-06')).toBe('not_your_action')
    const servedLate = run([[actions.serveDefence, 'arbitrator', '2026-03-13']], answered)
    expect(servedLate).toMatchObject({ status: 'tribunal_formed', defenceServedOn: '2026-03-13', serveDefenceBy: '2026-03-12' })
    expect(openDeadlines(servedLate).map((deadline) => deadline.step)).toEqual(['award'])
    expect(overdueSteps(servedLate, '2026-03-13')).toEqual([])
    expect(refusal(servedLate, actions.serveDefence, 'chair', '2026-03-14')).toBe('illegal_transition')
    expect(refusal(formed, actions.serveDefence, 'arbitrator', '2026-03-05')).toBe('illegal_transition')
  })

  test('a hearing is not set before the application is served', () => {
    const unserved = run([[actions.formTribunal, 'arbitrator', '2026-03-03']], accepted)
    expect(refusal(unserved, hearingOn('2026-05-29'), 'arbitrator', '2026-03-04')).toBe('illegal_transition')
    expect(allowedActions(unserved, 'arbitrator')).toEqual(['serve'])
  })

  const scheduled = run([[hearingOn('2026-03-17'), 'arbitrator', '2026-03-04']], formed)

  test('a hearing postponed with a reason keeps the case scheduled, on a later date after a new notice', () => {
    const postponed = run([[postponeTo('2026-03-24'), 'arbitrator', '2026-03-12']], scheduled)
    expect(postponed).toMatchObject({ status: 'hearing_scheduled', hearing: { on: '2026-03-24', mode: 'office', postponements: 1 } })
    expect(refusal(scheduled, postponeTo('2026-03-17'), 'arbitrator', '2026-03-12')).toBe('hearing_too_soon')
    expect(refusal(scheduled, postponeTo('2026-03-18'), 'arbitrator', '2026-03-12')).toBe('hearing_too_soon')
    expect(refusal(postponed, actions.recordHearing, 'arbitrator', '2026-03-23')).toBe('before_hearing_day')
    expect(run([[actions.recordHearing, 'arbitrator', '2026-03-24']], postponed)).toMatchObject({ status: 'heard', heardOn: '2026-03-24' })
  })

  const heard = run([[actions.recordHearing, 'arbitrator', '2026-03-17']], scheduled)

  test('the chair alone extends the award once, to 60 days from acceptance', () => {
    expect(refusal(heard, actions.extend, 'arbitrator', '2026-04-10')).toBe('not_your_action')
    const extended = run([[actions.extend, 'chair', '2026-04-10']], heard)
    expect(extended).toMatchObject({ status: 'heard', extended: true, awardBy: '2026-04-27' })
    expect(refusal(extended, actions.extend, 'chair', '2026-04-11')).toBe('illegal_transition')
  })

  test('awarded, the parties have 15 days to sue, moved past the May Day holiday', () => {
    const awarded = run([[actions.award, 'arbitrator', '2026-04-20']], heard)
    expect(awarded).toMatchObject({ status: 'awarded', endedOn: '2026-04-20', sueBy: '2026-05-06' })
    expect(openDeadlines(awarded)).toEqual([{ step: 'suit', owner: 'parties', due: '2026-05-06' }])
    expect(mayGoToCourt(awarded, '2026-05-06')).toBe('award')
    expect(mayGoToCourt(awarded, '2026-05-07')).toBeNull()
  })

  test('an award not made in time lets the parties go to court, and can no longer be extended', () => {
    expect(mayGoToCourt(heard, '2026-04-13')).toBeNull()
    expect(mayGoToCourt(heard, '2026-04-14')).toBe('award_overdue')
    expect(overdueSteps(heard, '2026-04-14')).toEqual(['award'])
    expect(refusal(heard, actions.extend, 'chair', '2026-04-14')).toBe('deadline_passed')
  })

  test('a refused application lets the applicant go to court; a withdrawn one ends the case', () => {
    const refused = run([[actions.refuse, 'chair', '2026-02-24']], applied)
    expect(refused).toMatchObject({ status: 'refused', endedOn: '2026-02-24' })
    expect(mayGoToCourt(refused, '2027-01-01')).toBe('refused')
    const withdrawn = run([[actions.withdraw, 'grid_staff', '2026-03-18']], heard)
    expect(withdrawn).toMatchObject({ status: 'withdrawn', endedOn: '2026-03-18' })
    expect(openDeadlines(withdrawn)).toEqual([])
    expect(mayGoToCourt(withdrawn, '2026-03-18')).toBeNull()
  })
})

/** The rules restated plainly: who may do what in each sample case. The chair may also do all the arbitrator may. */
const office = (kinds: ArbitrationActionKind[]) => ({ arbitrator: kinds, chair: kinds })
const day = '2026-03-02'
const start = openArbitration(china2026, '2026-02-27')
const samples: Record<string, { state: ArbitrationState; may: Partial<Record<ArbitrationParty, ArbitrationActionKind[]>> }> = {
  applied: { state: start, may: { ...office(['accept', 'refuse']), applicant: ['withdraw'], grid_staff: ['withdraw'] } },
  accepted: {
    state: run([[actions.accept, 'arbitrator', day]], start),
    may: { arbitrator: ['serve', 'formTribunal'], chair: ['serve', 'formTribunal', 'extend'], applicant: ['withdraw'], grid_staff: ['withdraw'] },
  },
  'accepted and served': {
    state: run([[actions.accept, 'arbitrator', day], [actions.serve, 'arbitrator', day]], start),
    may: { arbitrator: ['formTribunal'], chair: ['formTribunal', 'extend'], respondent: ['submitDefence'], applicant: ['withdraw'], grid_staff: ['withdraw'] },
  },
  'tribunal formed': {
    state: run([[actions.accept, 'arbitrator', day], [actions.formTribunal, 'arbitrator', day]], start),
    may: { arbitrator: ['serve'], chair: ['serve', 'extend'], applicant: ['withdraw'], grid_staff: ['withdraw'] },
  },
  'tribunal formed and served': {
    state: run([[actions.accept, 'arbitrator', day], [actions.formTribunal, 'arbitrator', day], [actions.serve, 'chair', day]], start),
    may: { arbitrator: ['scheduleHearing'], chair: ['scheduleHearing', 'extend'], respondent: ['submitDefence'], applicant: ['withdraw'], grid_staff: ['withdraw'] },
  },
  'defence submitted': {
    state: run([[actions.accept, 'arbitrator', day], [actions.serve, 'arbitrator', day], [actions.submitDefence, 'respondent', day]], start),
    may: { arbitrator: ['formTribunal', 'serveDefence'], chair: ['formTribunal', 'extend', 'serveDefence'], applicant: ['withdraw'], grid_staff: ['withdraw'] },
  },
  'defence served': {
    state: run([[actions.accept, 'arbitrator', day], [actions.serve, 'arbitrator', day], [actions.submitDefence, 'respondent', day], [actions.serveDefence, 'chair', day]], start),
    may: { arbitrator: ['formTribunal'], chair: ['formTribunal', 'extend'], applicant: ['withdraw'], grid_staff: ['withdraw'] },
  },
  'hearing scheduled': {
    state: run(
      [
        [actions.accept, 'arbitrator', day],
        [actions.serve, 'arbitrator', day],
        [actions.formTribunal, 'arbitrator', day],
        [hearingOn('2026-03-17'), 'arbitrator', day],
      ],
      start,
    ),
    may: {
      arbitrator: ['postponeHearing', 'recordHearing'],
      chair: ['postponeHearing', 'recordHearing', 'extend'],
      respondent: ['submitDefence'],
      applicant: ['withdraw'],
      grid_staff: ['withdraw'],
    },
  },
  heard: {
    state: run(
      [
        [actions.accept, 'arbitrator', day],
        [actions.serve, 'arbitrator', day],
        [actions.formTribunal, 'arbitrator', day],
        [actions.submitDefence, 'respondent', day],
        [hearingOn('2026-03-17'), 'arbitrator', day],
        [actions.recordHearing, 'arbitrator', '2026-03-17'],
      ],
      start,
    ),
    may: { arbitrator: ['award', 'serveDefence'], chair: ['award', 'extend', 'serveDefence'], applicant: ['withdraw'], grid_staff: ['withdraw'] },
  },
  refused: { state: run([[actions.refuse, 'arbitrator', day]], start), may: {} },
  withdrawn: { state: run([[actions.withdraw, 'applicant', day]], start), may: {} },
}
samples.awarded = { state: run([[actions.award, 'chair', '2026-03-18']], samples.heard!.state), may: {} }

describe('every act refused where the rules do not allow it', () => {
  test('the samples cover every status', () => {
    expect(new Set(Object.values(samples).map((sample) => sample.state.status))).toEqual(new Set(ArbitrationStatus.options))
  })

  for (const [name, sample] of Object.entries(samples))
    for (const by of ArbitrationParty.options)
      test(`${by} on a case ${name} may do ${sample.may[by]?.join(', ') || 'nothing'} and nothing else`, () => {
        const may = sample.may[by] ?? []
        expect(allowedActions(sample.state, by)).toEqual(ArbitrationActionKind.options.filter((kind) => may.includes(kind)))
        for (const kind of ArbitrationActionKind.options) {
          const expected = !partiesFor(kind).includes(by) ? 'not_your_action' : may.includes(kind) ? 'ok' : 'illegal_transition'
          expect(refusal(sample.state, actions[kind], by, '2026-03-18'), kind).toBe(expected)
        }
      })

  test('each kind of act names the parties that may ever do it', () => {
    const everyone = ArbitrationParty.options
    const doers = (kind: ArbitrationActionKind) => everyone.filter((by) => Object.values(samples).some((sample) => sample.may[by]?.includes(kind)))
    for (const kind of ArbitrationActionKind.options) expect([...partiesFor(kind)].sort()).toEqual(doers(kind).sort())
  })
})

const eventOf: Record<ArbitrationActionKind, ArbitrationEventKind> = {
  accept: 'accepted',
  refuse: 'refused',
  serve: 'served',
  formTribunal: 'tribunal_formed',
  submitDefence: 'defence_submitted',
  scheduleHearing: 'hearing_scheduled',
  postponeHearing: 'hearing_postponed',
  recordHearing: 'heard',
  extend: 'extended',
  award: 'awarded',
  withdraw: 'withdrawn',
  serveDefence: 'defence_served',
}
// A case only moves forward: refused and withdrawn stand beside the line.
const rank: Record<ArbitrationStatus, number> = { applied: 0, accepted: 1, tribunal_formed: 2, hearing_scheduled: 3, heard: 4, awarded: 5, refused: 5, withdrawn: 5 }
const refusedForTheDay: readonly ArbitrationRefusal[] = ['hearing_too_soon', 'before_hearing_day', 'deadline_passed']
const dateFields = ['acceptBy', 'serveBy', 'tribunalBy', 'defenceBy', 'serveDefenceBy', 'awardBy', 'sueBy'] as const
const actDays = ['appliedOn', 'acceptedOn', 'servedOn', 'tribunalFormedOn', 'defenceOn', 'defenceServedOn', 'heardOn', 'endedOn'] as const

/** One act of a walk: what is done, by whom, and how many days after the previous act. */
interface Act {
  readonly action: ArbitrationAction
  readonly by: ArbitrationParty
  readonly gap: number
}

/** Every kind of step the walks took: they must reach each act, or a rule about it goes unchecked. */
const stepsWalked = new Set<ArbitrationEventKind>()

/** Follows one case from `startOn` through `acts`, checking after every act each rule that must always hold. */
function walk(calendar: WorkCalendar, startOn: IsoDate, acts: readonly ((state: ArbitrationState, today: IsoDate) => Act)[]): void {
  let today = startOn
  let state = Object.freeze(openArbitration(calendar, today))
  let extensions = 0
  for (const choose of acts) {
    const { action, by, gap } = choose(state, today)
    today = addCalendarDays(today, gap)
    const before = structuredClone(state)
    const result = transition(calendar, state, action, { today, by })

    expect(state).toEqual(before)
    expect(result.ok || refusedForTheDay.includes(result.reason)).toBe(allowedActions(state, by).includes(action.kind))
    if (!result.ok) {
      expect(result.reason === 'not_your_action').toBe(!partiesFor(action.kind).includes(by))
      continue
    }
    // Terminal states stay terminal: nothing is allowed on a final case.
    expect(isFinal(state.status)).toBe(false)

    const next = result.state
    expect(result.event).toBe(eventOf[action.kind])
    stepsWalked.add(result.event)
    if (result.event === 'extended') extensions += 1
    expect(rank[next.status]).toBeGreaterThanOrEqual(rank[state.status])

    // A deadline is set on the day of an act, never before it; an extension only moves one later.
    for (const field of dateFields) {
      const [was, is] = [state[field], next[field]]
      if (is !== was) expect(is !== null && is >= today, `${field} ${is} set on ${today}`).toBe(true)
      if (was !== null) expect(is !== null && is >= was).toBe(true)
    }
    if (next.hearing !== state.hearing) expect(next.hearing !== null && next.hearing.on > today).toBe(true)
    // Each act's day is kept once set, and acts happen in order.
    for (const field of actDays) if (state[field] !== null) expect(next[field]).toBe(state[field])
    const days = actDays.map((field) => next[field]).filter((on) => on !== null)
    for (const on of days) expect(on >= next.appliedOn && on <= today).toBe(true)

    state = Object.freeze(next)
    expect(extensions).toBeLessThanOrEqual(1)
    expect(state.extended).toBe(extensions === 1)
    if (state.status === 'awarded') {
      // Never awarded without acceptance, a tribunal, service and a hearing held on or after its day.
      expect(state.acceptedOn !== null && state.tribunalFormedOn !== null && state.servedOn !== null && state.heardOn !== null).toBe(true)
      expect(state.hearing !== null && state.heardOn !== null && state.heardOn >= state.hearing.on).toBe(true)
      expect(state.sueBy !== null && state.sueBy >= (state.endedOn ?? '')).toBe(true)
    }
    if (['tribunal_formed', 'hearing_scheduled', 'heard', 'awarded'].includes(state.status)) expect(state.acceptedOn !== null && state.tribunalFormedOn !== null).toBe(true)
    if (['hearing_scheduled', 'heard', 'awarded'].includes(state.status)) expect(state.servedOn !== null && state.hearing !== null).toBe(true)
    if (state.status === 'refused') expect(state.acceptedOn).toBeNull()
    // A defence is served on the applicant only after it came in, and its 5 days run from it.
    expect(state.serveDefenceBy !== null).toBe(state.defenceOn !== null)
    if (state.defenceServedOn !== null) expect(state.defenceOn !== null && state.defenceServedOn >= state.defenceOn).toBe(true)
    if (state.defenceOn !== null && state.serveDefenceBy !== null) expect(state.serveDefenceBy > state.defenceOn).toBe(true)
    expect(openDeadlines(state).some((deadline) => deadline.step === 'defenceService')).toBe(
      state.defenceOn !== null && state.defenceServedOn === null && !isFinal(state.status),
    )
    expect(state.endedOn !== null).toBe(isFinal(state.status))
    if (isFinal(state.status)) for (const party of ArbitrationParty.options) expect(allowedActions(state, party)).toEqual([])
    expect(openDeadlines(state).length === 0).toBe(isFinal(state.status) && state.status !== 'awarded')
    if (state.status === 'withdrawn') expect(mayGoToCourt(state, today)).toBeNull()
  }
}

const base = '2025-12-01'
const randomCalendar = fc
  .array(fc.record({ date: fc.nat(800).map((n) => addCalendarDays(base, n)), kind: fc.constantFrom('holiday' as const, 'workday' as const) }), { maxLength: 80 })
  .map((days) => createWorkCalendar(days))

// Mostly acts somebody may do now, so that walks go deep; the rest anything by anyone.
const step = fc.record({
  lawful: fc.nat(9).map((n) => n < 8),
  // Refusing or withdrawing ends a walk: a lawful step takes one only now and then, so walks reach awards.
  ending: fc.nat(9).map((n) => n === 0),
  pick: fc.nat(),
  kind: fc.constantFrom(...ArbitrationActionKind.options),
  by: fc.constantFrom(...ArbitrationParty.options),
  // A hearing date this many days after the earliest lawful one; negative ones are too soon.
  hearingShift: fc.oneof(fc.integer({ min: -8, max: -1 }), fc.nat(30), fc.nat(30)),
  gap: fc.oneof(fc.constant(0), fc.nat(10), fc.nat(60)),
})
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

function actOf(calendar: WorkCalendar, s: Step, state: ArbitrationState, today: IsoDate): Act {
  const on = addCalendarDays(today, s.gap)
  const date = addCalendarDays(earliestHearingOn(calendar, state, on), s.hearingShift)
  const withDate = (kind: ArbitrationActionKind): ArbitrationAction =>
    kind === 'scheduleHearing' ? hearingOn(date) : kind === 'postponeHearing' ? postponeTo(date) : actions[kind]
  if (!s.lawful) return { action: withDate(s.kind), by: s.by, gap: s.gap }
  const allowed = ArbitrationActionKind.options.filter((kind) => ArbitrationParty.options.some((party) => allowedActions(state, party).includes(kind)))
  const onward = allowed.filter((kind) => kind !== 'refuse' && kind !== 'withdraw')
  const kinds = s.ending || onward.length === 0 ? allowed : onward
  const kind = kinds[s.pick % Math.max(kinds.length, 1)]
  if (!kind) return { action: withDate(s.kind), by: s.by, gap: s.gap }
  const parties = ArbitrationParty.options.filter((party) => allowedActions(state, party).includes(kind))
  // Mostly wait for the hearing day before recording it, so that walks go on to an award.
  const gap = kind === 'recordHearing' && state.hearing && !s.ending ? Math.max(s.gap, calendarDaysBetween(today, state.hearing.on)) : s.gap
  return { action: withDate(kind), by: parties[s.pick % parties.length] ?? s.by, gap }
}

// Four hundred walks of up to forty acts: seconds, when the machine shares its cores with other suites.
test('no sequence of acts by anyone on any days leads an arbitration into a state the rules forbid', () => {
  fc.assert(
    fc.property(fc.oneof(fc.constant(china2026), randomCalendar), fc.nat(365), fc.array(step, { maxLength: 40, size: 'max' }), (calendar: WorkCalendar, startOffset, steps) => {
      walk(calendar, addCalendarDays('2026-01-01', startOffset), steps.map((s) => (state: ArbitrationState, today: IsoDate) => actOf(calendar, s, state, today)))
    }),
    { numRuns: 400 },
  )
  expect([...stepsWalked].sort()).toEqual([...ArbitrationEventKind.options].sort())
}, 30_000)

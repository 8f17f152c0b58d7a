import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { allowedActions, caseDeadlines, daysLeft, isFinal, isOpen, isOverdue, openCase, partiesFor, transition, type CaseState } from './case-machine'
import { officialCalendar2026 } from './holidays'
import { CaseAction, CaseActionKind, CaseParty, CaseStatus, type CaseEventKind, type IsoDate } from './schemas'
import { addCalendarDays, createWorkCalendar, type WorkCalendar } from './work-calendar'

const china2026 = createWorkCalendar(officialCalendar2026)

const actions = {
  accept: { kind: 'accept' },
  reject: { kind: 'reject', reason: '不属于劳动保障监察管辖' },
  mediate: { kind: 'mediate', note: '' },
  recordMediation: { kind: 'recordMediation', settled: true, paidFen: 1_200_000, workerConfirmed: true, note: '' },
  transferInspection: { kind: 'transferInspection', note: '' },
  transferArbitration: { kind: 'transferArbitration', note: '' },
  extend: { kind: 'extend', reason: '涉及人数多，情况复杂' },
  close: { kind: 'close', conclusion: '已足额支付欠薪', recoveredFen: 1_200_000 },
  withdraw: { kind: 'withdraw', reason: '' },
  rate: { kind: 'rate', rating: { stars: 5, comment: '' } },
} satisfies Record<CaseActionKind, CaseAction>
const failedMediation: CaseAction = { ...actions.recordMediation, settled: false, workerConfirmed: false }
const unconfirmedSettlement: CaseAction = { ...actions.recordMediation, workerConfirmed: false }

/** Acts in order, each by the usual party, failing the test on any refusal. */
function run(steps: readonly [CaseAction, CaseParty, string][], from = openCase(china2026, '2026-02-13')): CaseState {
  return steps.reduce((state, [action, by, today]) => {
    const result = transition(china2026, state, action, { today, by })
    if (!result.ok) throw new Error(`${action.kind} by ${by} on ${today} from ${state.status}: ${result.reason}`)
    return result.state
  }, from)
}

describe('the paths a case can take', () => {
  test('a complaint filed before Spring Festival is due for acceptance after it, and expected settled 60 working days on', () => {
    expect(openCase(china2026, '2026-02-13')).toEqual({
      status: 'submitted',
      submittedOn: '2026-02-13',
      acceptBy: '2026-02-27',
      settleBy: '2026-05-26',
      stageDeadline: '2026-02-27',
      extended: false,
      rated: false,
    })
  })

  test('accepted, mediated and settled with the worker confirming, closed and rated', () => {
    const accepted = run([[actions.accept, 'officer', '2026-03-02']])
    expect(accepted).toMatchObject({ status: 'accepted', settleBy: '2026-05-28', stageDeadline: '2026-05-28' })
    const mediating = run([[actions.mediate, 'officer', '2026-03-05']], accepted)
    expect(mediating).toMatchObject({ status: 'mediating', stageDeadline: '2026-03-20', settleBy: '2026-05-28' })
    const resolved = run([[actions.recordMediation, 'officer', '2026-03-10']], mediating)
    expect(resolved).toMatchObject({ status: 'resolved', stageDeadline: null })
    const closed = run([[actions.close, 'officer', '2026-03-12']], resolved)
    expect(closed).toMatchObject({ status: 'closed', stageDeadline: null })
    expect(run([[actions.rate, 'worker', '2026-03-13']], closed)).toMatchObject({ status: 'closed', rated: true })
  })

  test('a failed mediation returns to the investigation deadline; an inspection keeps the 60 working days counted from acceptance', () => {
    const back = run([
      [actions.accept, 'officer', '2026-03-02'],
      [actions.mediate, 'officer', '2026-03-03'],
      [failedMediation, 'officer', '2026-03-16'],
    ])
    expect(back).toMatchObject({ status: 'accepted', stageDeadline: '2026-05-28' })
    const sameDay = run([[actions.transferInspection, 'officer', '2026-03-02']], run([[actions.accept, 'officer', '2026-03-02']]))
    expect(sameDay).toMatchObject({ status: 'inspection', settleBy: '2026-05-28', stageDeadline: '2026-05-28' })
    expect(run([[actions.transferInspection, 'officer', '2026-03-16']], back)).toMatchObject({ status: 'inspection', settleBy: '2026-05-28', stageDeadline: '2026-05-28' })
  })

  test('a supervisor extends an inspection once by 30 working days, and the officer closes it', () => {
    const inspection = run([
      [actions.accept, 'officer', '2026-03-02'],
      [actions.transferInspection, 'officer', '2026-03-02'],
    ])
    const extended = run([[actions.extend, 'supervisor', '2026-05-20']], inspection)
    expect(extended).toMatchObject({ status: 'inspection', extended: true, stageDeadline: '2026-07-10', settleBy: '2026-07-10' })
    expect(transition(china2026, extended, actions.extend, { today: '2026-05-21', by: 'supervisor' })).toEqual({ ok: false, reason: 'illegal_transition' })
    expect(run([[actions.close, 'officer', '2026-06-01']], extended).status).toBe('closed')
  })

  test('arbitration allows 5 working days to accept and 45 calendar days to award, extendable by 15', () => {
    const arbitration = run([
      [actions.accept, 'officer', '2026-09-01'],
      [actions.mediate, 'officer', '2026-09-02'],
      [actions.transferArbitration, 'officer', '2026-09-30'],
    ])
    // Was 19 November and 4 December, counting acceptance in calendar days (5 October). The 2017
    // arbitration rules count it in working days: accepted by 13 October, past National Day week,
    // so the award is due 45 days on, 27 November (decision 069).
    expect(arbitration).toMatchObject({ status: 'arbitration', stageDeadline: '2026-11-27', settleBy: '2026-11-27' })
    // 15 days more end on Saturday 12 December, a rest day: the period ends on Monday 14 December
    // (民事诉讼法 第八十五条).
    expect(run([[actions.extend, 'supervisor', '2026-11-01']], arbitration)).toMatchObject({ extended: true, stageDeadline: '2026-12-14', settleBy: '2026-12-14' })
  })

  test('a rejected complaint has nothing left to settle and can be rated once', () => {
    const rejected = run([[actions.reject, 'officer', '2026-02-24']])
    expect(rejected).toMatchObject({ status: 'rejected', settleBy: null, stageDeadline: null })
    const rated = run([[actions.rate, 'grid_staff', '2026-02-25']], rejected)
    expect(rated.rated).toBe(true)
    expect(transition(china2026, rated, actions.rate, { today: '2026-02-26', by: 'worker' })).toEqual({ ok: false, reason: 'illegal_transition' })
  })

  test('the worker, or grid staff for them, may withdraw until the case goes to inspection or arbitration', () => {
    expect(run([[actions.withdraw, 'worker', '2026-02-14']])).toMatchObject({ status: 'withdrawn', settleBy: null, stageDeadline: null })
    const accepted = run([[actions.accept, 'officer', '2026-03-02']])
    expect(run([[actions.withdraw, 'grid_staff', '2026-03-03']], accepted)).toMatchObject({ status: 'withdrawn', settleBy: '2026-05-28' })
    const mediating = run([[actions.mediate, 'officer', '2026-03-03']], accepted)
    expect(run([[actions.withdraw, 'worker', '2026-03-04']], mediating).status).toBe('withdrawn')
    const inspection = run([[actions.transferInspection, 'officer', '2026-03-03']], accepted)
    expect(transition(china2026, inspection, actions.withdraw, { today: '2026-03-04', by: 'worker' })).toEqual({ ok: false, reason: 'illegal_transition' })
  })

  test('an officer cannot record a settlement the worker has not confirmed', () => {
    const mediating = run([
      [actions.accept, 'officer', '2026-03-02'],
      [actions.mediate, 'officer', '2026-03-03'],
    ])
    expect(transition(china2026, mediating, unconfirmedSettlement, { today: '2026-03-05', by: 'officer' })).toEqual({ ok: false, reason: 'worker_must_confirm' })
    expect(allowedActions(mediating, 'officer')).toContain('recordMediation')
  })

  test('a deadline met on its own day is not overdue; the next day it is, and days left go negative', () => {
    const submitted = openCase(china2026, '2026-02-13')
    expect(isOverdue(submitted, '2026-02-27')).toBe(false)
    expect(daysLeft(submitted, '2026-02-27')).toBe(0)
    expect(isOverdue(submitted, '2026-02-28')).toBe(true)
    expect(caseDeadlines(submitted, '2026-03-02')).toEqual({
      acceptBy: '2026-02-27',
      settleBy: '2026-05-26',
      stageDeadline: '2026-02-27',
      daysLeft: -3,
      overdue: true,
      extended: false,
    })
    const closed = run([[actions.reject, 'officer', '2026-03-02']])
    expect(isOverdue(closed, '2027-01-01')).toBe(false)
    expect(daysLeft(closed, '2027-01-01')).toBeNull()
  })
})

/** The rules restated plainly, to check the machine's table against. */
const legalFrom: Record<CaseActionKind, readonly CaseStatus[]> = {
  accept: ['submitted'],
  reject: ['submitted'],
  mediate: ['accepted'],
  recordMediation: ['mediating'],
  transferInspection: ['accepted', 'mediating'],
  transferArbitration: ['accepted', 'mediating'],
  extend: ['inspection', 'arbitration'],
  close: ['resolved', 'inspection', 'arbitration'],
  withdraw: ['submitted', 'accepted', 'mediating'],
  rate: ['closed', 'rejected'],
}
const official: CaseActionKind[] = ['accept', 'reject', 'mediate', 'recordMediation', 'transferInspection', 'transferArbitration', 'close']
const mayDo: Record<CaseParty, readonly CaseActionKind[]> = {
  worker: ['withdraw', 'rate'],
  grid_staff: ['withdraw', 'rate'],
  officer: official,
  supervisor: [...official, 'extend'],
  employer: [],
  system: [],
}

const day = '2026-03-02'
const reached: Record<CaseStatus, CaseState> = {
  submitted: openCase(china2026, '2026-02-13'),
  accepted: run([[actions.accept, 'officer', day]]),
  mediating: run([[actions.accept, 'officer', day], [actions.mediate, 'officer', day]]),
  resolved: run([[actions.accept, 'officer', day], [actions.mediate, 'officer', day], [actions.recordMediation, 'officer', day]]),
  inspection: run([[actions.accept, 'officer', day], [actions.transferInspection, 'officer', day]]),
  arbitration: run([[actions.accept, 'officer', day], [actions.transferArbitration, 'officer', day]]),
  rejected: run([[actions.reject, 'officer', day]]),
  closed: run([[actions.accept, 'officer', day], [actions.transferInspection, 'officer', day], [actions.close, 'officer', day]]),
  withdrawn: run([[actions.withdraw, 'worker', day]]),
}

describe('every act refused where the rules do not allow it', () => {
  for (const status of CaseStatus.options)
    for (const by of CaseParty.options)
      test(`${by} on a ${status} case may do ${CaseActionKind.options.filter((k) => mayDo[by].includes(k) && legalFrom[k].includes(status)).join(', ') || 'nothing'} and nothing else`, () => {
        const state = reached[status]
        for (const kind of CaseActionKind.options) {
          const result = transition(china2026, state, actions[kind], { today: '2026-03-03', by })
          const expected = !mayDo[by].includes(kind) ? 'not_your_action' : !legalFrom[kind].includes(status) ? 'illegal_transition' : 'ok'
          expect(result.ok ? 'ok' : result.reason, `${kind}`).toBe(expected)
          expect(allowedActions(state, by).includes(kind)).toBe(expected === 'ok')
        }
      })

  test('each kind of act names the parties that may ever do it', () => {
    for (const kind of CaseActionKind.options)
      expect([...partiesFor(kind)].sort()).toEqual(CaseParty.options.filter((by) => mayDo[by].includes(kind)).sort())
  })

  test('final and open statuses split the statuses between them', () => {
    expect(CaseStatus.options.filter(isFinal)).toEqual(['rejected', 'closed', 'withdrawn'])
    for (const status of CaseStatus.options) expect(isOpen(status)).toBe(!isFinal(status))
  })
})

const eventOf: Record<CaseActionKind, CaseEventKind> = {
  accept: 'accepted',
  reject: 'rejected',
  mediate: 'mediation_started',
  recordMediation: 'mediation_recorded',
  transferInspection: 'transferred_inspection',
  transferArbitration: 'transferred_arbitration',
  extend: 'extended',
  close: 'closed',
  withdraw: 'withdrawn',
  rate: 'rated',
}

/** One act of a walk: what is done, by whom, and how many days after the previous act. */
interface Act {
  readonly action: CaseAction
  readonly by: CaseParty
  readonly gap: number
}

/**
 * Follows one case from `startOn` through `acts`, each chosen from the state it meets, checking
 * after every act each rule that must always hold. Returns the statuses and events it reached.
 */
function walk(calendar: WorkCalendar, startOn: IsoDate, acts: readonly ((state: CaseState) => Act)[]): Set<string> {
  const reached = new Set<string>()
  let today = startOn
  let state = Object.freeze(openCase(calendar, today))
  let [stageSetOn, settleSetOn] = [today, today]
  let extensions = 0
  let ratings = 0
  for (const choose of acts) {
    const { action, by, gap } = choose(state)
    today = addCalendarDays(today, gap)
    const before = structuredClone(state)
    const result = transition(calendar, state, action, { today, by })

    expect(state).toEqual(before)
    expect(result.ok || result.reason === 'worker_must_confirm').toBe(allowedActions(state, by).includes(action.kind))
    if (!result.ok) continue

    const next = result.state
    reached.add(result.event)
    reached.add(next.status)
    expect(result.event).toBe(eventOf[action.kind])
    if (result.event === 'extended') extensions += 1
    if (result.event === 'rated') ratings += 1

    // Every deadline lies on or after the day it was set. An extension moves a deadline rather
    // than setting one (so it may still lie in the past); a failed mediation restores the
    // investigation's own date, set when the case was accepted.
    if (action.kind === 'extend') {
      expect(next.stageDeadline !== null && state.stageDeadline !== null && next.stageDeadline > state.stageDeadline).toBe(true)
    } else {
      if (next.settleBy !== state.settleBy) settleSetOn = today
      if (next.stageDeadline !== state.stageDeadline) stageSetOn = (action.kind === 'recordMediation' && next.status === 'accepted') || action.kind === 'transferInspection' ? settleSetOn : today
    }
    if (next.stageDeadline !== null) expect(next.stageDeadline >= stageSetOn).toBe(true)
    if (next.settleBy !== null) expect(next.settleBy >= settleSetOn).toBe(true)
    if (isFinal(state.status)) {
      expect(action.kind).toBe('rate')
      expect(next.status).toBe(state.status)
    }

    state = Object.freeze(next)
    expect(state.stageDeadline === null).toBe(isFinal(state.status) || state.status === 'resolved')
    expect(state.extended).toBe(extensions === 1)
    expect(extensions).toBeLessThanOrEqual(1)
    expect(ratings).toBeLessThanOrEqual(1)
    if (state.rated) expect(['closed', 'rejected']).toContain(state.status)
    if (state.settleBy === null) expect(['rejected', 'withdrawn']).toContain(state.status)
    else expect(state.settleBy >= state.acceptBy).toBe(true)
    if (state.status === 'inspection' || state.status === 'arbitration') expect(state.settleBy).toBe(state.stageDeadline)
    if (isFinal(state.status))
      for (const party of CaseParty.options) expect(allowedActions(state, party)).toEqual(state.rated || state.status === 'withdrawn' || !mayDo[party].includes('rate') ? [] : ['rate'])
    expect(isOverdue(state, today)).toBe((daysLeft(state, today) ?? 0) < 0)
  }
  return reached
}

/** The acts the rules allow now, each by a party that may do it; a mediation is recorded both settled and failed. */
function lawfulActs(state: CaseState): { action: CaseAction; by: CaseParty }[] {
  return CaseActionKind.options.flatMap((kind) => {
    const by = CaseParty.options.find((party) => allowedActions(state, party).includes(kind))
    if (by === undefined) return []
    const variants = kind === 'recordMediation' ? [actions.recordMediation, failedMediation] : [actions[kind]]
    return variants.map((action) => ({ action, by }))
  })
}

/**
 * Every sequence of up to `depth` lawful acts on a case opened on `startOn`, with gaps of a day, a
 * week and more than a month between them so that deadlines pass as well as hold.
 */
function lawfulPaths(startOn: IsoDate, depth: number): Act[][] {
  const gaps = [0, 1, 7, 45]
  const paths: Act[][] = []
  const extend = (path: Act[], state: CaseState, today: IsoDate) => {
    paths.push(path)
    if (path.length === depth) return
    const gap = gaps[path.length % gaps.length] ?? 0
    const on = addCalendarDays(today, gap)
    for (const { action, by } of lawfulActs(state)) {
      const result = transition(china2026, state, action, { today: on, by })
      if (result.ok) extend([...path, { action, by, gap }], result.state, on)
    }
  }
  extend([], openCase(china2026, startOn), startOn)
  return paths
}

test('every lawful path of up to six acts keeps the rules, and between them the paths reach every status and every event', () => {
  const startOn = '2026-02-13'
  const paths = lawfulPaths(startOn, 6)
  const reached = new Set<string>()
  for (const path of paths) for (const seen of walk(china2026, startOn, path.map((act) => () => act))) reached.add(seen)
  for (const reachedAll of [...CaseStatus.exclude(['submitted']).options, ...Object.values(eventOf)]) expect(reached).toContain(reachedAll)
})

const base = '2025-12-01'
const randomCalendar = fc
  .array(fc.record({ date: fc.nat(800).map((n) => addCalendarDays(base, n)), kind: fc.constantFrom('holiday' as const, 'workday' as const) }), { maxLength: 80 })
  .map((days) => createWorkCalendar(days))
const anyCalendar = fc.oneof(fc.constant(china2026), randomCalendar)

const anyAction = (kind: CaseActionKind) =>
  kind === 'recordMediation'
    ? fc.record({ settled: fc.boolean(), workerConfirmed: fc.boolean() }).map((choice): CaseAction => ({ ...actions.recordMediation, ...choice }))
    : fc.constant<CaseAction>(actions[kind])

// Mostly acts somebody may do now, so that walks go deep; the rest anything by anyone.
const step = fc.record({
  lawful: fc.nat(9).map((n) => n < 8),
  pick: fc.nat(),
  action: fc.constantFrom(...CaseActionKind.options).chain(anyAction),
  by: fc.constantFrom(...CaseParty.options),
  settled: fc.nat(3).map((n) => n > 0),
  workerConfirmed: fc.nat(3).map((n) => n > 0),
  gap: fc.oneof(fc.constant(0), fc.nat(10), fc.nat(120)),
})
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

/** The act a random step stands for in `state`: mostly one the rules allow now, otherwise anything by anyone. */
function actOf(s: Step, state: CaseState): Act {
  if (!s.lawful) return { action: s.action, by: s.by, gap: s.gap }
  const kinds = CaseActionKind.options.filter((kind) => CaseParty.options.some((party) => allowedActions(state, party).includes(kind)))
  const kind = kinds[s.pick % Math.max(kinds.length, 1)]
  if (!kind) return { action: s.action, by: s.by, gap: s.gap }
  const parties = partiesFor(kind)
  const action = kind === 'recordMediation' ? { ...actions.recordMediation, settled: s.settled, workerConfirmed: s.workerConfirmed } : actions[kind]
  return { action, by: parties[s.pick % parties.length] ?? s.by, gap: s.gap }
}

// Reaching every status is the lawful paths' job above, which does not depend on chance; these
// walks look for a rule broken on a calendar, a gap or an act nobody thought of.
test('no sequence of acts by anyone on any days leads the machine into a state the rules forbid', () => {
  fc.assert(
    fc.property(anyCalendar, fc.nat(365), fc.array(step, { maxLength: 25 }), (calendar: WorkCalendar, startOffset, steps) => {
      walk(calendar, addCalendarDays('2026-01-01', startOffset), steps.map((s) => (state: CaseState) => actOf(s, state)))
    }),
    { numRuns: 500 },
  )
})

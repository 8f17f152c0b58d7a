import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { actOnVoucher, isFinalVoucher, issueVoucher, isLapsed, partiesOf, statusOn, VoucherAct, VoucherParty, VoucherStatus, type VoucherActContext, type VoucherState } from './voucher-machine'

const validity = { validFrom: '2026-12-01', validUntil: '2027-05-31' } as const
const inside = '2026-12-10'

function run(state: VoucherState, ...steps: VoucherActContext[]): VoucherState {
  return steps.reduce((current, step) => {
    const result = actOnVoucher(current, step)
    if (!result.ok) throw new Error(`${step.act} by ${step.by}: ${result.reason}`)
    return result.state
  }, state)
}

const on = (act: VoucherAct, by: VoucherParty, extra: Partial<VoucherActContext> = {}): VoucherActContext => ({ act, by, today: inside, ...extra })

describe('the whole life of a voucher', () => {
  test('an offset voucher is claimed, spent, attended, passed, applied for by its holder, approved and paid', () => {
    const paid = run(
      issueVoucher({ ...validity, payment: 'offset' }),
      on('claim', 'holder'),
      on('enrol', 'institution'),
      on('checkIn', 'holder'),
      on('checkIn', 'holder'),
      on('assess', 'assessor', { passed: true }),
      on('applySubsidy', 'holder'),
      on('approve', 'officer'),
      on('pay', 'system'),
    )
    expect(paid.status).toBe('paid')
    expect(isFinalVoucher(paid.status)).toBe(true)
  })

  test('the subsidy of a face-value voucher is applied for by the institution, not the holder', () => {
    const assessed = run(issueVoucher({ ...validity, payment: 'face_value' }), on('claim', 'holder'), on('enrol', 'institution'), on('checkIn', 'holder'), on('assess', 'assessor', { passed: true }))
    expect(actOnVoucher(assessed, on('applySubsidy', 'holder'))).toEqual({ ok: false, reason: 'not_your_act' })
    expect(actOnVoucher(assessed, on('applySubsidy', 'institution')).ok).toBe(true)
  })

  test('a failed assessment leads to no subsidy', () => {
    const failed = run(issueVoucher({ ...validity, payment: 'offset' }), on('claim', 'holder'), on('enrol', 'institution'), on('checkIn', 'holder'), on('assess', 'assessor', { passed: false }))
    expect(actOnVoucher(failed, on('applySubsidy', 'holder'))).toEqual({ ok: false, reason: 'not_passed' })
  })

  test('a declined application goes back to the result, and can be made again', () => {
    const declined = run(
      issueVoucher({ ...validity, payment: 'offset' }),
      on('claim', 'holder'),
      on('enrol', 'institution'),
      on('checkIn', 'holder'),
      on('assess', 'assessor', { passed: true }),
      on('applySubsidy', 'holder'),
      on('decline', 'officer'),
    )
    expect(declined.status).toBe('assessed')
    expect(actOnVoucher(declined, on('applySubsidy', 'holder')).ok).toBe(true)
  })
})

describe('validity', () => {
  const claimed = run(issueVoucher({ ...validity, payment: 'offset' }), on('claim', 'holder'))

  test('a voucher cannot be spent before its first day or after its last', () => {
    expect(actOnVoucher(claimed, on('enrol', 'institution', { today: '2026-11-30' }))).toEqual({ ok: false, reason: 'not_yet_valid' })
    expect(actOnVoucher(claimed, on('enrol', 'institution', { today: '2027-05-31' })).ok).toBe(true)
    expect(actOnVoucher(claimed, on('enrol', 'institution', { today: '2027-06-01' }))).toEqual({ ok: false, reason: 'expired' })
  })

  test('an unspent voucher past its last day shows as expired and can only be ended', () => {
    expect(isLapsed(claimed, '2027-06-01')).toBe(true)
    expect(statusOn(claimed, '2027-06-01')).toBe('expired')
    expect(statusOn(claimed, '2027-05-31')).toBe('claimed')
    expect(actOnVoucher(claimed, on('withdraw', 'officer', { today: '2027-06-01' }))).toEqual({ ok: false, reason: 'expired' })
    expect(actOnVoucher(claimed, on('expire', 'system', { today: '2027-05-31' }))).toEqual({ ok: false, reason: 'illegal_transition' })
    expect(actOnVoucher(claimed, on('expire', 'system', { today: '2027-06-01' }))).toEqual({ ok: true, state: { ...claimed, status: 'expired' } })
  })

  test('training that began in time goes on after the last day of the voucher', () => {
    const enrolled = run(claimed, on('enrol', 'institution'))
    expect(isLapsed(enrolled, '2027-07-01')).toBe(false)
    expect(actOnVoucher(enrolled, on('checkIn', 'holder', { today: '2027-07-01' })).ok).toBe(true)
  })
})

// Random walks through the machine: mostly lawful acts (a walk of blind guesses would never get
// far), sometimes anything, by anyone, on any day.
const step = fc.record({
  lawful: fc.nat(9).map((n) => n < 8),
  pick: fc.nat(),
  act: fc.constantFrom(...VoucherAct.options),
  by: fc.constantFrom(...VoucherParty.options),
  day: fc.oneof(fc.integer({ min: 0, max: 180 }), fc.integer({ min: -30, max: 400 })),
  passed: fc.nat(4).map((n) => n > 0),
})
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never

function dayAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The attempt a step makes from this state: a lawful act and party when it asks for one and there is one. */
function attemptOf(state: VoucherState, { lawful, pick, act, by, day, passed }: Step): VoucherActContext {
  const today = dayAfter(validity.validFrom, day)
  if (!lawful) return { act, by, today, passed }
  const lawfulOnes = VoucherAct.options.flatMap((a) => partiesOf(a, state).map((p) => ({ act: a, by: p, today, passed }))).filter((attempt) => actOnVoucher(state, attempt).ok)
  return lawfulOnes[pick % Math.max(lawfulOnes.length, 1)] ?? { act, by, today, passed }
}

const anyPayment = fc.constantFrom('offset' as const, 'face_value' as const)

test('no walk ends a final voucher, pays without an approval after a pass, spends an expired voucher, or lets a party act out of turn', () => {
  fc.assert(
    fc.property(anyPayment, fc.array(step, { maxLength: 30 }), (payment, steps) => {
      let state = issueVoucher({ ...validity, payment })
      const seen: VoucherStatus[] = [state.status]
      for (const one of steps) {
        const attempt = attemptOf(state, one)
        const before = state
        const result = actOnVoucher(state, attempt)
        if (!result.ok) continue
        state = result.state
        seen.push(state.status)
        expect(isFinalVoucher(before.status)).toBe(false)
        expect(partiesOf(attempt.act, before)).toContain(attempt.by)
        if (attempt.act === 'enrol') expect(attempt.today >= validity.validFrom && attempt.today <= validity.validUntil).toBe(true)
        if (state.status === 'subsidy_applied') expect(state.passed).toBe(true)
        if (state.status === 'expired') expect(attempt.today > validity.validUntil).toBe(true)
      }
      if (state.status === 'paid') {
        for (const earlier of ['claimed', 'enrolled', 'attending', 'assessed', 'subsidy_applied', 'approved'] as const) expect(seen).toContain(earlier)
        expect(seen.lastIndexOf('approved')).toBeLessThan(seen.indexOf('paid'))
      }
    }),
    { numRuns: 2000 },
  )
})

test('every status but the first can be reached, and every act does something from some status', () => {
  const reached = new Set<VoucherStatus>()
  const used = new Set<VoucherAct>()
  fc.assert(
    fc.property(anyPayment, fc.array(step, { maxLength: 40 }), (payment, steps) => {
      let state = issueVoucher({ ...validity, payment })
      for (const one of steps) {
        const attempt = attemptOf(state, one)
        const result = actOnVoucher(state, attempt)
        if (!result.ok) continue
        state = result.state
        reached.add(state.status)
        used.add(attempt.act)
      }
    }),
    { numRuns: 3000, seed: 60 },
  )
  expect([...reached].sort()).toEqual(VoucherStatus.options.filter((s) => s !== 'issued').sort())
  expect([...used].sort()).toEqual([...VoucherAct.options].sort())
})

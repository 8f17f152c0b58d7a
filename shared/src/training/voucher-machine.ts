import { z } from 'zod'

/*
 * One training voucher's life, from the day it is issued to the day its subsidy is paid: which
 * act moves it from which state, and who may do that act. The BFF stores only the state; every
 * change goes through `actOnVoucher`, so no path skips a step (decision 060).
 */

export const VoucherStatus = z.enum(['issued', 'claimed', 'enrolled', 'attending', 'assessed', 'subsidy_applied', 'approved', 'paid', 'expired', 'withdrawn'])
export type VoucherStatus = z.infer<typeof VoucherStatus>

/** Who acts: the holder (or grid staff for her), the institution she trains at, the assessment body, an officer, or the portal's own jobs. */
export const VoucherParty = z.enum(['holder', 'institution', 'assessor', 'officer', 'system'])
export type VoucherParty = z.infer<typeof VoucherParty>

export const VoucherAct = z.enum(['claim', 'enrol', 'cancelEnrolment', 'checkIn', 'assess', 'applySubsidy', 'approve', 'decline', 'pay', 'expire', 'withdraw'])
export type VoucherAct = z.infer<typeof VoucherAct>

export interface VoucherState {
  status: VoucherStatus
  /** China dates: the voucher can be spent (enrolled with) from the first to the last, inclusive. */
  validFrom: string
  validUntil: string
  /** Face value: the institution applies for the subsidy; offset: the holder does. */
  payment: 'face_value' | 'offset'
  /** Set by `assess`: only a pass leads to a subsidy. */
  passed: boolean | null
}

export type VoucherRefusal = 'illegal_transition' | 'not_your_act' | 'expired' | 'not_yet_valid' | 'not_passed'

export type VoucherResult = { ok: true; state: VoucherState } | { ok: false; reason: VoucherRefusal }

export interface VoucherActContext {
  act: VoucherAct
  by: VoucherParty
  /** The China date of the act. */
  today: string
  /** `assess` only: the result. */
  passed?: boolean
}

const finalStatuses: readonly VoucherStatus[] = ['paid', 'expired', 'withdrawn']

/** Not yet spent: what expiry and withdrawal can still end. */
const unspent: readonly VoucherStatus[] = ['issued', 'claimed']

const moves: Record<VoucherAct, { from: readonly VoucherStatus[]; to: VoucherStatus; parties: (state: VoucherState) => readonly VoucherParty[] }> = {
  claim: { from: ['issued'], to: 'claimed', parties: () => ['holder'] },
  // The institution confirms an enrolment the holder asked for with her voucher.
  enrol: { from: ['claimed'], to: 'enrolled', parties: () => ['institution'] },
  cancelEnrolment: { from: ['enrolled'], to: 'claimed', parties: () => ['holder', 'institution'] },
  checkIn: { from: ['enrolled', 'attending'], to: 'attending', parties: () => ['holder'] },
  assess: { from: ['attending'], to: 'assessed', parties: () => ['assessor'] },
  applySubsidy: { from: ['assessed'], to: 'subsidy_applied', parties: (state) => (state.payment === 'face_value' ? ['institution'] : ['holder']) },
  approve: { from: ['subsidy_applied'], to: 'approved', parties: () => ['officer'] },
  // A declined application goes back to the result it was made from: it can be made again, corrected.
  decline: { from: ['subsidy_applied'], to: 'assessed', parties: () => ['officer'] },
  pay: { from: ['approved'], to: 'paid', parties: () => ['system'] },
  expire: { from: unspent, to: 'expired', parties: () => ['system'] },
  withdraw: { from: unspent, to: 'withdrawn', parties: () => ['officer'] },
}

export function isFinalVoucher(status: VoucherStatus): boolean {
  return finalStatuses.includes(status)
}

/** Whether the voucher's last day has passed on `today` while it was never spent: the expiry job ends such vouchers. */
export function isLapsed(state: Pick<VoucherState, 'status' | 'validUntil'>, today: string): boolean {
  return unspent.includes(state.status) && today > state.validUntil
}

/** The status a holder should see today: a lapsed voucher is expired even before the job has ended it. */
export function statusOn(state: Pick<VoucherState, 'status' | 'validUntil'>, today: string): VoucherStatus {
  return isLapsed(state, today) ? 'expired' : state.status
}

/** Who may do an act on this voucher now. */
export function partiesOf(act: VoucherAct, state: VoucherState): readonly VoucherParty[] {
  return moves[act].parties(state)
}

export function issueVoucher(validity: Pick<VoucherState, 'validFrom' | 'validUntil' | 'payment'>): VoucherState {
  return { status: 'issued', ...validity, passed: null }
}

/** The one way a voucher changes: the act, by whom, on which day. */
export function actOnVoucher(state: VoucherState, context: VoucherActContext): VoucherResult {
  const move = moves[context.act]
  if (context.act !== 'expire' && isLapsed(state, context.today)) return { ok: false, reason: 'expired' }
  if (!move.from.includes(state.status)) return { ok: false, reason: 'illegal_transition' }
  if (!move.parties(state).includes(context.by)) return { ok: false, reason: 'not_your_act' }
  switch (context.act) {
    case 'expire':
      return context.today > state.validUntil ? { ok: true, state: { ...state, status: 'expired' } } : { ok: false, reason: 'illegal_transition' }
    case 'enrol':
      // After the last day the voucher has lapsed: refused above as expired.
      if (context.today < state.validFrom) return { ok: false, reason: 'not_yet_valid' }
      return { ok: true, state: { ...state, status: move.to } }
    case 'assess':
      return { ok: true, state: { ...state, status: move.to, passed: context.passed === true } }
    case 'applySubsidy':
      return state.passed === true ? { ok: true, state: { ...state, status: move.to } } : { ok: false, reason: 'not_passed' }
    default:
      return { ok: true, state: { ...state, status: move.to } }
  }
}
